import type { Framework } from '../frameworks/framework-schema';
import { isStrong } from '../stories/story-completeness';
import type { Story } from '../stories/story-schema';
import { valueNameKey } from './same-value-name';

export type ValueCoverageRow = {
  valueId: string;
  valueName: string;
  strong: number;
  weak: number;
  storyIds: string[];
};

export type ValueCoverage = {
  rows: ValueCoverageRow[];
  /** Up to three value ids with the fewest strong stories, then the fewest stories at all. */
  thinnest: string[];
  /** Values just as thin as the last of `thinnest`, left out only by the count of three. */
  asThin: string[];
  totalStories: number;
  strongStories: number;
  goalPerValue: 2;
  goalStories: 12;
};

const THINNEST_COUNT = 3;

/**
 * How well the bank covers each value of a framework. A story counts under every value it is tagged
 * with; tags that name no value of this framework are ignored here (see remapStoryValues).
 */
export function valueCoverage(framework: Framework, stories: readonly Story[]): ValueCoverage {
  const names = framework.values.map((v) => v.name);
  const live = stories.filter((s) => !s.archived);
  const strongById = new Map(live.map((s) => [s.id, isStrong(s, names)]));
  const rows = framework.values.map((value): ValueCoverageRow => {
    const key = valueNameKey(value.name);
    const tagged = live.filter((s) => s.values.some((v) => valueNameKey(v) === key));
    const strong = tagged.filter((s) => strongById.get(s.id)).length;
    return {
      valueId: value.id,
      valueName: value.name,
      strong,
      weak: tagged.length - strong,
      storyIds: tagged.map((s) => s.id),
    };
  });
  // A stable sort keeps framework order among equals, so ties go to the values listed first.
  const sorted = [...rows].sort(
    (a, b) => a.strong - b.strong || a.strong + a.weak - (b.strong + b.weak),
  );
  const thinnest = sorted.slice(0, THINNEST_COUNT).map((r) => r.valueId);
  const last = sorted[THINNEST_COUNT - 1];
  const asThin = last
    ? sorted
        .slice(THINNEST_COUNT)
        .filter((r) => r.strong === last.strong && r.weak === last.weak)
        .map((r) => r.valueId)
    : [];
  return {
    rows,
    thinnest,
    asThin,
    totalStories: live.length,
    strongStories: [...strongById.values()].filter(Boolean).length,
    goalPerValue: 2,
    goalStories: 12,
  };
}
