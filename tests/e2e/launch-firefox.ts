import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

// Firefox is driven over WebDriver BiDi (built into Firefox; no geckodriver needed).
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'loopside@loopside.invalid';
// A fixed internal UUID makes the extension's page addresses known before it is installed.
const UUID = '6f1c2a9e-3b7d-4e58-9a41-0c2d7e5b8f13';
const ORIGIN = `moz-extension://${UUID}/`;

export interface CapturedError {
  kind: 'uncaught' | 'console.error';
  text: string;
  source: string;
}

export interface LaunchedFirefox {
  browser: Browser;
  url: (page: string) => string;
  /** Opens an extension page in a new tab and waits until its document has loaded. */
  open: (page: string) => Promise<Page>;
  /** Reloads an extension page and waits for the new document. */
  reload: (page: Page) => Promise<void>;
  /** Runs a script in the browser's own (chrome) scope, where the console service lives. */
  chrome: (expression: string) => Promise<unknown>;
  /** Errors the extension's pages and background script logged or threw so far. */
  errors: () => Promise<CapturedError[]>;
  close: () => Promise<void>;
}

// BiDi sends no load events for moz-extension:// documents (Firefox bug 1755014), so
// navigations are started without awaiting them and the document itself is watched instead.
async function waitForDocument(
  page: Page,
  url: string,
  previous?: unknown,
  patienceMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + patienceMs;
  let navigatedAt = Date.now();
  for (;;) {
    try {
      await page.waitForFunction(
        (u, prev) =>
          location.href === u &&
          document.readyState === 'complete' &&
          (globalThis as { __loopsideDoc?: unknown }).__loopsideDoc !== prev,
        // Short waits, retried: a wait started in a document that is being replaced can hang.
        // Polled on a timer: animation frames do not come to a tab the browser is not painting.
        { timeout: 5_000, polling: 100 },
        url,
        previous ?? null,
      );
      // Tag the document so a reload can tell the new one from the old.
      await page.evaluate(() => {
        (globalThis as { __loopsideDoc?: unknown }).__loopsideDoc = Math.random();
      });
      return;
    } catch (e) {
      // A script can land in the document being replaced mid-navigation; ask the new one.
      if (Date.now() > deadline) throw e;
      // On a loaded machine a navigation can stall in a tab whose document never settles (every
      // script then fails): after ten seconds of that, start the navigation again.
      if (Date.now() - navigatedAt > 10_000) {
        navigatedAt = Date.now();
        page.goto(url).catch(() => undefined);
      }
    }
  }
}

// Uncaught errors and rejections from the extension's code (pages, background, caption
// readers), as the browser's console service holds them for every process. Left out: the note
// Firefox's extension framework files itself when an API call settles after its page is gone
// (ExtensionCommon's wrapPromise, e.g. a caption reader's sendMessage still in flight when the
// call tab closes). It is reported even though the code catches the rejection, and no code of
// ours can run by then.
const collectUncaught = `JSON.stringify(Services.console.getMessageArray()
  .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag)
    && !(m.flags & Ci.nsIScriptError.infoFlag) && m.sourceName.startsWith(${JSON.stringify(ORIGIN)})
    && !/^Promise (resolved|rejected) (after context unloaded|while context is inactive)/.test(m.errorMessage))
  .map((m) => ({ kind: 'uncaught', text: m.errorMessage, source: m.sourceName })))`;

export async function launchFirefox(extensionDir: string): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it Firefox refuses to let the driver navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // console.* of web and extension documents goes to stdout (BiDi reports none for the
      // latter); Firefox's own chrome code stays quiet there, so every such line is a page's.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': false,
    },
  });
  const logged: CapturedError[] = [];
  let pending = '';
  browser.process()?.stdout?.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^console\.error: (.*)$/.exec(line);
      // A page's first argument is printed formatted ("text", (new Error…), {…}); Firefox's own
      // named console instances (e.g. "RSLoader: …") print a bare prefix and are not ours.
      if (m && !/^[A-Za-z][\w.-]*: /.test(m[1]!))
        logged.push({ kind: 'console.error', text: m[1]!, source: 'stdout' });
    }
  });
  await browser.installExtension(resolve(extensionDir));
  const url = (page: string) => `${ORIGIN}${page}`;

  // Puppeteer's BiDi connection is not in its public types; Firefox's chrome scope needs it.
  const bidi = (
    browser as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: unknown }> };
    }
  ).connection;
  const chrome = async (expression: string) => {
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = (tree.result as { contexts: { context: string }[] }).contexts[0]!.context;
    const res = await bidi.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    });
    const result = res.result as { type: string; result?: { value?: unknown } };
    if (result.type !== 'success') throw new Error(`chrome-scope script failed: ${expression}`);
    return result.result?.value;
  };

  return {
    browser,
    url,
    chrome,
    open: async (page) => {
      // On a loaded machine a new tab can stall before its document exists; a second tab does not.
      for (let attempt = 1; ; attempt++) {
        const tab = await browser.newPage();
        tab.goto(url(page)).catch(() => undefined);
        try {
          await waitForDocument(tab, url(page), undefined, attempt < 3 ? 15_000 : 30_000);
          return tab;
        } catch (e) {
          await tab.close().catch(() => undefined);
          if (attempt === 3) throw e;
        }
      }
    },
    reload: async (page) => {
      const href = await page.evaluate(() => location.href);
      const previous = await page.evaluate(
        () => (globalThis as { __loopsideDoc?: unknown }).__loopsideDoc,
      );
      page.evaluate(() => location.reload()).catch(() => undefined);
      await waitForDocument(page, href, previous);
    },
    errors: async () => [
      ...(JSON.parse(String(await chrome(collectUncaught))) as CapturedError[]),
      ...logged,
    ],
    close: () => browser.close(),
  };
}
