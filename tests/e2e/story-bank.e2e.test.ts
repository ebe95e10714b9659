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
  expect(await card.evaluate((el) => el.getBoundingClientRect().bottom > window.innerHeight)).toBe(
    true,
  );
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
