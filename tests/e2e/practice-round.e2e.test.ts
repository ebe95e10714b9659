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
    await score.click({ force: true });
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
  const roundBefore = parseClock((await panel.getByTestId('round-timer').textContent()) ?? '');
  const answerBefore = parseClock((await panel.getByTestId('answer-timer').textContent()) ?? '');
  const t0 = Date.now();
  await panel.reload();
  await expect.poll(() => panel.getByTestId('round-timer').count()).toBe(1);
  await panel.waitForTimeout(300);
  const waited = (Date.now() - t0) / 1000;
  const roundAfter = parseClock((await panel.getByTestId('round-timer').textContent()) ?? '');
  const answerAfter = parseClock((await panel.getByTestId('answer-timer').textContent()) ?? '');
  expect(Math.abs(roundBefore - waited - roundAfter)).toBeLessThanOrEqual(1.5);
  expect(Math.abs(answerBefore + waited - answerAfter)).toBeLessThanOrEqual(1.5);
  expect(await panel.getByTestId('prompt-value').textContent()).toBe(seen[2]);
  await expect
    .poll(() => panel.getByRole('textbox', { name: 'Notes' }).inputValue())
    .toBe('Answer 3: named the value, gave 30% — ✓ مرحبا and then the last words');
  await expect.poll(() => panel.getByTestId('probe').count()).toBe(1);

  await panel.getByRole('button', { name: 'Finish round' }).click();
  await expect.poll(() => panel.getByRole('heading', { name: 'Round saved' }).count()).toBe(1);

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
});
