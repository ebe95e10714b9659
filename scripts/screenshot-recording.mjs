// Takes docs/recording-replay.png from the built extension (`npm run build` first): records a few
// seconds of the scripted demo in the practice room with Chromium's fake camera and microphone,
// then opens the replay in the workspace and jumps to a transcript line.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const flags = JSON.parse(readFileSync(resolve('scripts/chromium-flags.json'), 'utf8'));
const dir = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'loopside-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 860 },
  args: [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    ...flags,
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = (p) => `chrome-extension://${new URL(worker.url()).host}/${p}`;
  const room = await context.newPage();
  await room.goto(url('practice-room.html?script=demo&speed=3'));
  await room.getByRole('radio', { name: /Onsite interview/ }).check();
  await room.getByRole('button', { name: 'Start round' }).click();
  await room.getByText('Transcript settings').click();
  const keep = room.getByRole('checkbox', { name: /Keep a transcript/ });
  await keep.click();
  await room.waitForFunction(() => true);
  await room.getByRole('button', { name: 'Start recording' }).click();
  await room.getByTestId('recording-indicator').waitFor();
  await room.getByRole('button', { name: 'Play the demo answer' }).click();
  await room
    .getByTestId('transcript-status')
    .filter({ hasText: 'over' })
    .waitFor({ timeout: 60_000 });
  await room.getByRole('button', { name: 'Next' }).click();
  await room.waitForTimeout(2500);
  await room.locator('body').press('r');
  await room.getByTestId('recording-saved').waitFor();
  const id = await room
    .getByRole('link', { name: 'Watch it in the workspace' })
    .getAttribute('href');
  const ws = await context.newPage();
  await ws.goto(url(id.replace(/^\//, '')));
  await ws.getByRole('heading', { name: /^Replay:/ }).waitFor();
  const lines = ws.locator('[data-testid="replay-item"][data-kind="line"]:not([disabled])');
  await lines.nth(3).click();
  await ws.waitForTimeout(1200);
  await ws.getByRole('heading', { name: /^Replay:/ }).scrollIntoViewIfNeeded();
  await ws.screenshot({ path: resolve('docs/recording-replay.png') });
  console.log('docs/recording-replay.png');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
