import { sameValueName } from '../coverage/same-value-name';
import { storyGaps } from './story-completeness';
import type { Story } from './story-schema';

export interface BankRow {
  story: Story;
  /** How many of the active values' parts the story still lacks. */
  gapCount: number;
}

export interface BankRowsView {
  showArchived: boolean;
  /** Only stories tagged with this value, when set. */
  valueFilter?: string | null;
  /** The active framework's value names; a new array means a new framework. */
  valueNames: readonly string[];
}

export interface BankRows {
  rows: BankRow[];
  /** Stories not archived, whatever the filters. */
  liveCount: number;
  /** Rows shown that are complete and not archived. */
  strongCount: number;
}

/**
 * The story bank's rows in one pass over the bank, with no new object for a story that did not
 * change: a row is remembered per story object, so after one save in a 10,000-story bank only the
 * edited story's gaps are counted again. Other value names start afresh.
 */
export function createBankRows(): (stories: readonly Story[], view: BankRowsView) => BankRows {
  let names: readonly string[] | null = null;
  let known = new WeakMap<Story, BankRow>();
  return (stories, { showArchived, valueFilter, valueNames }) => {
    if (valueNames !== names) {
      names = valueNames;
      known = new WeakMap();
    }
    const rows: BankRow[] = [];
    let liveCount = 0;
    let strongCount = 0;
    for (const story of stories) {
      if (!story.archived) liveCount++;
      if (!showArchived && story.archived) continue;
      if (valueFilter && !story.values.some((v) => sameValueName(v, valueFilter))) continue;
      let row = known.get(story);
      if (!row) {
        row = { story, gapCount: storyGaps(story, valueNames).length };
        known.set(story, row);
      }
      if (row.gapCount === 0 && !story.archived) strongCount++;
      rows.push(row);
    }
    return { rows, liveCount, strongCount };
  };
}
