import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { axeViolations } from './axe-violations';
import { generateStories } from '../fixtures/generate-stories';
import { sampleLoop } from '../fixtures/peer-rows';
import { encodePlanPart } from '../../lib/peer/block-codec';
import { planPartOf } from '../../lib/peer/plan-loop';
import { movedSinceFirstSeen, ONSITE_CHOICE, watchPositions } from './watch-positions';

/** What a user reaches for first on the workspace: the newest story, New story, the editor's title. */
const WORKSPACE_FIRST_SCREEN = [
  '.story-list .story-item',
  '.story-bank__actions button.primary',
  '.story-bank__editor input',
];

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchExtension();
  await watchPositions(ext.context, [ONSITE_CHOICE, ...WORKSPACE_FIRST_SCREEN]);
});
afterAll(async () => {
  await ext?.close();
});

const story = {
  Title: 'Stopped the checkout rollout',
  Situation: 'Checkout errors doubled halfway through a migration with a fixed launch date.',
  Task: 'I owned the release call for the payments team.',
  Action: 'I paused the rollout and walked my director through the error budget.',
  Result: 'We relaunched two weeks later with no incidents.',
  'Measurable outcome': 'Checkout errors fell 38% in the following month.',
  'What I would do differently': 'I would warn sales a week before the launch.',
  'Value line': 'The value I acted on was Judgment because trust mattered more than the date.',
};

test('first run: from an empty profile to a finished round, its debrief and its report', async () => {
  // The panel's first screen says stories come first and links there.
  // Side-panel width from the first frame, so a later resize cannot be mistaken for a layout shift.
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.goto(ext.url('sidepanel.html'));
  await panel.getByRole('heading', { name: 'New here? Stories first' }).waitFor();
  const write = panel.getByRole('link', { name: 'Write your first stories' });
  expect(await write.getAttribute('href')).toBe('/workspace.html#stories');
  // The hint was there from the start: once the bank has been read, the round types have not moved.
  await panel.waitForTimeout(1_500);
  expect(await movedSinceFirstSeen(panel)).toBe(0);

  // The workspace guide: an example story, clearly marked and removable.
  const ws = await ext.open('workspace.html#stories');
  await ws.getByRole('heading', { name: 'Getting started' }).waitFor();
  await ws.getByRole('button', { name: 'Add an example story' }).click();
  const example = ws.getByText('Example: Paused the pricing launch').first();
  await expect.poll(() => example.count()).toBe(1);
  await ws.getByRole('button', { name: 'Remove the example story' }).click();
  await expect.poll(() => ws.getByText('Example: Paused the pricing launch').count()).toBe(0);

  // The candidate's own first story.
  await ws.getByRole('button', { name: 'New story' }).click();
  for (const [label, text] of Object.entries(story)) {
    await ws.getByRole('textbox', { name: label, exact: true }).fill(text);
  }
  const judgment = ws.getByRole('checkbox', { name: 'Judgment', exact: true });
  await judgment.click();
  await expect.poll(() => judgment.isChecked()).toBe(true);
  await expect.poll(() => ws.getByText('Strong story: nothing missing').count()).toBe(1);

  // Back in the panel the hint is gone; a first round, with the story found mid-answer.
  await expect.poll(() => panel.getByText('New here? Stories first').count()).toBe(0);
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByTestId('prompt-value').waitFor();
  await panel.keyboard.press('/');
  await panel.keyboard.type('checko');
  const options = panel.getByRole('listbox', { name: 'Matching stories' }).getByRole('option');
  await expect.poll(() => options.first().textContent()).toContain('Stopped the checkout rollout');
  await panel.keyboard.press('Enter');
  await panel.getByTestId('cue-card').waitFor();
  // The whole Action line is on the card, not cut short.
  expect(await panel.getByTestId('cue-card').textContent()).toContain('error budget');
  // Focus moved to the card, so the key acts on this story.
  await panel.keyboard.press('u');
  await expect.poll(() => panel.getByText('Used for this answer').count()).toBe(1);
  const tick = panel.getByRole('checkbox', { name: 'I gave a measurable outcome' });
  await tick.click();
  await panel.getByRole('radio', { name: /^Score 3 of 4/ }).check();
  await expect.poll(() => tick.isChecked()).toBe(true);

  // Clicking straight past the second prompt counts it as skipped.
  await panel.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => panel.getByText(/^Prompt 2 of/).count()).toBe(1);
  await panel.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => panel.getByText(/^Prompt 3 of/).count()).toBe(1);

  // Finish asks once; "Keep going" leaves the round running.
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Keep going' }).click();
  expect(await panel.getByText(/^Prompt 3 of/).count()).toBe(1);
  await panel.keyboard.press('f');
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();

  const debrief = panel.getByRole('region', { name: 'Round debrief' });
  await debrief.waitFor();
  const text = (await debrief.textContent()) ?? '';
  const entries = debrief.locator('.debrief__answer');
  // The first answer used a story; the second was clicked straight past, so it counts as skipped.
  expect(await entries.nth(0).textContent()).toMatch(/· answered/);
  expect(await entries.nth(1).textContent()).toMatch(/· skipped.*Skipped: come back/);
  expect(text).toContain('Went well');
  expect(text).toContain('Gave a measurable result.');
  expect(text).toContain('Stories used: Stopped the checkout rollout');
  expect(text).toContain('To tighten');

  // The debrief links straight to this round's report in the workspace.
  const report = debrief.getByRole('link', { name: 'Open this round’s report' });
  const href = (await report.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/workspace\.html#session=.+/);
  const history = await ext.open(href.slice(1));
  const row = history.getByTestId('session-row');
  await expect.poll(() => row.locator('details[open]').count()).toBe(1);
  await expect
    .poll(() => row.textContent())
    .toContain('Stories used: Stopped the checkout rollout');
  const rowText = (await row.textContent()) ?? '';
  expect(rowText).not.toContain('a deleted story');
  expect(rowText).toMatch(/skipped/);
  // The prompts the round never reached say so in words, not as a stored state.
  expect(rowText).toMatch(/· not reached/);
  expect(rowText).not.toMatch(/· pending/);

  // The exported report names the story too.
  const [download] = await Promise.all([
    history.waitForEvent('download'),
    row.getByRole('button', { name: 'Export this round as Markdown' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Stopped the checkout rollout');

  // Coverage names the story under Judgment and counts the practice.
  await history.goto(ext.url('workspace.html#coverage'));
  const cell = history.locator('[data-testid="coverage-row"][data-value="Judgment"]');
  await expect.poll(() => cell.textContent()).toContain('Stopped the checkout rollout');
  expect(await cell.textContent()).toContain('practised 1×');

  // History: filter, delete with undo.
  await history.goto(ext.url('workspace.html#sessions'));
  await history.getByRole('searchbox', { name: 'Search notes' }).fill('nothing like this');
  await expect.poll(() => history.getByText('No round matches these filters.').count()).toBe(1);
  await history.getByRole('button', { name: 'Clear the filters' }).click();
  await history.locator('[data-testid="session-row"] summary').click();
  await history.getByRole('button', { name: 'Delete this round' }).click();
  await expect.poll(() => history.getByTestId('session-row').count()).toBe(0);
  await history.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => history.getByTestId('session-row').count()).toBe(1);
});

test('with stories in the bank, the round types stay where they first appeared, in the panel and the practice room', async () => {
  for (const page of ['sidepanel.html', 'practice-room.html?script=demo']) {
    const p = await ext.open(page);
    await p.getByRole('radio', { name: /Onsite interview/ }).waitFor();
    expect(await p.getByText('New here? Stories first').count(), page).toBe(0);
    // The bank read, the search index and (in the room) the speech check all land in this time.
    await p.waitForTimeout(1_500);
    expect(await movedSinceFirstSeen(p), page).toBe(0);
    expect(await p.getByText('New here? Stories first').count(), page).toBe(0);
    await p.close();
  }
});

/** Writes stories straight into the extension's database, as a restored backup would leave them. */
async function putStories(page: Page, count: number, seed: number) {
  await page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const req = indexedDB.open('loopside');
        req.onsuccess = () => {
          const tx = req.result.transaction('stories', 'readwrite');
          for (const r of rows) tx.objectStore('stories').put(r);
          tx.oncomplete = () => {
            req.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    generateStories(count, seed),
  );
}

test('the workspace opens with the guide, the newest story and its editor in place, small bank and big', async () => {
  const open = async (label: string) => {
    const ws = await ext.context.newPage();
    await ws.setViewportSize({ width: 1280, height: 900 });
    await ws.goto(ext.url('workspace.html#stories'));
    await ws.locator(WORKSPACE_FIRST_SCREEN[0]!).first().waitFor();
    // The whole bank, the pack list and the header's extras all land in this time.
    await ws.waitForTimeout(1_500);
    for (const sel of WORKSPACE_FIRST_SCREEN)
      expect(await movedSinceFirstSeen(ws, sel), `${label}: ${sel}`).toBe(0);
    return ws;
  };
  const setup = await ext.open('workspace.html');
  await putStories(setup, 2, 20);
  await setup.close();
  const small = await open('a few stories');
  await putStories(small, 200, 21);
  await small.close();
  const big = await open('200 stories and more');
  // More than a first screen: the count comes with the whole bank.
  await big.getByText(/^2\d\d stories/).waitFor();
  await big.close();
});

test('accessibility: every page and state, light and dark, has no serious violations and one main', async () => {
  const moderate: string[] = [];
  const check = async (page: Page, state: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const v = await axeViolations(page);
      const bad = v.filter((x) => x.impact === 'critical' || x.impact === 'serious');
      expect(bad, `${state} (${colorScheme})`).toEqual([]);
      moderate.push(
        ...v.filter((x) => x.impact === 'moderate').map((x) => `${state}/${colorScheme}: ${x.id}`),
      );
      expect(await page.getByRole('main').count(), state).toBe(1);
    }
  };

  const panel = await ext.open('sidepanel.html');
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.getByRole('button', { name: 'Start round' }).waitFor();
  await check(panel, 'panel setup');
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByTestId('prompt-value').waitFor();
  await check(panel, 'panel round');
  await panel.keyboard.press('/');
  await panel.keyboard.type('check');
  await panel.keyboard.press('Enter');
  await panel.getByTestId('cue-card').waitFor();
  await check(panel, 'panel cue card');
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await panel.getByRole('heading', { name: 'Round debrief' }).waitFor();
  await check(panel, 'panel debrief');

  // The interviewer's side: its plan paste, a running interview and the vote form.
  await panel.getByRole('button', { name: 'New round' }).click();
  await panel.getByRole('radio', { name: /^Interviewer/ }).check();
  const paste = panel.getByRole('textbox', { name: 'Your part of the loop plan' });
  await paste.waitFor();
  await check(panel, 'interviewer plan paste');
  await paste.fill(encodePlanPart(planPartOf(sampleLoop(), 1)!));
  await panel.getByRole('button', { name: 'Start from this plan' }).click();
  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.getByRole('textbox', { name: 'Evidence notes (private)' }).waitFor();
  await check(panel, 'interviewer interview');
  await panel.getByRole('button', { name: 'Vote' }).click();
  await panel.getByRole('button', { name: 'Seal vote' }).waitFor();
  await check(panel, 'interviewer vote');

  const ws = await ext.open('workspace.html#stories');
  for (const section of [
    'stories',
    'coverage',
    'library',
    'sessions',
    'recordings',
    'plan',
    'loops',
    'frameworks',
    'clips',
    'backup',
  ]) {
    await ws.goto(ext.url(`workspace.html#${section}`));
    await ws.getByRole('heading', { level: 2 }).first().waitFor();
    await ws.waitForTimeout(300);
    await check(ws, `workspace ${section}`);
  }

  const room = await ext.open('practice-room.html');
  await room.getByRole('heading', { name: 'Practice room' }).waitFor();
  await check(room, 'practice room');
  console.log(`axe moderate violations: ${moderate.length}\n${moderate.join('\n')}`);
}, 240_000);
