import { describe, expect, it } from 'vitest';
import { testFramework } from '../fixtures/test-framework';
import { valueCoverage } from '../../lib/coverage/value-coverage';
import { exampleStory } from '../../lib/stories/example-story';
import type { Story } from '../../lib/stories/story-schema';

const framework = (names: string[]) => testFramework(names);

const FIVE = framework(['Judgment', 'Courage', 'Candor', 'Curiosity', 'Inclusion']);

function strong(id: string, values: string[]): Story {
  return {
    ...exampleStory(id),
    values,
    valueLine: `I acted on ${values[0] ?? 'it'} because it mattered.`,
  };
}
function weak(id: string, values: string[]): Story {
  return { ...strong(id, values), outcome: 'People liked it.' };
}

describe('valueCoverage', () => {
  it('counts strong and weak stories under every value they are tagged with', () => {
    const stories = [
      strong('a', ['Judgment', 'Courage']),
      strong('b', ['judgment']),
      weak('c', ['Courage']),
      weak('d', ['Candor']),
    ];
    const { rows, totalStories, strongStories } = valueCoverage(FIVE, stories);
    expect(rows.map((r) => [r.valueId, r.strong, r.weak, r.storyIds])).toEqual([
      ['judgment', 2, 0, ['a', 'b']],
      ['courage', 1, 1, ['a', 'c']],
      ['candor', 0, 1, ['d']],
      ['curiosity', 0, 0, []],
      ['inclusion', 0, 0, []],
    ]);
    expect(totalStories).toBe(4);
    expect(strongStories).toBe(2);
  });

  it('matches value names regardless of case, accents and spacing', () => {
    const { rows } = valueCoverage(FIVE, [strong('a', ['  INCLUSÏON '])]);
    expect(rows.find((r) => r.valueId === 'inclusion')?.strong).toBe(1);
  });

  it('leaves archived stories out entirely', () => {
    const archived = { ...strong('a', ['Judgment']), archived: true };
    const result = valueCoverage(FIVE, [archived, strong('b', ['Judgment'])]);
    expect(result.rows[0]?.storyIds).toEqual(['b']);
    expect(result.totalStories).toBe(1);
    expect(result.strongStories).toBe(1);
  });

  it('states the goals from the prep plan', () => {
    const result = valueCoverage(FIVE, []);
    expect(result.goalPerValue).toBe(2);
    expect(result.goalStories).toBe(12);
  });

  const thinnestCases: [string, Story[], string[]][] = [
    ['an empty bank: the first three values', [], ['judgment', 'courage', 'candor']],
    [
      'fewest strong stories first',
      [
        strong('a', ['Judgment']),
        strong('b', ['Courage']),
        strong('c', ['Candor']),
        strong('d', ['Candor']),
      ],
      ['curiosity', 'inclusion', 'judgment'],
    ],
    [
      'on equal strong counts, fewest stories at all',
      [
        weak('a', ['Judgment']),
        weak('b', ['Judgment']),
        weak('c', ['Courage']),
        weak('d', ['Candor']),
        weak('e', ['Curiosity']),
        strong('f', ['Inclusion']),
      ],
      ['courage', 'candor', 'curiosity'],
    ],
  ];
  it.each(thinnestCases)('thinnest values: %s', (_name, stories, expected) => {
    expect(valueCoverage(FIVE, stories).thinnest).toEqual(expected);
  });

  it('says which values are just as thin as the third named', () => {
    // An empty bank: all five are as thin as each other; three are named, two are not left out.
    expect(valueCoverage(FIVE, []).asThin).toEqual(['curiosity', 'inclusion']);
    const one = valueCoverage(FIVE, [strong('a', ['Judgment']), weak('b', ['Courage'])]);
    expect(one.thinnest).toEqual(['candor', 'curiosity', 'inclusion']);
    expect(one.asThin).toEqual([]);
  });

  it('names at most as many thin values as the framework has', () => {
    expect(valueCoverage(framework(['Judgment', 'Courage']), []).thinnest).toEqual([
      'judgment',
      'courage',
    ]);
  });

  it('ignores tags from other frameworks but still counts the story', () => {
    const result = valueCoverage(FIVE, [strong('a', ['Communication'])]);
    expect(result.rows.every((r) => r.storyIds.length === 0)).toBe(true);
    expect(result.totalStories).toBe(1);
  });
});
