import { describe, expect, it } from 'vitest';
import { testFramework } from '../fixtures/test-framework';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { remapStoryValues } from '../../lib/coverage/remap-values';

const framework = (id: string, names: string[]) => testFramework(names, id);

const RUBRIC = framework('rubric', [
  'Judgment',
  'Selflessness',
  'Courage',
  'Communication',
  'Innovation',
  'Inclusion',
  'Integrity',
  'Passion',
  'Impact',
]);
const MEMO_2024 = framework('memo-2024', [
  'Selflessness',
  'Judgment',
  'Candor',
  'Creativity',
  'Courage',
  'Inclusion',
  'Curiosity',
  'Resilience',
]);

describe('remapStoryValues', () => {
  const cases: [string, string[], Framework, string[], string[]][] = [
    ['shared value carries over', ['Judgment'], MEMO_2024, ['Judgment'], []],
    ['value missing from the memo', ['Communication'], MEMO_2024, [], ['Communication']],
    [
      'mixed tags split in order',
      ['Communication', 'Judgment', 'Impact', 'Courage'],
      MEMO_2024,
      ['Judgment', 'Courage'],
      ['Communication', 'Impact'],
    ],
    ['and back again', ['Candor', 'Selflessness'], RUBRIC, ['Selflessness'], ['Candor']],
    ['case and accents', ['judgment', 'CÓURAGE'], MEMO_2024, ['Judgment', 'Courage'], []],
    ['duplicates collapse', ['Judgment', 'judgment ', 'Foo', 'Foo'], RUBRIC, ['Judgment'], ['Foo']],
    ['no tags', [], RUBRIC, [], []],
  ];
  it.each(cases)('%s', (_name, tags, target, kept, unmatched) => {
    expect(remapStoryValues(tags, target)).toEqual({ kept, unmatched });
  });

  it('keeps every tag when switching to a framework and back', () => {
    const tags = ['Communication', 'Judgment'];
    const there = remapStoryValues(tags, MEMO_2024);
    const back = remapStoryValues([...there.kept, ...there.unmatched], RUBRIC);
    expect(back).toEqual({ kept: ['Judgment', 'Communication'], unmatched: [] });
  });
});
