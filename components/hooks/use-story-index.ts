import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { inSlices } from '../../lib/async/in-slices';
import { useAfterPaint } from './use-after-paint';
import { useAllStories } from './use-all-stories';
import type {
  StorySearch,
  StorySearchHit,
  StorySearchOptions,
} from '../../lib/search/story-search';
import type { Story } from '../../lib/stories/story-schema';

interface StoryIndex {
  stories: readonly Story[];
  byId: ReadonlyMap<string, Story>;
  /**
   * Searches what is indexed so far (newest stories first); changes identity when the bank changes
   * and when the index catches up with it, so results shown meanwhile fill in by themselves.
   */
  search: (query: string, opts?: StorySearchOptions) => StorySearchHit[];
  /** The bank has been read: until then `stories` is empty because it is not known yet. */
  read: boolean;
  /** Some stories are not searchable yet: a search may find more in a moment. */
  indexing: boolean;
}

type SearchModule = {
  createStorySearch: () => StorySearch;
  syncStoryIndex: (
    index: StorySearch,
    seen: Map<string, number>,
    stories: readonly Story[],
    keepGoing?: (upserts: number) => boolean,
  ) => boolean;
};

/** While a big bank is indexed, searches are answered again this often, as more of it is ready. */
const PROGRESS_MS = 250;

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
 * just after the panel has painted, off its start-up path, a slice per task. A search never waits
 * for the rest of the indexing (at 10,000 stories that stalled the panel 1.6-1.9 s): it answers from
 * what is indexed, says so, and the answer fills in when the index is in step.
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
  /** The bank the index last caught up with (null until it first has). */
  const [inStep, setInStep] = useState<readonly Story[] | null>(null);
  /** Counts up while indexing goes on, so a search shown meanwhile is answered again. */
  const [progress, setProgress] = useState(0);
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
    (keepGoing: () => boolean): boolean => {
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
    // meanwhile answers from the stories indexed so far.
    if (!engine || stories === undefined) return;
    let shown = performance.now();
    // The clock is checked after each story, as one story can take a millisecond or more.
    return inSlices((deadline) => {
      if (syncIndex(() => performance.now() < deadline)) {
        setInStep(list);
        return true;
      }
      const now = performance.now();
      if (now - shown >= PROGRESS_MS) {
        shown = now;
        setProgress((n) => n + 1);
      }
      return false;
    });
  }, [engine, syncIndex, list, stories]);

  const search = useCallback(
    (query: string, opts?: StorySearchOptions): StorySearchHit[] => {
      const index = holder.current.index;
      return query.trim() === '' || !index ? [] : index.search(query, opts);
    },
    // A new identity when the bank changes, as indexing goes on and when the index has caught up:
    // the index itself is mutable, so these say when its answers may differ.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [list, inStep, progress],
  );
  return {
    stories: list,
    byId,
    search,
    read: stories !== undefined,
    // Only the first indexing of the bank: a later write is caught up with in one task.
    indexing: stories === undefined || engine === null || inStep === null,
  };
}
