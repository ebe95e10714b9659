import { startTransition, useEffect, useState } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { latestStoryBank, subscribeStoryBank } from '../../lib/db/live-story-bank';
import type { Story } from '../../lib/stories/story-schema';

/**
 * Every story, archived ones included, most recently edited first; undefined while loading, and
 * while `enabled` is false (a page that does not need the whole bank yet skips reading it).
 */
export function useAllStories(enabled = true): Story[] | undefined {
  const [stories, setStories] = useState<Story[] | undefined>(() =>
    enabled ? latestStoryBank(getDb()) : undefined,
  );
  useEffect(() => {
    if (!enabled) return;
    let first = true;
    return subscribeStoryBank(getDb(), (list) => {
      // The first read shows at once; later writes (a save per keystroke) re-render the views
      // that show the bank at low priority, so typing never waits behind them.
      if (first) setStories(list);
      else startTransition(() => setStories(list));
      first = false;
    });
  }, [enabled]);
  return enabled ? stories : undefined;
}
