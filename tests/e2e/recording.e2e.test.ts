import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { seriousAxeViolations } from './axe-violations';

let ext: LaunchedExtension;
beforeAll(async () => {
  // Chromium's fake camera (a moving test pattern) and microphone (a beep), granted without a prompt.
  ext = await launchExtension(resolve('.output/chrome-mv3'), [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ]);
});
afterAll(async () => {
  await ext?.close();
});

const bytesOf = (text: string | null): number => {
  const m = /([\d.]+) (bytes|KB|MB|GB)/.exec(text ?? '');
  if (!m) return NaN;
  const unit = { bytes: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[m[2] as 'KB'];
  return Number(m[1]) * unit;
};

test('record a scripted round, lose the tab midway, replay with the transcript, delete and get the space back', async () => {
  let room = await ext.open('practice-room.html?script=demo&speed=4');
  // Nothing records by itself.
  expect(await room.getByTestId('recording-indicator').count()).toBe(0);
  await room.getByRole('radio', { name: /Onsite interview/ }).check();
  await room.getByRole('button', { name: 'Start round' }).click();
  await room.getByTestId('prompt-value').waitFor();
  await room.getByText('Transcript settings').click();
  const keep = room.getByRole('checkbox', { name: /Keep a transcript/ });
  // The setting is stored first, then shown ticked.
  await keep.click();
  await expect.poll(() => keep.isChecked()).toBe(true);

  expect(await room.getByRole('radio', { name: 'Camera and microphone' }).isChecked()).toBe(true);
  await room.getByRole('button', { name: 'Start recording' }).click();
  const indicator = room.getByTestId('recording-indicator');
  await expect.poll(() => indicator.textContent(), { timeout: 15_000 }).toMatch(/^Recording/);
  expect(await seriousAxeViolations(room)).toEqual([]);

  await room.getByRole('button', { name: 'Play the demo answer' }).click();
  await expect
    .poll(() => room.getByTestId('transcript-line').count(), { timeout: 20_000 })
    .toBeGreaterThan(2);
  // A few seconds of chunks on disk, then the tab goes away without stopping anything.
  await expect
    .poll(async () => bytesOf(await indicator.textContent()), { timeout: 15_000 })
    .toBeGreaterThan(20_000);
  await room.close();

  const ws = await ext.open('workspace.html#recordings');
  const row = ws.getByTestId('recording-row');
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  // The closed tab's lock is gone: the recording is marked as cut short and kept to its last chunk.
  await expect
    .poll(
      async () => {
        const text = await row.textContent();
        if (!/cut short/.test(text ?? '')) await ws.reload();
        return ws.getByTestId('recording-row').textContent();
      },
      { timeout: 15_000 },
    )
    .toMatch(/cut short when the tab closed/);
  const firstSize = bytesOf(await row.getByTestId('recording-size').textContent());
  expect(firstSize).toBeGreaterThan(20_000);

  // Back to the room: the round is still on. A second, short recording, stopped with one key.
  room = await ext.open('practice-room.html?script=demo&speed=4');
  await room.getByTestId('prompt-value').waitFor();
  await room.getByRole('radio', { name: 'Microphone only' }).check();
  await room.getByRole('button', { name: 'Start recording' }).click();
  await expect
    .poll(() => room.getByTestId('recording-indicator').textContent(), { timeout: 15_000 })
    .toMatch(/^Recording/);
  await expect
    .poll(async () => bytesOf(await room.getByTestId('recording-bytes').textContent()), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  await room.locator('body').press('r');
  await expect.poll(() => room.getByTestId('recording-saved').count(), { timeout: 15_000 }).toBe(1);
  expect(await room.getByTestId('recording-indicator').count()).toBe(0);

  await ws.reload();
  await expect.poll(() => ws.getByTestId('recording-row').count()).toBe(2);
  const totalBefore = bytesOf(await ws.getByTestId('recordings-total-bytes').textContent());

  // Replay the cut-short one (the older, listed last).
  await ws.getByTestId('recording-row').last().getByRole('link', { name: 'Watch' }).click();
  await ws.getByRole('heading', { name: /^Replay:/ }).waitFor();
  const media = ws.getByTestId('replay-media');
  await expect
    .poll(() => media.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
    .toBeGreaterThan(0);
  expect(await media.evaluate((v) => v.tagName)).toBe('VIDEO');
  // The player knows the recording's length, so its own seek bar can be used.
  await expect
    .poll(() => media.evaluate((v: HTMLVideoElement) => Number.isFinite(v.duration)))
    .toBe(true);
  expect(await media.evaluate((v: HTMLVideoElement) => v.duration)).toBeGreaterThan(1);
  const lines = ws.locator('[data-testid="replay-item"][data-kind="line"]:not([disabled])');
  await expect.poll(() => lines.count()).toBeGreaterThan(1);
  expect(
    await ws.locator('[data-testid="replay-item"][data-kind="prompt"]').count(),
  ).toBeGreaterThan(0);
  const target = lines.last();
  const label = (await target.locator('.replay__time').textContent()) ?? '';
  const [m, s] = label.split(':').map(Number);
  const seconds = (m ?? 0) * 60 + (s ?? 0);
  expect(seconds).toBeGreaterThan(0);
  expect(await media.evaluate((v: HTMLVideoElement) => v.currentTime)).toBe(0);
  await target.click();
  await expect
    .poll(() => media.evaluate((v: HTMLVideoElement) => v.currentTime))
    .toBeGreaterThanOrEqual(seconds);
  expect(await media.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(seconds + 1);
  expect(await target.getAttribute('aria-current')).toBe('true');

  await ws.getByRole('button', { name: '1.5×' }).click();
  expect(await media.evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(1.5);
  expect(await ws.getByRole('button', { name: '1.5×' }).getAttribute('aria-pressed')).toBe('true');
  for (const colorScheme of ['light', 'dark'] as const) {
    await ws.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(ws), colorScheme).toEqual([]);
  }
  await ws.emulateMedia({ colorScheme: 'light' });
  expect(await ws.getByRole('main').count()).toBe(1);

  // Delete the replayed one: the round stays, the space comes back.
  await ws
    .getByTestId('recording-row')
    .last()
    .getByRole('button', { name: 'Delete recording' })
    .click();
  await expect.poll(() => ws.getByTestId('recording-row').count()).toBe(1);
  await expect.poll(() => ws.getByTestId('recordings-freed').textContent()).toMatch(/given back/);
  expect(bytesOf(await ws.getByTestId('recordings-freed').textContent())).toBeCloseTo(
    firstSize,
    -3,
  );
  const totalAfter = bytesOf(await ws.getByTestId('recordings-total-bytes').textContent());
  expect(totalAfter).toBeLessThan(totalBefore);
  // The round is untouched; once finished, its history entry links to the recording left.
  await room.getByRole('button', { name: 'Finish round' }).click();
  await room.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await ws.goto(ext.url('workspace.html#sessions'));
  const round = ws.getByTestId('session-row');
  await expect.poll(() => round.count()).toBe(1);
  await round.locator('summary').click();
  const watch = round.getByRole('link', { name: /^Watch the recording/ });
  await expect.poll(() => watch.count()).toBe(1);
  await watch.click();
  await ws.getByRole('heading', { name: /^Replay:/ }).waitFor();
  expect(await ws.getByTestId('replay-media').evaluate((m) => m.tagName)).toBe('AUDIO');

  await ws.goto(ext.url('workspace.html#recordings'));
  // One round with its recording as one file: the round, and the media that decodes to its size.
  const [download] = await Promise.all([
    ws.waitForEvent('download'),
    ws.getByRole('button', { name: 'Export round with recording' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^loopside-round-recording-.*\.json$/);
  const saved = await download.path();
  const exported = JSON.parse(readFileSync(saved, 'utf8')) as {
    format: string;
    session: { status: string } | null;
    recording: { bytes: number };
    media: { base64: string; bytes: number };
  };
  expect(exported.format).toBe('loopside-round-recording');
  expect(exported.session?.status).toBe('finished');
  expect(Buffer.from(exported.media.base64, 'base64').length).toBe(exported.recording.bytes);

  await ws.getByRole('button', { name: 'Delete all recordings…' }).click();
  await ws.getByRole('button', { name: 'Delete all recordings' }).click();
  await expect.poll(() => ws.getByTestId('recording-row').count()).toBe(0);
  expect(await ws.getByTestId('recordings-total-bytes').textContent()).toBe('0 bytes');

  // And back from the file.
  await ws.getByLabel('Import a round with its recording').setInputFiles(saved);
  await expect.poll(() => ws.getByTestId('recordings-imported').textContent()).toMatch(/^Imported/);
  await expect.poll(() => ws.getByTestId('recording-row').count()).toBe(1);
});
