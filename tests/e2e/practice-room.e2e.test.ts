import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoScript } from '../../lib/practice-room/demo-script';
import { launchExtension, type LaunchedExtension } from './launch-extension';

const SPEED = 10;
const lines = demoScript.steps.map((s) => s.text);
const count = (re: RegExp) => lines.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);

let ext: LaunchedExtension;
beforeAll(async () => {
  // Chromium's fake camera and microphone, granted without a prompt.
  ext = await launchExtension(resolve('.output/chrome-mv3'), [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ]);
});
afterAll(async () => {
  await ext?.close();
});

test('the scripted demo in the practice room drives the coach and lands in the workspace', async () => {
  const room = await ext.context.newPage();
  await room.clock.install();
  await room.goto(ext.url(`practice-room.html?script=demo&speed=${SPEED}`));

  await expect
    .poll(() => room.getByRole('radio', { name: /Scripted demo/ }).isChecked())
    .toBe(true);
  // Headless Chromium has no on-device model: the option explains itself instead of listening.
  expect(await room.getByRole('radio', { name: /On-device speech/ }).isDisabled()).toBe(true);
  // One page, one h1: the coach inside the room is a section of it.
  expect(await room.getByRole('heading', { level: 1 }).allTextContents()).toEqual([
    'Practice room',
  ]);
  // The third way to practise is the manual mode: nothing listens.
  expect(await room.getByRole('radio', { name: /Manual/ }).isEnabled()).toBe(true);
  await expect
    .poll(() => room.getByTestId('hearing-on-device-note').textContent())
    .not.toMatch(/Checking/);

  await room.getByRole('button', { name: 'Turn on camera' }).click();
  const video = room.getByTestId('self-view');
  await expect
    .poll(() =>
      video.evaluate((v: HTMLVideoElement) => {
        const stream = v.srcObject as MediaStream | null;
        return !!stream?.active && v.videoWidth > 0;
      }),
    )
    .toBe(true);
  expect(await video.evaluate((v: HTMLVideoElement) => v.muted)).toBe(true);

  await room.getByRole('radio', { name: /Onsite interview/ }).check();
  await room.getByRole('button', { name: 'Start round' }).click();
  const value = (await room.getByTestId('prompt-value').textContent()) ?? '';

  await room.getByRole('button', { name: 'Play the demo answer' }).click();
  const heard = room.getByTestId('transcript-line');
  await expect.poll(() => heard.count()).toBeGreaterThan(0);
  await expect.poll(() => heard.first().textContent()).toMatch(/^Um, okay, so I guess/);

  // The whole demo, sped up, then the hedging in it is what the one live cue is about.
  await expect
    .poll(() => room.getByTestId('transcript-status').textContent(), { timeout: 20_000 })
    .toMatch(/over/);
  expect(await heard.count()).toBe(demoScript.steps.length);
  expect(await room.locator('[data-testid="transcript-line"][data-final="false"]').count()).toBe(0);
  await expect.poll(() => room.getByTestId('live-cue').textContent()).toMatch(/take a side/i);
  expect(await room.getByTestId('live-cue').count()).toBe(1);
  if (process.env.UPDATE_DOCS) {
    await room.setViewportSize({ width: 1280, height: 860 });
    await room.screenshot({ path: 'docs/practice-room.png' });
  }

  await room.clock.fastForward(95_000);
  await expect.poll(() => room.getByTestId('live-cue').textContent()).toMatch(/which value/i);

  await room.getByRole('button', { name: 'Next' }).click();
  await room.getByRole('button', { name: 'Finish round' }).click();
  await room.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await expect.poll(() => room.getByRole('heading', { name: 'Round debrief' }).count()).toBe(1);

  const workspace = await ext.open('workspace.html#sessions');
  const summary = workspace.locator('[data-testid="session-row"] summary').first();
  // A round played against the scripted demo is labelled and kept out of the figures.
  await expect.poll(() => summary.textContent()).toMatch(/^Demo/);
  expect(await workspace.getByTestId('history-figures').count()).toBe(0);
  await summary.click();
  const signals = workspace.getByTestId('answer-signals').first();
  await expect.poll(() => signals.count()).toBe(1);
  expect(await workspace.locator('.answer h4').first().textContent()).toContain(value);
  expect(await signals.getByTestId('signal-value').textContent()).toBe('Not named');
  const hedges = (await signals.getByTestId('signal-hedges').textContent()) ?? '';
  expect(hedges).toContain(`“i guess” ×${count(/\bI guess\b/gi)}`);
  expect(hedges).toContain(`“sort of” ×${count(/\bsort of\b/gi)}`);
  expect(hedges).toContain(`“kind of” ×${count(/\bkind of\b/gi)}`);
});
