import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, parseClock, type LaunchedExtension } from './launch-extension';

let ext: LaunchedExtension;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

test('a timed onsite round survives a reload and lands in the workspace', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();

  const value = panel.getByTestId('prompt-value');
  await expect.poll(() => value.textContent()).toBeTruthy();
  const seen: string[] = [];

  for (let i = 0; i < 3; i++) {
    await expect.poll(() => panel.getByText(`Prompt ${i + 1} of`).count()).toBe(1);
    seen.push((await value.textContent()) ?? '');
    expect((await panel.getByTestId('prompt-question').textContent())?.length).toBeGreaterThan(20);
    const tick = panel.getByRole('checkbox', { name: 'I named the value I acted on' });
    await tick.click();
    await expect.poll(() => tick.isChecked()).toBe(true);
    const score = panel.getByRole('radio', { name: new RegExp(`^Score ${(i % 4) + 1} of 4`) });
    await score.check();
    await expect.poll(() => score.isChecked()).toBe(true);
    await panel
      .getByRole('textbox', { name: 'Notes' })
      .fill(`Answer ${i + 1}: named the value, gave 30% — ✓ مرحبا`);
    if (i < 2) await panel.getByRole('button', { name: 'Next' }).click();
  }
  expect(new Set(seen).size).toBe(3);

  // Mid-answer: type more, then reload straight away — no time for the debounced save.
  await panel.getByRole('button', { name: 'Probe' }).click();
  await expect.poll(() => panel.getByTestId('probe').count()).toBe(1);
  await panel.getByRole('textbox', { name: 'Notes' }).pressSequentially(' and then the last words');
  // What the timers show, and when, read in one go inside the page.
  const readTimers = () =>
    panel.evaluate(() => {
      const ms = (id: string) =>
        Number(document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.dataset.elapsedMs);
      return { round: ms('round-timer'), answer: ms('answer-timer'), at: Date.now() };
    });
  const before = await readTimers();
  const shownBefore = parseClock((await panel.getByTestId('round-timer').textContent()) ?? '');
  await panel.reload();
  await expect.poll(() => panel.getByTestId('round-timer').count()).toBe(1);
  await panel.waitForTimeout(600);
  const after = await readTimers();
  const wall = after.at - before.at;
  // Within a second of the wall clock, for both timers, across a full page reload.
  expect(Math.abs(after.round - before.round - wall)).toBeLessThanOrEqual(1000);
  expect(Math.abs(after.answer - before.answer - wall)).toBeLessThanOrEqual(1000);
  const shownAfter = parseClock((await panel.getByTestId('round-timer').textContent()) ?? '');
  expect(Math.abs(shownBefore - wall / 1000 - shownAfter)).toBeLessThanOrEqual(1.5);
  expect(await panel.getByTestId('prompt-value').textContent()).toBe(seen[2]);
  await expect
    .poll(() => panel.getByRole('textbox', { name: 'Notes' }).inputValue())
    .toBe('Answer 3: named the value, gave 30% — ✓ مرحبا and then the last words');
  await expect.poll(() => panel.getByTestId('probe').count()).toBe(1);

  await panel.getByRole('button', { name: 'Finish round' }).click();

  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await expect.poll(() => panel.getByRole('heading', { name: 'Round debrief' }).count()).toBe(1);

  const workspace = await ext.open('workspace.html#sessions');
  const row = workspace.getByTestId('session-row');
  await expect.poll(() => row.count()).toBe(1);
  await row.locator('summary').click();
  const text = (await row.textContent()) ?? '';
  expect(text).toContain('Onsite interview');
  expect(text).toContain('3 answered');
  for (const v of seen) expect(text).toContain(v);
  expect(text).toContain('and then the last words');
  expect(text).toContain('score 3/4');

  // The round's report as Markdown, for keeping outside the browser.
  const [download] = await Promise.all([
    workspace.waitForEvent('download'),
    row.getByRole('button', { name: 'Export this round as Markdown' }).click(),
  ]);
  const report = readFileSync(await download.path(), 'utf8');
  expect(report).toMatch(/^# Onsite interview — /);
  expect(report).toContain('and then the last words');
  for (const v of seen) expect(report).toContain(`. ${v} (answered)`);
});
