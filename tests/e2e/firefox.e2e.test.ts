import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox, type LaunchedFirefox } from './launch-firefox';

// The shipped Firefox package, installed into Debian's firefox-esr: one launch for the suite.
const PACKAGE = process.env.LOOPSIDE_FIREFOX_PACKAGE ?? '.output/firefox-mv3';
const fixture = readFileSync(resolve('tests/fixtures/meet-call.html'), 'utf8');

// Runs inside extension pages (page.evaluate), where Firefox's `browser` namespace exists.
type FirefoxApi = {
  extension: { getViews(q: { type: string }): Window[] };
  runtime: { getBackgroundPage(): Promise<Window & { console: Console }> };
  permissions: { getAll(): Promise<{ origins: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
};
declare const browser: FirefoxApi;

let ff: LaunchedFirefox;
let panel: Page;
let roundValue = '';

beforeAll(async () => {
  ff = await launchFirefox(PACKAGE);
});
afterAll(async () => {
  await ff?.close();
});

async function find(page: Page, selector: string): Promise<ElementHandle> {
  const handle = await page.waitForSelector(selector, { timeout: 15_000 });
  if (!handle) throw new Error(`not found: ${selector}`);
  return handle;
}
const button = (page: Page, name: string) =>
  find(page, `::-p-aria([name="${name}"][role="button"])`);
const testId = (page: Page, id: string) =>
  page.evaluate((i) => document.querySelector(`[data-testid="${i}"]`)?.textContent ?? null, id);

test('a round runs in the panel page and a note survives a reload', async () => {
  panel = await ff.open('sidepanel.html');
  await (await find(panel, '::-p-text(Onsite interview)')).click();
  await (await button(panel, 'Start round')).click();
  await find(panel, '[data-testid="prompt-value"]');
  roundValue = (await testId(panel, 'prompt-value')) ?? '';
  expect(roundValue).toMatch(/\w/);

  const note = 'Named the value first; the result had a number — ✓';
  await (await find(panel, '::-p-aria([name="Notes"][role="textbox"])')).type(note);
  // Straight away, with no pause for the debounced save.
  await ff.reload(panel);

  // Plain DOM reads from here: Puppeteer's selector helpers do not follow a reload that Firefox
  // does not report for extension pages.
  await expect
    .poll(() =>
      panel.evaluate(
        () =>
          [...document.querySelectorAll('textarea')].find(
            (t) => t.labels?.[0]?.firstChild?.textContent?.trim() === 'Notes',
          )?.value ?? null,
      ),
    )
    .toBe(note);
  expect(await testId(panel, 'prompt-value')).toBe(roundValue);
  await expect
    .poll(() =>
      panel.evaluate(() =>
        Number(
          document.querySelector<HTMLElement>('[data-testid="round-timer"]')?.dataset.elapsedMs,
        ),
      ),
    )
    .toBeGreaterThan(0);
});

test("the sidebar stays shut at install and opens from the workspace's button", async () => {
  const workspace = await ff.open('workspace.html');
  const sidebars = () =>
    workspace.evaluate(() => browser.extension.getViews({ type: 'sidebar' }).length);
  expect(await sidebars()).toBe(0);

  // A real click is the user gesture Firefox asks for before sidebarAction.open().
  const open = await button(workspace, 'Open the coach panel');
  await workspace.waitForFunction(() =>
    [...document.querySelectorAll('button')].some(
      (b) => b.textContent === 'Open the coach panel' && !b.disabled,
    ),
  );
  await open.click();
  await expect.poll(sidebars).toBe(1);

  // The sidebar shows the round already running in the panel tab.
  const inSidebar = () =>
    workspace.evaluate(() => {
      const doc = browser.extension.getViews({ type: 'sidebar' })[0]?.document;
      return doc?.querySelector('[data-testid="prompt-value"]')?.textContent ?? null;
    });
  await expect.poll(inSidebar).toBe(roundValue);
  await workspace.close();
});

test('live signals: the Meet grant is asked for, the reader registers and reads a call', async () => {
  // A fresh coach tab (the reloaded one is out of Puppeteer's sight); the round carries on in it.
  await panel.close();
  panel = await ff.open('sidepanel.html');
  await expect.poll(() => testId(panel, 'prompt-value')).toBe(roundValue);
  expect((await panel.evaluate(() => browser.permissions.getAll())).origins).toEqual([]);
  await (await find(panel, '::-p-text(Live signals from the call)')).click();
  await (await find(panel, '::-p-text(Read captions on Google Meet)')).click();

  // Firefox asks in its own doorhanger; accept it as the user would.
  const answered = await ff.chrome(`(async () => {
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    for (let i = 0; i < 150; i++) {
      const el = win.document.getElementById('addon-webext-permissions-notification');
      if (el && el.button) { el.button.click(); return 'accepted'; }
      await new Promise((r) => win.setTimeout(r, 100));
    }
    return 'no prompt';
  })()`);
  expect(answered).toBe('accepted');
  await expect
    .poll(async () => (await panel.evaluate(() => browser.permissions.getAll())).origins)
    .toEqual(['https://meet.google.com/*']);
  await expect
    .poll(async () =>
      (await panel.evaluate(() => browser.scripting.getRegisteredContentScripts())).map(
        (s) => s.id,
      ),
    )
    .toEqual(['loopside-captions-meet']);

  // The call is the local fixture served in place of Meet; nothing reaches the network.
  const call = await ff.browser.newPage();
  await call.setRequestInterception(true);
  call.on('request', (request) => {
    if (request.url().startsWith('https://meet.google.com/'))
      void request.respond({ status: 200, contentType: 'text/html', body: fixture });
    else void request.abort();
  });
  await call.goto('https://meet.google.com/abc-defg-hij?speed=10');
  await expect
    .poll(
      () =>
        panel.evaluate(
          () =>
            document.querySelector('[data-testid="caption-health"]')?.getAttribute('data-state') ??
            null,
        ),
      { timeout: 20_000 },
    )
    .toBe('working');
  expect(await testId(panel, 'caption-health')).toContain('Google Meet');

  // Turning Meet off gives the grant back (no prompt for that) and the reader is unregistered.
  // The user clicks a tick they can see is on.
  const meetTick = (click: boolean) =>
    panel.evaluate((press) => {
      const input = [...document.querySelectorAll('label')]
        .find((l) => l.textContent?.includes('Read captions on Google Meet'))
        ?.querySelector('input');
      if (press) input?.click();
      return input?.checked ?? null;
    }, click);
  await expect.poll(() => meetTick(false)).toBe(true);
  // Clicked on the element itself: under load a pointer click here sometimes left the tick on and
  // the grant in place (seen 1 run in 3, cause not found). Giving a grant back needs no gesture.
  await meetTick(true);
  await expect
    .poll(async () => (await panel.evaluate(() => browser.permissions.getAll())).origins)
    .toEqual([]);
  await expect
    .poll(async () =>
      (await panel.evaluate(() => browser.scripting.getRegisteredContentScripts())).map(
        (s) => s.id,
      ),
    )
    .toEqual([]);
  await expect.poll(() => meetTick(false)).toBe(false);
  await call.close();
});

test('the background script and the pages logged no errors, and the check can see them', async () => {
  const clean = await ff.errors();

  // Deliberate errors in a page and in the background prove the capture sees both.
  const page = await ff.open('workspace.html');
  await page.evaluate(async () => {
    console.error('loopside-deliberate page error');
    setTimeout(() => {
      throw new Error('loopside-deliberate uncaught');
    });
    const bg = await browser.runtime.getBackgroundPage();
    bg.console.error('loopside-deliberate background error');
  });
  await expect
    .poll(async () => (await ff.errors()).map((e) => `${e.kind}: ${e.text}`).sort())
    .toEqual(
      expect.arrayContaining([
        'console.error: "loopside-deliberate background error"',
        'console.error: "loopside-deliberate page error"',
        expect.stringMatching(/^uncaught: .*loopside-deliberate uncaught/),
      ]),
    );
  expect(clean.map((e) => `${e.kind}: ${e.text} (${e.source})`)).toEqual([]);
});
