import type { TranscriptRow } from '../../live/transcript-schema';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

/**
 * Caption lines belong to one answer of one round in the same file. Lines for a round the file
 * does not hold could never be shown or deleted from the app, so they are left out, and the
 * summary says how many.
 */
export const checkTranscripts: TableCheck<TranscriptRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  const answersOf = new Map((ctx.tables.sessions ?? []).map((s) => [s.id, s.answers.length]));
  const kept: TranscriptRow[] = [];
  rows.forEach((row, i) => {
    const answers = answersOf.get(row.sessionId);
    if (answers === undefined) return;
    kept.push(row);
    const id = `${row.sessionId}:${row.answerIndex}`;
    if (row.id !== id) {
      problems.push({
        path: [i, 'id'],
        message: `is "${row.id}", but its round and answer make it "${id}"`,
      });
    }
    if (row.answerIndex >= answers) {
      problems.push({
        path: [i, 'answerIndex'],
        message: `is answer ${row.answerIndex + 1}, but that round has ${answers}`,
      });
    }
    checkTimes(problems, i, [[['updatedAt'], row.updatedAt, 'record']], ctx.now);
  });
  const dropped = rows.length - kept.length;
  return {
    problems,
    rows: dropped > 0 ? kept : rows,
    repairs:
      dropped > 0
        ? [
            `Left out ${dropped} caption transcript${dropped === 1 ? '' : 's'} for rounds this backup does not hold.`,
          ]
        : [],
  };
};
