import { sameValueName } from '../coverage/same-value-name';
import { storyGaps } from './story-completeness';
import type { Story } from './story-schema';

interface BankRow {
  story: Story;
  /** How many of the active values' parts the story still lacks. */
  gapCount: number;
}

interface BankRowsView {
  showArchived: boolean;
  /** Only stories tagged with this value, when set. */
  valueFilter?: string | null;
  /** The active framework's value names; a new array means a new framework. */
  valueNames: readonly string[];
}

interface BankRows {
  rows: BankRow[];
  /** Stories not archived, whatever the filters. */
  liveCount: number;
  /** Rows shown that are complete and not archived. */
  strongCount: number;
}

/** Makes the bank's rows; `warm` counts gaps ahead of time, a slice at a time. */
interface BankRowsMaker {
  (stories: readonly Story[], view: BankRowsView): BankRows;
  /**
   * Counts the gaps of `stories` from index `from` until `now()` passes `deadline`, remembering
   * them for the rows, and returns where it stopped (the bank's length once all are known). A
   * bank of 10,000 takes over 100 ms to count: counted in slices between tasks, the page stays
   * answerable, and the rows are then made from what is remembered.
   */
  warm(
    stories: readonly Story[],
    valueNames: readonly string[],
    from: number,
    deadline: number,
    now?: () => number,
  ): number;
}

/**
 * The story bank's rows in one pass over the bank, with no new object for a story that did not
 * change: a row is remembered per story object, so after one save in a 10,000-story bank only the
 * edited story's gaps are counted again. Other value names start afresh.
 */
export function createBankRows(): BankRowsMaker {
  let names: readonly string[] | null = null;
  let known = new WeakMap<Story, BankRow>();
  const rowOf = (story: Story, valueNames: readonly string[]): BankRow => {
    if (valueNames !== names) {
      names = valueNames;
      known = new WeakMap();
    }
    let row = known.get(story);
    if (!row) {
      row = { story, gapCount: storyGaps(story, valueNames).length };
      known.set(story, row);
    }
    return row;
  };
  const make = (
    stories: readonly Story[],
    { showArchived, valueFilter, valueNames }: BankRowsView,
  ) => {
    const rows: BankRow[] = [];
    let liveCount = 0;
    let strongCount = 0;
    for (const story of stories) {
      if (!story.archived) liveCount++;
      if (!showArchived && story.archived) continue;
      if (valueFilter && !story.values.some((v) => sameValueName(v, valueFilter))) continue;
      const row = rowOf(story, valueNames);
      if (row.gapCount === 0 && !story.archived) strongCount++;
      rows.push(row);
    }
    return { rows, liveCount, strongCount };
  };
  const warm: BankRowsMaker['warm'] = (
    stories,
    valueNames,
    from,
    deadline,
    now = () => performance.now(),
  ) => {
    let i = from;
    // The clock is read every 16 stories; each call counts at least those, so it always moves on.
    do {
      if (i >= stories.length) break;
      rowOf(stories[i]!, valueNames);
      i++;
    } while (i % 16 !== 0 || now() < deadline);
    return i;
  };
  return Object.assign(make, { warm });
}
