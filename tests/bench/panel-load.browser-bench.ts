// Side panel start-up with 1,000 stories stored, in headless Chromium on the built extension.
// Run through `npm run bench`; it builds the extension first. Prints the median and p95; asserts nothing
// about speed, only that every run reached an interactive panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStories } from '../fixtures/generate-stories';
import { launchExtension, type LaunchedExtension } from '../e2e/launch-extension';
import { buildExtension } from './build-extension';
import { percentile } from './story-search-keystrokes';

const RUNS = 15;
let ext: LaunchedExtension | undefined;

async function seed(e: LaunchedExtension, count: number): Promise<void> {
  const page = await e.open('workspace.html');
  await page.getByRole('button', { name: 'New story' }).waitFor();
  const stories = generateStories(count, 11);
  await page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('loopside');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('stories', 'readwrite');
          for (const s of rows) tx.objectStore('stories').put(s);
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
}

/** ms from navigation start until the round setup (or the running round) can take a click. */
async function timeToInteractive(e: LaunchedExtension): Promise<number> {
  const page = await e.context.newPage();
  await page.goto(e.url('sidepanel.html'));
  const handle = await page.waitForFunction(
    () => {
      const ready = document.querySelector(
        'form.setup button[type="submit"], .round .controls button',
      );
      return ready ? performance.now() : null;
    },
    undefined,
    { polling: 'raf' },
  );
  const ms = (await handle.jsonValue()) as number;
  await page.close();
  return ms;
}

describe('side panel start-up', () => {
  beforeAll(async () => {
    ext = await launchExtension(buildExtension());
    await seed(ext, 1_000);
    await timeToInteractive(ext); // warm the disk cache, as any later open would be
  }, 300_000);
  afterAll(async () => {
    await ext?.close();
  });

  it('reaches an interactive panel with 1,000 stories stored', async () => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await timeToInteractive(ext!));
    samples.sort((a, b) => a - b);
    console.log(
      `\nSide panel interactive with 1,000 stories (${RUNS} runs): median ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms (budget 200 ms)\n`,
    );
    expect(samples).toHaveLength(RUNS);
  }, 120_000);
});
