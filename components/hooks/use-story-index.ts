import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAfterPaint } from './use-after-paint';
import { useAllStories } from './use-all-stories';
import type {
  StorySearch,
  StorySearchHit,
  StorySearchOptions,
} from '../../lib/search/story-search';
import type { Story } from '../../lib/stories/story-schema';

export interface StoryIndex {
  stories: readonly Story[];
  byId: ReadonlyMap<string, Story>;
  /** Changes identity when the bank changes or the index becomes ready. */
  search: (query: string, opts?: StorySearchOptions) => StorySearchHit[];
  loading: boolean;
  /** The bank has been read: until then `stories` is empty because it is not known yet. */
  read: boolean;
}

type SearchModule = {
  createStorySearch: () => StorySearch;
  syncStoryIndex: (
    index: StorySearch,
    seen: Map<string, number>,
    stories: readonly Story[],
    keepGoing?: number | ((upserts: number) => boolean),
  ) => boolean;
};

/**
 * Background indexing works for about this long per task (the clock is checked after each story,
 * as one story can take a millisecond or more): never a long task.
 */
const TASK_MS = 8;

async function loadSearch(): Promise<SearchModule> {
  const [a, b] = await Promise.all([
    import('../../lib/search/story-search'),
    import('../../lib/search/sync-story-index'),
  ]);
  return { createStorySearch: a.createStorySearch, syncStoryIndex: b.syncStoryIndex };
}

/**
 * The bank and a search index kept in step with it incrementally (never rebuilt per keystroke).
 * The search code and the first indexing of a large bank cost more than a frame, so both happen
 * just after the panel has painted, off its start-up path.
 */
export function useStoryIndex(): StoryIndex {
  // Read after the first paint: a big bank takes a while to read and must not hold up the panel.
  const painted = useAfterPaint();
  // The watched bank: read once in pages, then each write (a story used in this round, a save in
  // the workspace open beside the call) rereads only the stories it touched. A plain live query
  // reread all 10,000 stories per write, and the garbage of each reread stalled the panel.
  const stories = useAllStories(painted);
  const [engine, setEngine] = useState<SearchModule | null>(null);
  const holder = useRef<{
    index: StorySearch | null;
    seen: Map<string, number>;
    synced: readonly Story[] | undefined;
  }>({ index: null, seen: new Map(), synced: undefined });
  const list = useMemo(() => stories ?? [], [stories]);
  const byId = useMemo(() => new Map(list.map((s) => [s.id, s])), [list]);

  useEffect(() => {
    if (!painted) return;
    let live = true;
    loadSearch().then(
      (m) => live && setEngine(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [painted]);

  /** Brings the index up to `list`, or as far as `keepGoing` allows; true once in step. */
  const syncIndex = useCallback(
    (keepGoing?: () => boolean): boolean => {
      if (!engine) return false;
      const h = holder.current;
      h.index ??= engine.createStorySearch();
      if (h.synced === list) return true;
      const done = engine.syncStoryIndex(h.index, h.seen, list, keepGoing);
      if (done) h.synced = list;
      return done;
    },
    [engine, list],
  );

  useEffect(() => {
    // A slice per task, so a big bank never holds up a click while it is indexed; a search
    // meanwhile finishes the rest at once, so its answer is always complete.
    if (!engine) return;
    let id: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const until = performance.now() + TASK_MS;
      if (!syncIndex(() => performance.now() < until)) id = setTimeout(step, 0);
    };
    id = setTimeout(step, 0);
    return () => clearTimeout(id);
  }, [engine, syncIndex]);

  const search = useCallback(
    (query: string, opts?: StorySearchOptions) =>
      query.trim() === '' || !syncIndex() ? [] : (holder.current.index?.search(query, opts) ?? []),
    [syncIndex],
  );
  return {
    stories: list,
    byId,
    search,
    loading: stories === undefined || engine === null,
    read: stories !== undefined,
  };
}
