import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../e2e/launch-extension';
import { generateStories } from '../fixtures/generate-stories';
import { percentile } from './story-search-keystrokes';

/** Writes generated stories straight into the extension's database, in one transaction. */
export async function seedStories(e: LaunchedExtension, count: number, seed = 11): Promise<void> {
  const page = await e.open('workspace.html');
  await page.getByRole('button', { name: 'New story' }).waitFor();
  const stories = generateStories(count, seed);
  await page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('loopside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('stories', 'readwrite');
          const store = tx.objectStore('stories');
          store.clear();
          for (const s of rows) store.put(s);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    stories,
  );
  await page.close();
  // A bulk write leaves the browser's storage engine busy for a while after it commits (the panel
  // sampled straight after seeding 1,000 stories was slower than later at 10,000). A user's bank
  // was not just written in one go: let that settle before anything is timed.
  await new Promise((settle) => setTimeout(settle, SEED_SETTLE_MS));
}

const SEED_SETTLE_MS = 3_000;

/**
 * Makes every page of the context note, from its first moment, when each of `selectors` first
 * appears (at the animation frame after the DOM change that added it). Measuring inside the page
 * keeps the driver's own round trips (the navigation's load event, then a poll injected over the
 * debugging protocol) out of the figure: they can come long after the page was usable.
 */
export async function watchReadiness(e: LaunchedExtension, selectors: readonly string[]) {
  await e.context.addInitScript((sels: readonly string[]) => {
    const w = window as unknown as { __seen?: Record<string, number> };
    const seen: Record<string, number> = (w.__seen = {});
    const pending = new Set(sels);
    const check = () => {
      for (const sel of [...pending]) {
        if (!document.querySelector(sel)) continue;
        pending.delete(sel);
        requestAnimationFrame(() => (seen[sel] = performance.now()));
      }
      if (pending.size === 0) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    // Selectors of other pages never turn up here: a measurement of this page's own work (typing)
    // stops the watcher first, or every change would pay for their searches.
    (w as { __stopReadiness?: () => void }).__stopReadiness = () => observer.disconnect();
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    check();
  }, selectors);
}

/** How long a sampled page stays open after it is ready, so its own start-up work can finish. */
const SETTLE_MS = 1_500;

/**
 * ms from navigation start until `selector` is in the page (needs `watchReadiness` for it).
 * Extension pages share one renderer and one database, so the page is closed only once it is
 * `settled` (if given) and has had SETTLE_MS to finish its start-up work: a user opens the panel
 * once, and a read of a big bank left running would otherwise hold up the next sample's
 * database open (at 10,000 stories that made the panel look ×1.9 slower than with none).
 */
export async function timeUntil(
  e: LaunchedExtension,
  page: string,
  selector: string,
  settled?: string,
  /** Receives the page's start-up marks (`loopside:*`, ms from navigation) once it is ready. */
  onMarks?: (marks: Record<string, number>) => void,
) {
  const p = await e.context.newPage();
  await p.goto(e.url(page));
  const handle = await p.waitForFunction(
    (sel) => (window as unknown as { __seen?: Record<string, number> }).__seen?.[sel] ?? null,
    selector,
  );
  const ms = (await handle.jsonValue()) as number;
  if (onMarks)
    onMarks(
      await p.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('loopside:'))
            .map((m) => [m.name.slice('loopside:'.length), m.startTime]),
        ),
      ),
    );
  if (settled) await p.waitForFunction((sel) => document.querySelector(sel) !== null, settled);
  await p.waitForTimeout(SETTLE_MS);
  await p.close();
  return ms;
}

/**
 * Types `text` into the focused field one key at a time and returns, per key, the time from the
 * key event's creation to the frame after its input was handled: queueing behind other work
 * (a database read, a list render) counts, as a user would feel it.
 */
export async function keyLatencies(page: Page, text: string, gapMs = 40): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      (ev) => {
        const from = ev.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__lat.push(performance.now() - from);
          ch.port2.postMessage(null);
        });
      },
      true,
    );
  });
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(gapMs);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

export function summary(label: string, samples: readonly number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `${label}: median ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms (n=${s.length})`;
}

export function median(samples: readonly number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

/**
 * Makes `page` record its long tasks (50 ms or more, as the browser reports them) from its next
 * navigation on; `takeLongTasks` reads them. Any long task is a moment a click waits.
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The durations of the long tasks `page` recorded since it opened or since the last take. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const taken = w.__longTasks;
    w.__longTasks = [];
    return taken;
  });
}

/**
 * Long tasks in the `ms` after `page` opens, over `runs` opens: their durations, all runs
 * together.
 */
export async function longTasksAfterOpen(
  e: LaunchedExtension,
  page: string,
  runs = 3,
  ms = 3_000,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await e.context.newPage();
    await recordLongTasks(p);
    await p.goto(e.url(page));
    await p.waitForTimeout(ms);
    out.push(...(await takeLongTasks(p)));
    await p.close();
  }
  return out;
}

/** "2 (longest 64 ms)" or "none". */
export function longTaskLine(durations: readonly number[]): string {
  return durations.length === 0
    ? 'none'
    : `${durations.length} (longest ${Math.round(Math.max(...durations))} ms)`;
}
