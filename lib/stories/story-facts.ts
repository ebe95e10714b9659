import { isExampleStory } from './example-marker';
import { isBlankStory } from './is-blank-story';
import type { Story } from './story-schema';

/** What the first-run guide says about the bank. */
export interface StoryFacts {
  /** Stories the user wrote (the example not counted); null while a big bank is not counted yet. */
  own: number | null;
  hasExample: boolean;
}

/**
 * Stories the user has written something in: a story just created by "New story" and left blank
 * is not one yet, and the example never is.
 */
const countWritten = (stories: readonly Story[]) =>
  stories.filter((s) => !isExampleStory(s) && !isBlankStory(s)).length;

/** Facts from the whole bank (archived stories count: they were written). */
export function storyFactsOf(bank: readonly Story[]): StoryFacts {
  return { own: countWritten(bank), hasExample: bank.some(isExampleStory) };
}

/**
 * Facts from the newest `limit` stories and one lookup of the example. Counting a big bank takes
 * IndexedDB a walk over every record (60–100 ms at 10,000 stories in Chromium), so a head that came
 * back full leaves `own` unknown until the whole bank is read.
 */
export function storyFactsFromHead(
  head: readonly Story[],
  limit: number,
  hasExample: boolean,
): StoryFacts {
  return { own: head.length < limit ? countWritten(head) : null, hasExample };
}
