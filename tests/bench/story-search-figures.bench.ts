import { bench, describe } from 'vitest';
import { buildIndex, keystrokes, percentile, TYPED_QUERIES } from './story-search-keystrokes';

const SIZES = [1_000, 10_000];
const ROUNDS = 5;

type Row = {
  stories: number;
  buildMs: number;
  median: number;
  p95: number;
  max: number;
  n: number;
};

const BUILDS = 3;

function measure(count: number): Row {
  // The machine may be busy with other work, so the build time is the median of a few builds.
  const builds = Array.from({ length: BUILDS }, () => buildIndex(count));
  const buildTimes = builds.map((b) => b.buildMs).sort((a, b) => a - b);
  const buildMs = percentile(buildTimes, 50);
  const search = builds[0]!.search;
  const typed = keystrokes(TYPED_QUERIES);
  // One untimed pass so the JIT has compiled the search path before we time it.
  for (const q of typed) search.search(q);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of typed) {
      const start = performance.now();
      search.search(q);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  return {
    stories: count,
    buildMs,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples[samples.length - 1] ?? Number.NaN,
    n: samples.length,
  };
}

function table(rows: readonly Row[]): string {
  const f = (n: number) => n.toFixed(2).padStart(10);
  const lines = [
    '   stories | build ms   | key median | key p95    | key max    | keystrokes',
    ...rows.map(
      (r) =>
        `${String(r.stories).padStart(10)} |${f(r.buildMs)} |${f(r.median)} |${f(r.p95)} |${f(r.max)} | ${r.n}`,
    ),
  ];
  return lines.join('\n');
}

// Measured while the file is collected so the table prints once, ahead of vitest's own bench table.
describe('story search keystroke figures', () => {
  const rows = SIZES.map(measure);
  console.log(`\nStory search: keystroke-to-results (ms)\n${table(rows)}\n`);
  const { search } = buildIndex(1_000);
  bench('one keystroke at 1,000 stories ("judg")', () => {
    search.search('judg');
  });
});
