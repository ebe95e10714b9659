import { describe, expect, it } from 'vitest';
import { isBlankStory } from '../../lib/stories/is-blank-story';
import { emptyStory } from '../../lib/stories/story-schema';

describe('isBlankStory', () => {
  it('is true for a new story and for whitespace only, false once anything is written', () => {
    expect(isBlankStory(emptyStory('a', 0))).toBe(true);
    expect(isBlankStory({ ...emptyStory('a', 0), title: '   ' })).toBe(true);
    expect(isBlankStory({ ...emptyStory('a', 0), outcome: 'Costs fell 10%' })).toBe(false);
  });
});
