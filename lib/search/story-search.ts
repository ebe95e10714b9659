import MiniSearch, { type SearchResult } from 'minisearch';
import { valueNameKey } from '../coverage/same-value-name';
import type { Story } from '../stories/story-schema';
import { foldText } from './fold-text';
import { STOP_WORDS } from './stop-words';
import { ALL_FIELDS, BODY_FIELDS, queryTerms, storyQuery, type QueryPlan } from './story-query';

export type StorySearchHit = { id: string; score: number; title: string };
export type StorySearchOptions = {
  /** Only stories tagged with this value name (case- and accent-insensitive). */
  value?: string;
  limit?: number;
};
export type StorySearch = {
  addAll(stories: readonly Story[]): void;
  upsert(story: Story): void;
  remove(id: string): void;
  search(query: string, opts?: StorySearchOptions): StorySearchHit[];
  size(): number;
};

type Field = keyof Story;

// What the candidate remembers a story by outranks a passing mention in the STAR body.
const BOOST: Record<string, number> = {
  title: 4,
  values: 2.5,
  tags: 2,
  valueLine: 2,
  role: 1.5,
  company: 1.5,
};

const DEFAULT_LIMIT = 20;

/**
 * Cheapest first, stopping as soon as the list is full. Handle matches outrank body mentions and
 * exact words outrank typo matches, so a skipped pass would mostly have added hits below the cut
 * (it can reorder near-ties); skipping it avoids scoring thousands of story bodies on most
 * keystrokes at 10,000 stories.
 */
const PLANS: QueryPlan[] = [
  { combineWith: 'AND', scope: 'handles', typos: false },
  { combineWith: 'AND', scope: 'everything', typos: false },
  { combineWith: 'AND', scope: 'everything', typos: true },
];

type Meta = { title: string; valueKeys: ReadonlySet<string> };

function fieldText(story: Story, field: string): string {
  if (field === 'body') return BODY_FIELDS.map((f) => story[f]).join('\n');
  const value = story[field as Field];
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * A story index updated in place as stories change, so typing in the search box never waits on a
 * rebuild. Archived stories are kept out of the index altogether.
 */
export function createStorySearch(): StorySearch {
  const index = new MiniSearch<Story>({
    fields: ALL_FIELDS,
    storeFields: [],
    extractField: fieldText,
    processTerm: (term) => {
      const folded = foldText(term);
      return folded === '' || STOP_WORDS.has(folded) ? null : folded;
    },
    // Queries arrive already split and folded by storyQuery; stop words there are deliberate.
    searchOptions: { boost: BOOST, processTerm: foldText },
  });
  const meta = new Map<string, Meta>();

  function remove(id: string): void {
    if (!meta.has(id)) return;
    index.discard(id);
    meta.delete(id);
  }

  function upsert(story: Story): void {
    if (story.archived) {
      remove(story.id);
      return;
    }
    if (meta.has(story.id)) index.replace(story);
    else index.add(story);
    meta.set(story.id, {
      title: story.title,
      valueKeys: new Set(story.values.map(valueNameKey)),
    });
  }

  function search(query: string, opts: StorySearchOptions = {}): StorySearchHit[] {
    if (query.trim() === '') return [];
    const valueKey = opts.value === undefined ? undefined : valueNameKey(opts.value);
    const filter =
      valueKey === undefined
        ? undefined
        : (r: { id: string }) => meta.get(r.id)?.valueKeys.has(valueKey) ?? false;
    const limit = opts.limit ?? DEFAULT_LIMIT;
    let results: SearchResult[] = [];
    for (const plan of PLANS) {
      const q = storyQuery(query, plan);
      if (q === null) return [];
      results = index.search(q, { filter });
      if (results.length >= limit) break;
    }
    // Every word narrows the list; only when no story has them all do partial matches show.
    if (results.length === 0 && queryTerms(query).length > 1) {
      const any = storyQuery(query, { combineWith: 'OR', scope: 'everything', typos: true });
      if (any !== null) results = index.search(any, { filter });
    }
    return results.slice(0, limit).map((r) => ({
      id: String(r.id),
      score: r.score,
      title: meta.get(String(r.id))?.title ?? '',
    }));
  }

  return {
    addAll: (stories) => stories.forEach(upsert),
    upsert,
    remove,
    search,
    size: () => meta.size,
  };
}
