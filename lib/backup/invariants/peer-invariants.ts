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

/** A sealed vote's seal (in seconds, as its block carries it) and storage times are real dates. */
export const checkVotes: TableCheck<VoteRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((v, i) =>
    checkTimes(
      problems,
      i,
      [
        [['sealedAt'], v.sealedAt * 1000, 'record'],
        [['storedAt'], v.storedAt, 'record'],
      ],
      ctx.now,
    ),
  );
  return { problems, rows, repairs: [] };
};
