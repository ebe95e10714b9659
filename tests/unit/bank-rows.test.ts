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

describe('counting a big bank ahead, a slice at a time', () => {
  const bank = Array.from({ length: 100 }, (_, i) => story(`w${i}`));

  it('stops at the deadline, resumes where it stopped, and then the rows are those it counted', () => {
    const bankRows = createBankRows();
    let clock = 0;
    const now = () => clock;
    // Past the deadline from the start: one slice of 16 stories, then it hands back.
    expect(bankRows.warm(bank, names, 0, -1, now)).toBe(16);
    expect(bankRows.warm(bank, names, 16, -1, now)).toBe(32);
    // Time to spare: it counts the rest.
    expect(bankRows.warm(bank, names, 32, 1_000, now)).toBe(100);
    clock = 2_000;
    expect(bankRows.warm(bank, names, 100, 1_000, now)).toBe(100);

    const counted = bankRows(bank, { showArchived: false, valueNames: names }).rows;
    const again = bankRows(bank, { showArchived: false, valueNames: names }).rows;
    expect(counted.map((r) => r.gapCount)).toEqual(
      createBankRows()(bank, { showArchived: false, valueNames: names }).rows.map(
        (r) => r.gapCount,
      ),
    );
    // Nothing is counted twice: the same row objects come back.
    expect(again.every((r, i) => r === counted[i])).toBe(true);
  });

  it('counts afresh for other value names', () => {
    const bankRows = createBankRows();
    bankRows.warm(bank, names, 0, 1_000, () => 0);
    const before = bankRows([bank[0]!], { showArchived: false, valueNames: names }).rows[0]!;
    bankRows.warm(bank, ['Candor'], 0, 1_000, () => 0);
    const after = bankRows([bank[0]!], { showArchived: false, valueNames: ['Candor'] }).rows[0]!;
    expect(after).not.toBe(before);
  });
});
