// The Firefox half of `npm start -- --firefox`: the built Firefox package installed as a temporary
// add-on (over WebDriver BiDi, which Firefox has built in), the demo call and the coach sidebar.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const GECKO_ID = 'loopside@loopside.invalid';
// A fixed internal UUID, so the extension's pages have known addresses.
const UUID = '6f1c2a9e-3b7d-4e58-9a41-0c2d7e5b8f13';
const page = (name) => `moz-extension://${UUID}/${name}`;

// Firefox sends the driver no load events for extension pages: start the navigation and watch
// the document instead.
async function openExtensionPage(browser, name) {
  const tab = await browser.newPage();
  tab.goto(page(name)).catch(() => undefined);
  await tab.waitForFunction(
    (u) => globalThis.location.href === u && globalThis.document.readyState === 'complete',
    { timeout: 30_000 },
    page(name),
  );
  return tab;
}

export async function startFirefox({ root, executablePath, headless }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport: headless ? { width: 1280, height: 800 } : null,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Headless has no camera: a synthetic one, granted without asking, for the self-view.
      ...(headless
        ? { 'media.navigator.streams.fake': true, 'media.navigator.permission.disabled': true }
        : {}),
    },
  });
  await browser.installExtension(join(root, '.output/firefox-mv3'));

  // The demo call is a local page served in place of a Meet URL; nothing goes to the network.
  const demo = readFileSync(join(root, 'tests/fixtures/meet-call.html'), 'utf8');
  const call = (await browser.pages())[0] ?? (await browser.newPage());
  await call.setRequestInterception(true);
  call.on('request', (request) => {
    if (request.url().startsWith('https://meet.google.com/'))
      void request.respond({ status: 200, contentType: 'text/html', body: demo });
    else void request.abort();
  });
  await call.goto('https://meet.google.com/abc-defg-hij');

  if (!headless) {
    await openExtensionPage(browser, 'practice-room.html?script=demo');
    // The sidebar opens only on a user gesture: a real click on the workspace's button is one.
    const workspace = await openExtensionPage(browser, 'workspace.html');
    const open = await workspace.waitForSelector('::-p-aria([name="Open the coach panel"])');
    await workspace.waitForFunction((b) => !b.disabled, {}, open);
    await open.click();
    await call.bringToFront();
    console.log('Loopside is open in Firefox:');
    console.log(' - tab 1: a demo practice call, with the coach in the sidebar (turn on live');
    console.log('   signals for Google Meet in the coach to let Loopside read its captions);');
    console.log(' - tab 2: the practice room with a scripted demo answer;');
    console.log(' - tab 3: the workspace (stories, coverage, history, backups).');
    console.log('Close the Firefox window to stop.');
    await new Promise((done) => browser.on('disconnected', done));
    return;
  }

  const out = join(root, '.tmp');
  mkdirSync(out, { recursive: true });
  const panel = await openExtensionPage(browser, 'sidepanel.html');
  await panel.setViewport({ width: 420, height: 900 });
  await (await panel.waitForSelector('::-p-text(Onsite interview)')).click();
  await (await panel.waitForSelector('::-p-aria([name="Start round"][role="button"])')).click();
  await (await panel.waitForSelector('::-p-aria([name="Probe"][role="button"])')).click();
  await (
    await panel.waitForSelector('::-p-aria([name="Notes"][role="textbox"])')
  ).type('Named the value in the first sentence; outcome had a number.');
  await new Promise((r) => setTimeout(r, 1500));
  const panelShot = join(out, 'firefox-panel.png');
  // The whole panel from its top (the value, the timers, the prompt), not the notes in view.
  await panel.evaluate(() => {
    globalThis.document.activeElement?.blur?.();
    globalThis.scrollTo(0, 0);
  });
  await panel.screenshot({ path: panelShot, fullPage: true });
  // The round ends as in Chromium's demo: finished, with its debrief.
  await (await panel.waitForSelector('::-p-aria([name="Finish round"][role="button"])')).click();
  await (
    await panel.waitForSelector('::-p-aria([name="Finish and see the debrief"][role="button"])')
  ).click();
  await panel.waitForSelector('::-p-aria([name="Debrief per answer"])');
  // The start-up tab does not take the default viewport; the screenshot matches Chromium's size.
  await call.setViewport({ width: 1280, height: 800 });
  await call.bringToFront();
  await new Promise((r) => setTimeout(r, 2000));
  const callShot = join(out, 'firefox-demo-call.png');
  await call.screenshot({ path: callShot });

  // The practice room plays the scripted demo answer four times faster than speech.
  const room = await openExtensionPage(browser, 'practice-room.html?script=demo&speed=4');
  await (await room.waitForSelector('::-p-aria([name="Turn on camera"][role="button"])')).click();
  await (await room.waitForSelector('::-p-text(Onsite interview)')).click();
  await (await room.waitForSelector('::-p-aria([name="Start round"][role="button"])')).click();
  await (
    await room.waitForSelector('::-p-aria([name="Play the demo answer"][role="button"])')
  ).click();
  await new Promise((r) => setTimeout(r, 9000));
  await room.evaluate(() => globalThis.scrollTo(0, 0));
  const roomShot = join(out, 'firefox-practice-room.png');
  await room.screenshot({ path: roomShot });

  console.log('No display found, so Firefox ran headless.');
  console.log(`Screenshot of the coach with a round running: ${panelShot}`);
  console.log(`Screenshot of the demo call: ${callShot}`);
  console.log(`Screenshot of the practice room playing the scripted demo: ${roomShot}`);
  await browser.close();
}
