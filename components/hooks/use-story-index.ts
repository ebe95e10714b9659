import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { allStories } from '../../lib/db/story-queries';
import {
  createStorySearch,
  type StorySearchHit,
  type StorySearchOptions,
} from '../../lib/search/story-search';
import { syncStoryIndex } from '../../lib/search/sync-story-index';
import type { Story } from '../../lib/stories/story-schema';

export interface StoryIndex {
  stories: readonly Story[];
  byId: ReadonlyMap<string, Story>;
  search: (query: string, opts?: StorySearchOptions) => StorySearchHit[];
  loading: boolean;
}

/**
 * The bank and a search index kept in step with it incrementally (never rebuilt per keystroke).
 * Indexing a large bank takes longer than a frame, so it happens after the panel has painted
 * (or on the first search, whichever comes first), not on the way to first paint.
 */
export function useStoryIndex(): StoryIndex {
  const stories = useLiveQuery(() => allStories(getDb()), []);
  const holder = useRef<{
    index: ReturnType<typeof createStorySearch> | null;
    seen: Map<string, number>;
    synced: readonly Story[] | undefined;
  }>({ index: null, seen: new Map(), synced: undefined });
  const list = useMemo(() => stories ?? [], [stories]);
  const byId = useMemo(() => new Map(list.map((s) => [s.id, s])), [list]);

  const ensureSynced = useCallback(() => {
    const h = holder.current;
    h.index ??= createStorySearch();
    if (h.synced !== list) {
      syncStoryIndex(h.index, h.seen, list);
      h.synced = list;
    }
    return h.index;
  }, [list]);

  useEffect(() => {
    const id = setTimeout(ensureSynced, 50);
    return () => clearTimeout(id);
  }, [ensureSynced]);

  const search = useCallback(
    (query: string, opts?: StorySearchOptions) => {
      if (query.trim() === '') return [];
      return ensureSynced().search(query, opts);
    },
    [ensureSynced],
  );
  return { stories: list, byId, search, loading: stories === undefined };
}
