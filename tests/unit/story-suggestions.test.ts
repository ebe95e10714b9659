import { describe, expect, it } from 'vitest';
import { exampleStory } from '../../lib/stories/example-story';
import type { Story } from '../../lib/stories/story-schema';
import { suggestStories } from '../../lib/stories/suggest-stories';

function story(id: string, lastPractisedAt: number, change: Partial<Story> = {}): Story {
  return { ...exampleStory(id), title: `Story ${id}`, lastPractisedAt, ...change };
}
const weakening: Partial<Story> = { reflection: '' };

describe('suggestStories', () => {
  it('puts never-practised stories first, then the longest ago', () => {
    const stories = [story('a', 300), story('b', 0), story('c', 100), story('d', 200)];
    expect(suggestStories(stories, 'Judgment').map((s) => s.id)).toEqual(['b', 'c', 'd']);
  });

  it('prefers strong stories when practised at the same time', () => {
    const stories = [story('weak', 0, weakening), story('strong', 0)];
    expect(suggestStories(stories, 'Judgment').map((s) => s.id)).toEqual(['strong', 'weak']);
  });

  const filters: [string, Story[], string, string[]][] = [
    [
      'only the value asked for',
      [story('a', 0, { values: ['Courage'] }), story('b', 0)],
      'Courage',
      ['a'],
    ],
    ['case-insensitive value names', [story('a', 0)], 'JUDGMENT', ['a']],
    [
      'archived stories are skipped',
      [story('a', 0, { archived: true }), story('b', 5)],
      'Judgment',
      ['b'],
    ],
    ['no stories for the value', [story('a', 0)], 'Impact', []],
  ];
  it.each(filters)('%s', (_name, stories, value, expected) => {
    expect(suggestStories(stories, value).map((s) => s.id)).toEqual(expected);
  });

  it('honours the limit', () => {
    const stories = Array.from({ length: 6 }, (_, i) => story(String(i), i));
    expect(suggestStories(stories, 'Judgment', 5)).toHaveLength(5);
    expect(suggestStories(stories, 'Judgment', 0)).toEqual([]);
  });
});
