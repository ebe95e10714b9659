import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { allStories } from '../../lib/db/story-queries';
import { createStorySearch, type StorySearch } from '../../lib/search/story-search';
import { syncStoryIndex } from '../../lib/search/sync-story-index';
import type { Story } from '../../lib/stories/story-schema';

export interface StoryIndex {
  stories: readonly Story[];
  byId: ReadonlyMap<string, Story>;
  index: StorySearch;
  loading: boolean;
}

/** The bank and a search index kept in step with it incrementally (never rebuilt per keystroke). */
export function useStoryIndex(): StoryIndex {
  const stories = useLiveQuery(() => allStories(getDb()), []);
  const [holder] = useState(() => ({
    index: createStorySearch(),
    seen: new Map<string, number>(),
  }));
  const byId = useMemo(() => {
    const list = stories ?? [];
    syncStoryIndex(holder.index, holder.seen, list);
    return new Map(list.map((s) => [s.id, s]));
  }, [stories, holder]);
  return { stories: stories ?? [], byId, index: holder.index, loading: stories === undefined };
}
