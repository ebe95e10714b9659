// The Chromium-family half of `npm start`: the built extension, a demo practice call and the
// Loopside panel. With a display it opens a real window; without one it runs headless and
// writes screenshots.
import { mkdirSync, mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export async function startChromium({ root, name, executablePath, headless }) {
  // Shared with the end-to-end tests: no sandbox as root, no background traffic on a closed network.
  const chromiumFlags = JSON.parse(readFileSync(join(root, 'scripts/chromium-flags.json'), 'utf8'));
  const ext = join(root, '.output/chrome-mv3');
  const demoUrl = 'https://meet.google.com/abc-defg-hij';
  const demoPage = join(root, 'tests/fixtures/meet-call.html');

  // A fresh profile for each start, removed when the browser closes: a demo keeps nothing.
  const profile = mkdtempSync(join(tmpdir(), 'loopside-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      // Branded Chrome and Edge 137+ ignore --load-extension unless this is off (it helps in
      // some versions only; Chromium and Brave need nothing).
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      ...chromiumFlags,
      // Headless has no camera: a synthetic one lets the practice room show its self-view.
      ...(headless ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] : []),
    ],
  });
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A file the browser still held: the system's temp cleaning will take it.
    }
  });
  // The demo call is a local page served in place of a Meet URL; nothing goes to the network.
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: existsSync(demoPage)
        ? readFileSync(demoPage, 'utf8')
        : '<!doctype html><title>Demo practice call</title><h1>Demo practice call</h1>',
    }),
  );
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => undefined));
  if (!worker) {
    console.error(
      `${name} did not load Loopside from the command line (Google Chrome and Microsoft Edge ` +
        'stopped allowing it in version 137). Install Chromium, or load the extension by hand: ' +
        `chrome://extensions, Developer mode, Load unpacked, pick ${ext}.`,
    );
    if (headless) await context.close();
    else await new Promise((done) => context.on('close', done));
    process.exit(1);
  }
  const id = new URL(worker.url()).host;

  const call = context.pages()[0] ?? (await context.newPage());
  await call.goto(demoUrl);

  if (!headless) {
    const room = await context.newPage();
    await room.goto(`chrome-extension://${id}/practice-room.html?script=demo`);
    // sidePanel.open needs a user gesture: a real click on the workspace's button gives it one.
    const workspace = await context.newPage();
    await workspace.goto(`chrome-extension://${id}/workspace.html`);
    await workspace.getByRole('button', { name: 'Open the coach panel' }).click();
    await call.bringToFront();
    console.log('Loopside is open:');
    console.log(
      ' - tab 1: a demo practice call (captions play; turn on live signals for Google Meet in the',
    );
    console.log('   panel to let Loopside read them), with the coach in the side panel;');
    console.log(
      ' - tab 2: the solo practice room with a scripted demo answer (start a round, then',
    );
    console.log('   "Play the demo answer");');
    console.log(' - tab 3: the workspace (stories, coverage, history, backups).');
    console.log('Close the browser window to stop.');
    await new Promise((done) => context.on('close', done));
  } else {
    const out = join(root, '.tmp');
    mkdirSync(out, { recursive: true });
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    await panel.getByRole('radio', { name: /Onsite interview/ }).check();
    await panel.getByRole('button', { name: 'Start round' }).click();
    await panel.getByRole('button', { name: 'Probe' }).click();
    await panel
      .getByRole('textbox', { name: 'Notes' })
      .fill('Named the value in the first sentence; outcome had a number.');
    await panel.waitForTimeout(1500);
    const panelShot = join(out, 'panel.png');
    // The whole panel from its top (the value, the timers, the prompt), not the notes in view.
    await panel.evaluate(() => {
      globalThis.document.activeElement?.blur?.();
      globalThis.scrollTo(0, 0);
    });
    await panel.screenshot({ path: panelShot, fullPage: true });
    await panel.getByRole('button', { name: 'Finish round' }).click();
    await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
    const callShot = join(out, 'demo-call.png');
    await call.bringToFront();
    await call.waitForTimeout(2000);
    await call.screenshot({ path: callShot });

    // The practice room plays the scripted demo answer four times faster than speech.
    const room = await context.newPage();
    await room.goto(`chrome-extension://${id}/practice-room.html?script=demo&speed=4`);
    await room.getByRole('button', { name: 'Turn on camera' }).click();
    await room.getByRole('radio', { name: /Onsite interview/ }).check();
    await room.getByRole('button', { name: 'Start round' }).click();
    await room.getByRole('button', { name: 'Play the demo answer' }).click();
    await room.waitForTimeout(9000);
    await room.evaluate(() => globalThis.scrollTo(0, 0));
    const roomShot = join(out, 'practice-room.png');
    await room.screenshot({ path: roomShot });

    console.log(`No display found, so ${name} ran headless.`);
    console.log(`Screenshot of the panel: ${panelShot}`);
    console.log(`Screenshot of the demo call: ${callShot}`);
    console.log(`Screenshot of the practice room playing the scripted demo: ${roomShot}`);
    await context.close();
  }
}
