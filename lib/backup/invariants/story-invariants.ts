import type { Story } from '../../stories/story-schema';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

/** A story's times decide which copy wins a merge, so none may lie in the future. */
export const checkStories: TableCheck<Story> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((s, i) => {
    checkTimes(
      problems,
      i,
      [
        [['createdAt'], s.createdAt, 'record'],
        [['updatedAt'], s.updatedAt, 'record'],
        [['lastPractisedAt'], s.lastPractisedAt, 'clock'],
        ...Object.entries(s.fieldSavedAt ?? {}).map(
          ([field, t]) => [['fieldSavedAt', field], t, 'clock'] as [string[], number, 'clock'],
        ),
      ],
      ctx.now,
    );
  });
  return { problems, rows, repairs: [] };
};
