import { exampleStory } from './example-story';
import type { Story } from './story-schema';

/** The example story's fixed id: adding it twice keeps one copy, and the guide can remove it. */
export const EXAMPLE_STORY_ID = 'loopside-example-story';
const EXAMPLE_TAG = 'example';

/** The first-run example, titled and tagged so it never passes for one of the candidate's own. */
export function markedExampleStory(now: number): Story {
  const base = exampleStory(EXAMPLE_STORY_ID, now);
  return {
    ...base,
    title: `Example: ${base.title}`,
    tags: [EXAMPLE_TAG, ...base.tags],
    lastPractisedAt: 0,
  };
}

export function isExampleStory(story: Pick<Story, 'id' | 'tags'>): boolean {
  return story.id === EXAMPLE_STORY_ID;
}
