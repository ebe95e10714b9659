import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { grantedBuild } from './granted-build';
import { launchExtension, type LaunchedExtension } from './launch-extension';

// Runs inside the extension page (page.evaluate), where the chrome namespace exists.
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };

// The granted copy of the build declares the call sites as granted: a headless browser cannot click a prompt.
const fixture = readFileSync(resolve('tests/fixtures/meet-call.html'), 'utf8');
const script = JSON.parse(
  fixture.match(/<script type="application\/json" id="caption-script">([\s\S]*?)<\/script>/)![1]!,
) as {
  steps: { atMs: number; speaker: string; text: string; self?: boolean }[];
};
const SPEED = 20;
const selfLines = script.steps.filter((s) => s.self).map((s) => s.text);
const count = (re: RegExp) => selfLines.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchExtension(grantedBuild());
  await ext.context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: fixture }),
  );
});
afterAll(async () => {
  await ext?.close();
});

test('captions from a Meet call become a live cue and a stored answer record', async () => {
  const panel = await ext.context.newPage();
  await panel.clock.install();
  await panel.goto(ext.url('sidepanel.html'));
  await expect
    .poll(() =>
      panel.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length),
    )
    .toBe(3);

  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  const value = (await panel.getByTestId('prompt-value').textContent()) ?? '';

  const call = await ext.context.newPage();
  await call.goto(`https://meet.google.com/abc-defg-hij?speed=${SPEED}`);

  const health = panel.getByTestId('caption-health');
  await expect.poll(() => health.getAttribute('data-state'), { timeout: 15_000 }).toBe('working');
  expect(await health.textContent()).toContain('Google Meet');

  // The call plays its whole script; the panel then has what a candidate said.
  await expect
    .poll(() => call.locator('html').getAttribute('data-script-done'), { timeout: 30_000 })
    .toBe('true');

  // Young answer, lots of hedging: the one cue shown is about taking a side, not yet the value.
  await expect.poll(() => panel.getByTestId('live-cue').textContent()).toMatch(/take a side/i);
  expect(await panel.getByTestId('live-cue').count()).toBe(1);
  // Reloading the panel mid-answer keeps what was already heard (and the reader is found again).
  await panel.reload();
  await expect
    .poll(() => panel.getByTestId('caption-health').getAttribute('data-state'))
    .toBe('working');
  await expect.poll(() => panel.getByTestId('live-cue').textContent()).toMatch(/take a side/i);

  // Ninety-five seconds into the answer, still no value named: the panel nudges.
  await panel.clock.fastForward(95_000);
  await expect.poll(() => panel.getByTestId('live-cue').textContent()).toMatch(/which value/i);

  // The call tab closes: the panel stops saying it reads captions, and draws no cue from captions
  // that stopped; it asks for the call tab instead.
  await call.close();
  await expect.poll(() => panel.getByTestId('caption-health').count(), { timeout: 20_000 }).toBe(0);
  expect(await panel.getByTestId('live-cue').count()).toBe(0);
  expect(await panel.getByText(/open the call tab to start reading captions/).count()).toBe(1);

  await panel.getByRole('button', { name: 'Next' }).click();
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();

  const workspace = await ext.open('workspace.html#sessions');
  await workspace.locator('[data-testid="session-row"] summary').first().click();
  const signals = workspace.getByTestId('answer-signals').first();
  await expect.poll(() => signals.count()).toBe(1);
  expect(await workspace.locator('.answer h4').first().textContent()).toContain(value);

  expect(await signals.getByTestId('signal-value').textContent()).toBe('Not named');
  const hedges = (await signals.getByTestId('signal-hedges').textContent()) ?? '';
  expect(hedges).toContain(`“i guess” ×${count(/\bI guess\b/gi)}`);
  expect(hedges).toContain(`“sort of” ×${count(/\bsort of\b/gi)}`);
  const talkMs = Number(await signals.getByTestId('signal-talk').getAttribute('data-talk-ms'));
  const spokenMs = selfLines.reduce((n, t) => n + t.split(/\s+/).length * 350, 0) / SPEED;
  expect(talkMs).toBeGreaterThan(spokenMs * 0.5);
  expect(talkMs).toBeLessThan(spokenMs * 1.6);
});
