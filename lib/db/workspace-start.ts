import { guideHiddenSetting } from '../settings/settings';
import { EXAMPLE_STORY_ID } from '../stories/example-marker';
import { FIRST_SCREEN_STORIES } from '../stories/first-screen-stories';
import { storyFactsFromHead, type StoryFacts } from '../stories/story-facts';
import type { Story } from '../stories/story-schema';
import { readFrameworkChoice, type StoredFrameworkChoice } from './framework-choice';
import type { LoopsideDb } from './loopside-db';
import { readSetting } from './settings-queries';
import { recentStories } from './story-queries';

/** What the workspace's first screen (the story bank, under the first-run guide) shows. */
export interface WorkspaceStart {
  frameworks: StoredFrameworkChoice;
  /** The newest stories, at most FIRST_SCREEN_STORIES; fewer means the bank holds no more. */
  recentStories: Story[];
  storyFacts: StoryFacts;
  guideHidden: boolean;
}

/**
 * Reads the workspace's first screen at once, as soon as the database is open, so it renders
 * complete: the guide and the list in their places from the first frame, not one layer per read.
 * Nothing here walks the whole bank (not even a count).
 */
export async function readWorkspaceStart(db: LoopsideDb): Promise<WorkspaceStart> {
  const [frameworks, recent, example, guideHidden] = await Promise.all([
    readFrameworkChoice(db),
    recentStories(db, FIRST_SCREEN_STORIES),
    db.stories.get(EXAMPLE_STORY_ID),
    readSetting(db, guideHiddenSetting),
  ]);
  return {
    frameworks,
    recentStories: recent,
    storyFacts: storyFactsFromHead(recent, FIRST_SCREEN_STORIES, example !== undefined),
    guideHidden,
  };
}
