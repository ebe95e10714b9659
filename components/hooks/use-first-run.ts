import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { addStoryOnce, deleteStory } from '../../lib/db/story-queries';
import { EXAMPLE_STORY_ID, markedExampleStory } from '../../lib/stories/example-marker';
import { guideHiddenSetting } from '../../lib/settings/settings';
import { useSetting } from './use-setting';

export interface FirstRun {
  /** Undefined until the stored setting answers (unless it was read before the first render). */
  hidden: boolean | undefined;
  setHidden: (hidden: boolean) => Promise<unknown>;
  addExample: () => Promise<void>;
  removeExample: () => Promise<void>;
}

/**
 * The first-run guide's state and the example story it can add and take away; `initialHidden`
 * (read before the first render) shows until the stored setting answers.
 */
export function useFirstRun(initialHidden?: boolean): FirstRun {
  const [hidden, setHidden] = useSetting(guideHiddenSetting, initialHidden);
  const addExample = useCallback(async () => {
    await addStoryOnce(getDb(), markedExampleStory(Date.now()));
  }, []);
  const removeExample = useCallback(async () => {
    await deleteStory(getDb(), EXAMPLE_STORY_ID);
  }, []);
  return { hidden, setHidden, addExample, removeExample };
}
