import type { InterviewRun, VoteRow } from '../../peer/loop-schema';
import { runProblems, runTimes } from '../../peer/run-health';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

/** An interviewer's runs must be ones their view can show, with times inside sane bounds. */
export const checkInterviews: TableCheck<InterviewRun> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((run, i) => {
    for (const p of runProblems(run)) problems.push({ path: [i, ...p.path], message: p.message });
    checkTimes(problems, i, runTimes(run), ctx.now);
  });
  return { problems, rows, repairs: [] };
};

/**
 * When a vote was stored here is a real date. When it was sealed is not checked: that time comes
 * from the interviewer's computer, whose clock may be wrong, and the vote was accepted as pasted.
 */
export const checkVotes: TableCheck<VoteRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((v, i) => checkTimes(problems, i, [[['storedAt'], v.storedAt, 'record']], ctx.now));
  return { problems, rows, repairs: [] };
};
