import { generateStories } from '../fixtures/generate-stories';
import { createStorySearch, type StorySearch } from '../../lib/search/story-search';

/** What people type to find a story: title words, values, jargon, a codename, and typos. */
export const TYPED_QUERIES = [
  'judgment',
  'billing service',
  'latency',
  'stakeholdr',
  'judgemnt',
  'courage migration',
  'recommendation model',
  'on-call rota',
  'churn',
  'negotiated vendor',
  'inclusion accessibility',
  'kator',
  'the weekly review',
  'partner api',
  'subtitle renderer',
];

/** Every prefix of every query, as the search box sees them while someone types. */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}

export function buildIndex(count: number, seed = 7): { search: StorySearch; buildMs: number } {
  const stories = generateStories(count, seed);
  const search = createStorySearch();
  const start = performance.now();
  search.addAll(stories);
  return { search, buildMs: performance.now() - start };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, rank)] ?? Number.NaN;
}
