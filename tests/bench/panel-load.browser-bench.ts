// Side panel start-up with 1,000 stories stored, in headless Chromium on the built extension,
// beside two baselines measured in the same run: a blank extension page (the manifest: no script)
// and the panel on an empty bank. Run through `npm run bench`; it builds the extension first.
// Prints medians, p95s and ratios; asserts nothing about speed, only that every run reached an
// interactive panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../e2e/launch-extension';
import { buildExtension } from './build-extension';
import { median, seedStories, summary, timeUntil, watchReadiness } from './browser-timing';

const RUNS = 15;
/** The round setup (or the running round) can take a click. */
const PANEL_READY = 'form.setup button[type="submit"], .round .controls button';
let ext: LaunchedExtension | undefined;

/**
 * Samples of `page` alternated with samples of the blank page, so the baseline sees the same load
 * on a shared machine as the figure it is set beside.
 */
async function paired(
  page: string,
  selector: string,
  phases?: Record<string, number[]>,
): Promise<[number[], number[]]> {
  await timeUntil(ext!, 'manifest.json', 'body'); // warm the disk cache, as any later open would be
  await timeUntil(ext!, page, selector);
  const blank: number[] = [];
  const out: number[] = [];
  const note = (marks: Record<string, number>) => {
    for (const [name, at] of Object.entries(marks)) (phases![name] ??= []).push(at);
  };
  for (let i = 0; i < RUNS; i++) {
    blank.push(await timeUntil(ext!, 'manifest.json', 'body'));
    out.push(await timeUntil(ext!, page, selector, undefined, phases && note));
  }
  return [blank, out];
}

/**
 * "scripts-run 150.2 → db-open 171.0 → schemas-loaded 176.3 → first-render 180.4": where a start-up
 * spends its time, in the order the steps ended.
 */
function phaseLine(phases: Record<string, number[]>, ready: readonly number[]): string {
  const steps = ['scripts-run', 'db-open', 'schemas-loaded', 'first-render']
    .filter((k) => phases[k]?.length)
    .sort((a, b) => median(phases[a]!) - median(phases[b]!));
  const parts = steps.map((k) => `${k} ${median(phases[k]!).toFixed(1)}`);
  return `${parts.join(' → ')} → interactive ${median(ready).toFixed(1)}`;
}

const lines: string[] = [];
const ratio = (a: readonly number[], b: readonly number[]) => (median(a) / median(b)).toFixed(2);

describe('side panel start-up', () => {
  beforeAll(async () => {
    ext = await launchExtension(buildExtension());
    await watchReadiness(ext, ['body', PANEL_READY]);
  }, 300_000);
  afterAll(async () => {
    console.log(`\n${lines.join('\n')}\n`);
    await ext?.close();
  });

  it('reaches an interactive panel with 1,000 stories stored', async () => {
    const [blank, empty] = await paired('sidepanel.html', PANEL_READY);
    await seedStories(ext!, 1_000);
    const phases: Record<string, number[]> = {};
    const [blank1k, panel1k] = await paired('sidepanel.html', PANEL_READY, phases);
    lines.push(
      summary('Baseline: blank extension page ready (beside the empty bank)', blank),
      summary('Baseline: panel interactive, empty bank', empty) +
        ` · ×${ratio(empty, blank)} blank page`,
      summary('Baseline: blank extension page ready (beside 1,000 stories)', blank1k),
      summary('Panel interactive, 1,000 stories (budget 100 ms p95)', panel1k) +
        ` · ×${ratio(panel1k, empty)} empty bank, ×${ratio(panel1k, blank1k)} blank page`,
      `Above the blank page (medians): empty bank +${(median(empty) - median(blank)).toFixed(1)} ms, 1,000 stories +${(median(panel1k) - median(blank1k)).toFixed(1)} ms`,
      `Where the panel's start goes at 1,000 stories (medians, ms from navigation): ${phaseLine(phases, panel1k)}`,
    );
    expect(panel1k).toHaveLength(RUNS);
    expect(empty).toHaveLength(RUNS);
  }, 300_000);
});
