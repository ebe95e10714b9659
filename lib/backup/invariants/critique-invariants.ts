import type { CritiqueRow } from '../../critique/critique-row-schema';
import { answerCritiqueId, storyCritiqueId } from '../../critique/critique-row-schema';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

/**
 * A critique quotes one story, or one answer of one round, in the same file. One whose story or
 * round the file does not hold could never be shown or deleted from the app, so it is left out
 * and the summary says how many; an id that does not match what it critiques is refused.
 */
export const checkCritiques: TableCheck<CritiqueRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  const stories = new Set((ctx.tables.stories ?? []).map((s) => s.id));
  const answersOf = new Map((ctx.tables.sessions ?? []).map((s) => [s.id, s.answers.length]));
  const kept: CritiqueRow[] = [];
  rows.forEach((row, i) => {
    const answers = row.kind === 'answer' ? answersOf.get(row.subjectId) : undefined;
    if (row.kind === 'story' ? !stories.has(row.subjectId) : answers === undefined) return;
    kept.push(row);
    const id =
      row.kind === 'story'
        ? storyCritiqueId(row.subjectId)
        : answerCritiqueId(row.subjectId, row.answerIndex);
    if (row.id !== id) {
      problems.push({
        path: [i, 'id'],
        message: `is "${row.id}", but what it critiques makes it "${id}"`,
      });
    }
    if (row.kind === 'answer' && answers !== undefined && row.answerIndex >= answers) {
      problems.push({
        path: [i, 'answerIndex'],
        message: `is answer ${row.answerIndex + 1}, but that round has ${answers}`,
      });
    }
    checkTimes(problems, i, [[['createdAt'], row.createdAt, 'record']], ctx.now);
  });
  const dropped = rows.length - kept.length;
  return {
    problems,
    rows: dropped > 0 ? kept : rows,
    repairs:
      dropped > 0
        ? [
            `Left out ${dropped} on-device critique${dropped === 1 ? '' : 's'} of stories or rounds this backup does not hold.`,
          ]
        : [],
  };
};
