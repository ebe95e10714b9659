import type { Session } from '../../practice/session-schema';
import { sessionProblems, sessionTimes } from '../../practice/session-health';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

/** Rounds must be ones the live coach can show, with times inside sane bounds. */
export const checkSessions: TableCheck<Session> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((s, i) => {
    for (const p of sessionProblems(s)) problems.push({ path: [i, ...p.path], message: p.message });
    checkTimes(problems, i, sessionTimes(s), ctx.now);
  });
  return { problems, rows, repairs: [] };
};
