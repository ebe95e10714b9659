import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

const stories = [
  {
    Title: 'Paused the checkout migration',
    Situation: 'Checkout errors doubled during a migration and the launch date was fixed.',
    Task: 'I owned the release decision for the payments team.',
    Action:
      'I paused the rollout, showed the error budget to my director and proposed a two-week fix.',
    Result: 'We relaunched two weeks later with no incidents.',
    'Measurable outcome': 'Checkout errors fell 38% and conversion rose 2.1 points.',
    'What I would do differently':
      'I would share the error budget with sales before the launch week.',
    'Value line':
      'The value I acted on was Judgment because I weighed long-term trust over the date.',
    values: ['Judgment', 'Courage'],
  },
  {
    Title: 'Credited the intern for the cache fix',
    Situation: 'A cache fix cut page load time and my name was on the launch note.',
    Task: 'I had to present the result to the VP.',
    Action: 'I asked the intern to present it and named her work in the write-up.',
    Result: 'She presented to the VP and later joined the team full time.',
    'Measurable outcome': 'Page load fell from 3.2 s to 1.4 s.',
    'What I would do differently': 'I would have paired her with a presenter coach earlier.',
    'Value line': 'The value I acted on was Selflessness because her work deserved the credit.',
    values: ['Selflessness'],
  },
];

test('stories written in the workspace are found in the panel in three letters and open as a cue card', async () => {
  const ws = await ext.open('workspace.html#stories');
  for (const s of stories) {
    await ws.getByRole('button', { name: 'New story' }).click();
    for (const [label, text] of Object.entries(s)) {
      if (label === 'values') continue;
      await ws.getByRole('textbox', { name: label, exact: true }).fill(text as string);
    }
    for (const v of s.values) {
      const box = ws.getByRole('checkbox', { name: v, exact: true });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await expect.poll(() => ws.getByText('Strong story: nothing missing').count()).toBe(1);
  }

  // Coverage reflects the tags: one strong story for Judgment, Courage and Selflessness.
  await ws.goto(ext.url('workspace.html#coverage'));
  const row = (v: string) => ws.locator(`[data-testid="coverage-row"][data-value="${v}"]`);
  await expect.poll(() => row('Judgment').getAttribute('data-strong')).toBe('1');
  expect(await row('Courage').getAttribute('data-strong')).toBe('1');
  expect(await row('Selflessness').getAttribute('data-strong')).toBe('1');
  expect(await row('Integrity').getAttribute('data-strong')).toBe('0');

  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByTestId('prompt-value').waitFor();
  await panel.keyboard.press('/');
  await panel.keyboard.type('cre');
  const options = panel.getByRole('listbox', { name: 'Matching stories' }).getByRole('option');
  await expect.poll(() => options.first().textContent()).toContain('Credited the intern');
  await panel.keyboard.press('Enter');
  const card = panel.getByTestId('cue-card');
  await expect.poll(() => card.count()).toBe(1);
  const text = (await card.textContent()) ?? '';
  expect(text).toContain('Selflessness because her work deserved the credit');
  expect(text).toContain('Page load fell from 3.2 s to 1.4 s.');
  expect(text).toMatch(/Situation.*Task.*Action.*Result/s);

  // Looking is not using: the answer records the story only once the candidate says so.
  await panel.getByRole('button', { name: 'Use this story' }).click();
  await expect.poll(() => card.getByText('Used for this answer').count()).toBe(1);

  // In a side panel's height the open card does not push the notes out of reach: they stay in
  // view without scrolling, and what is typed there is saved.
  await panel.setViewportSize({ width: 360, height: 640 });
  const notes = panel.getByRole('textbox', { name: 'Notes' });
  const notesInView = () =>
    notes.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  await expect.poll(notesInView).toBe(true);
  await notes.fill('Told the intern story; land the load-time number sooner.');
  await expect.poll(() => panel.getByText('Saved', { exact: true }).count()).toBeGreaterThan(0);
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
  const history = await ext.open('workspace.html#sessions');
  await history.locator('[data-testid="session-row"] summary').click();
  await expect
    .poll(() => history.getByText('Credited the intern', { exact: false }).count())
    .toBeGreaterThan(0);
});

/** Text on screen set under 12 px, if any: "kbd 10.8 px: Space". */
function smallText(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (!own || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < 12) out.push(`${el.tagName.toLowerCase()} ${px.toFixed(1)} px: ${el.textContent}`);
    }
    return out;
  });
}

test('an open cue card is in sight above the docked notes, a title with no spaces stays inside the panel, and one Esc leaves the search', async () => {
  const ws = await ext.open('workspace.html#stories');
  await ws.getByRole('button', { name: 'New story' }).click();
  const long = `Rebuilt${'the'.repeat(50)}pipeline`;
  await ws.getByRole('textbox', { name: 'Title', exact: true }).fill(long);

  const panel = await ext.open('sidepanel.html');
  await panel.setViewportSize({ width: 320, height: 800 });
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByTestId('prompt-value').waitFor();
  await panel.keyboard.press('/');
  await panel.keyboard.type('cred');
  const options = panel.getByRole('listbox', { name: 'Matching stories' }).getByRole('option');
  await expect.poll(() => options.first().textContent()).toContain('Credited the intern');
  await panel.keyboard.press('Enter');
  await panel.getByTestId('cue-card').waitFor();
  // The card's title and its focused button are on screen, not behind the notes docked below.
  const inSight = () =>
    panel.evaluate(() => {
      const dock = document.querySelector('.round__notes')!.getBoundingClientRect().top;
      const seen = (r: DOMRect) => r.top >= 0 && r.bottom <= Math.min(dock, window.innerHeight);
      const focused = document.activeElement!;
      return {
        focused: focused.textContent,
        title: seen(document.querySelector('.cue-card h3')!.getBoundingClientRect()),
        button: seen(focused.getBoundingClientRect()),
      };
    });
  await expect.poll(inSight).toEqual({ focused: 'Use this story', title: true, button: true });
  expect(await smallText(panel)).toEqual([]);

  // Esc on the card closes it and returns to the search; one more Esc clears it and leaves it, so
  // the round's keys work again.
  await panel.keyboard.press('Escape');
  await expect.poll(() => panel.getByTestId('cue-card').count()).toBe(0);
  await panel.keyboard.press('Escape');
  await expect.poll(() => panel.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  expect(await panel.getByRole('combobox', { name: 'Search your stories' }).inputValue()).toBe('');
  await panel.keyboard.press('s');
  await expect.poll(() => panel.getByText('Prompt 2 of', { exact: false }).count()).toBe(1);

  // A title longer than the panel, with nowhere to break, wraps inside it at 240 px.
  await panel.setViewportSize({ width: 240, height: 800 });
  await panel.keyboard.press('/');
  await panel.keyboard.type('rebuiltthethe');
  await expect.poll(() => options.first().textContent()).toContain('Rebuilt');
  const overflow = () =>
    panel.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBe(0);
  await panel.keyboard.press('Enter');
  await panel.getByTestId('cue-card').waitFor();
  expect(await overflow()).toBe(0);
  const close = await panel.getByRole('button', { name: 'Close the cue card' }).boundingBox();
  expect(close && close.x >= 0 && close.x + close.width <= 240).toBe(true);
});
