import { describe, expect, it } from 'vitest';
import { createBankRows } from '../../lib/stories/bank-rows';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

const names = ['Judgment', 'Courage'];
const story = (id: string, over: Partial<Story> = {}): Story => ({
  ...emptyStory(id, 1),
  title: `Story ${id}`,
  ...over,
});

describe('the story bank rows', () => {
  it('filters archived and by value, and counts live and complete stories in the same pass', () => {
    const bankRows = createBankRows();
    const bank = [
      story('a', { values: ['Judgment'] }),
      story('b', { values: ['Courage'], archived: true }),
      story('c', { values: ['courage'] }),
    ];
    const plain = bankRows(bank, { showArchived: false, valueNames: names });
    expect(plain.rows.map((r) => r.story.id)).toEqual(['a', 'c']);
    expect(plain.liveCount).toBe(2);
    expect(plain.strongCount).toBe(0);

    const courage = bankRows(bank, {
      showArchived: true,
      valueFilter: 'Courage',
      valueNames: names,
    });
    expect(courage.rows.map((r) => r.story.id)).toEqual(['b', 'c']);
    expect(courage.liveCount).toBe(2);
  });

  it('counts gaps again only for a story that changed, and keeps the other rows as they were', () => {
    const bankRows = createBankRows();
    const a = story('a');
    const b = story('b');
    const before = bankRows([a, b], { showArchived: false, valueNames: names }).rows;
    const edited = { ...a, situation: 'The launch was two weeks out', updatedAt: 2 };
    const after = bankRows([edited, b], { showArchived: false, valueNames: names }).rows;
    expect(after[1]).toBe(before[1]);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]!.gapCount).toBe(before[0]!.gapCount - 1);
  });

  it('starts afresh for another framework’s value names', () => {
    const bankRows = createBankRows();
    const a = story('a', { values: ['Judgment'] });
    const first = bankRows([a], { showArchived: false, valueNames: names }).rows[0]!;
    const other = bankRows([a], { showArchived: false, valueNames: ['Candor'] }).rows[0]!;
    expect(other).not.toBe(first);
  });
});
