import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { encodePlanPart } from '../../lib/peer/block-codec';
import { planPartOf } from '../../lib/peer/plan-loop';
import { sampleLoop } from '../fixtures/peer-rows';
import { launchExtension, type LaunchedExtension } from './launch-extension';

// Keyboard only, where it matters: after each action focus is somewhere a keyboard or screen
// reader user can go on from, never dropped to the page.
let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** What has focus, as a screen reader would name it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const inputLabel = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : undefined;
    const label = el.getAttribute('aria-label') ?? inputLabel ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}: ${label.trim().replace(/\s+/g, ' ')}`;
  });

test('New round on the debrief puts focus on the round type, not the page', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await panel.getByRole('button', { name: 'New round' }).focus();
  await panel.keyboard.press('Enter');
  // The setup form's chosen round type, where arrow keys choose another.
  await expect
    .poll(() =>
      panel.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLInputElement && el.type === 'radio' && el.checked
          ? (el.closest('form')?.getAttribute('aria-label') ?? '')
          : 'elsewhere';
      }),
    )
    .toBe('Set up a practice round');
  await panel.close();
});

test('the interviewer keeps focus through choosing the role, each value, the vote and its seal', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('radio', { name: /Candidate/ }).focus();
  await panel.keyboard.press('ArrowDown');
  // The view is swapped for the interviewer's: the chosen role keeps focus.
  await expect.poll(() => focused(panel)).toMatch(/^input: Interviewer/);

  const part = encodePlanPart(planPartOf(sampleLoop(), 1)!);
  await panel.getByRole('textbox', { name: 'Your part of the loop plan' }).fill(part);
  await panel.getByRole('button', { name: 'Start from this plan' }).focus();
  await panel.keyboard.press('Enter');
  await expect.poll(() => focused(panel)).toBe('h2: Judgment');
  await panel.keyboard.press(' ');
  // Marks count once the interview runs: wait for it, as a person sees Pause appear.
  await expect.poll(() => panel.getByRole('button', { name: 'Pause' }).count()).toBe(1);
  // A mark set by its key is said aloud: the tick box it changes does not have focus.
  await panel.keyboard.press('4');
  await expect.poll(() => panel.getByRole('status').allTextContents()).toContain('Hedged: marked');
  await panel.keyboard.press('n');
  await expect.poll(() => focused(panel)).toBe('h2: Communication');

  await panel.keyboard.press('v');
  await expect.poll(() => focused(panel)).toBe('h2: Your vote');
  await panel.getByRole('radio', { name: 'Judgment: 3 of 4' }).check();
  // Clear score takes itself away: focus goes to the scores it cleared.
  await panel.getByRole('button', { name: 'Clear score' }).first().focus();
  await panel.keyboard.press('Enter');
  await expect.poll(() => focused(panel)).toBe('input: Judgment: 1 of 4');
  // The cleared score is stored (its button gone) before another is chosen.
  await expect.poll(() => panel.getByRole('button', { name: 'Clear score' }).count()).toBe(0);
  await panel.getByRole('radio', { name: 'Judgment: 3 of 4' }).check();
  await panel
    .getByRole('textbox', { name: 'Evidence for Judgment', exact: true })
    .fill('Weighed speed against risk out loud.');
  await panel.getByRole('radio', { name: 'Hire', exact: true }).check();
  await panel.getByRole('textbox', { name: 'Rationale', exact: true }).fill('Sound calls.');
  await panel.getByRole('button', { name: 'Seal vote' }).focus();
  await panel.keyboard.press('Enter');
  // The question takes focus; Esc answers "not yet" and gives focus back to Seal vote.
  await expect.poll(() => focused(panel)).toBe('button: Seal it');
  await panel.keyboard.press('Escape');
  await expect.poll(() => focused(panel)).toBe('button: Seal vote');
  expect(await panel.getByRole('alertdialog', { name: 'Seal the vote?' }).count()).toBe(0);
  await panel.keyboard.press('Enter');
  await expect.poll(() => focused(panel)).toBe('button: Seal it');
  await panel.keyboard.press('Enter');
  await expect.poll(() => focused(panel)).toBe('h2: Vote sealed');
  await panel.close();
});

test('archive, delete and undo in the story bank leave focus in the list, and sections take focus', async () => {
  const ws = await ext.open('workspace.html#stories');
  for (const title of ['Cut the launch scope', 'Told the VP no']) {
    await ws.getByRole('button', { name: 'New story' }).click();
    await ws.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await expect.poll(() => ws.getByRole('button', { name: new RegExp(title) }).count()).toBe(1);
  }
  await ws.getByRole('button', { name: 'Archive' }).focus();
  await ws.keyboard.press('Enter');
  await expect.poll(() => focused(ws)).toMatch(/^button: Cut the launch scope/);
  // Showing archived stories does not throw focus into the archived story's title.
  await ws.getByRole('checkbox', { name: 'Show archived' }).focus();
  await ws.keyboard.press(' ');
  await expect.poll(() => ws.getByText('Told the VP no').count()).toBeGreaterThan(0);
  await ws.waitForTimeout(300);
  expect(await focused(ws)).toMatch(/^input: Show archived/);
  await ws.keyboard.press(' ');

  await ws.getByRole('button', { name: 'Delete' }).focus();
  await ws.keyboard.press('Enter');
  await expect.poll(() => focused(ws)).toBe('h2: Story bank');
  await ws.getByRole('button', { name: 'Undo' }).focus();
  await ws.keyboard.press('Enter');
  await expect.poll(() => focused(ws)).toMatch(/^button: Cut the launch scope/);

  // A section link opens the section with focus on it and the window titled for it.
  await ws.getByRole('link', { name: 'Coverage', exact: true }).focus();
  await ws.keyboard.press('Enter');
  await expect.poll(() => focused(ws)).toBe('main: Coverage');
  expect(await ws.title()).toBe('Coverage — Loopside workspace');
  await ws.close();
});
