import { localDay } from '../../format/local-day';
import { daysBetween, isValidDay } from '../../plan/day-math';
import { interviewDateProblem, REHEARSAL_MS_MAX } from '../../plan/plan-bounds';
import type { HourEntry, PlanRow, ReadinessRow, Rehearsal } from '../../plan/plan-schema';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

// The plan's form takes "today" where the user is; so does the check of a file.
const today = (now: number) => localDay(now);

/** "2026-02-31" is not a day: the browser would quietly read it as 3 March. */
function dayProblem(day: string): string | null {
  return isValidDay(day) ? null : `is "${day}", which is not a day of the calendar`;
}

export const checkPlans: TableCheck<PlanRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((p, i) => {
    // The same rule as the plan's date form, so a backup holds only dates the app could store.
    const dateProblem = interviewDateProblem(p.interviewDate, today(ctx.now));
    if (dateProblem)
      problems.push({
        path: [i, 'interviewDate'],
        message:
          dateProblem === 'too-far'
            ? `is ${p.interviewDate}, more than two years from today (${today(ctx.now)})`
            : dayProblem(p.interviewDate)!,
      });
    const startProblem = dayProblem(p.startDate);
    if (startProblem) problems.push({ path: [i, 'startDate'], message: startProblem });
    if (isValidDay(p.startDate) && daysBetween(today(ctx.now), p.startDate) > 1)
      problems.push({
        path: [i, 'startDate'],
        message: `is ${p.startDate}, after today (${today(ctx.now)}): a plan starts when it is made`,
      });
    checkTimes(problems, i, [[['updatedAt'], p.updatedAt, 'record']], ctx.now);
  });
  return { problems, rows, repairs: [] };
};

export const checkHourEntries: TableCheck<HourEntry> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((h, i) => {
    const problem = dayProblem(h.day);
    if (problem) problems.push({ path: [i, 'day'], message: problem });
    checkTimes(problems, i, [[['createdAt'], h.createdAt, 'record']], ctx.now);
  });
  return { problems, rows, repairs: [] };
};

/** A telling counts for at most REHEARSAL_MS_MAX, as the app stores it: longer ones are capped. */
export const checkRehearsals: TableCheck<Rehearsal> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((r, i) => checkTimes(problems, i, [[['at'], r.at, 'record']], ctx.now));
  const long = rows.filter((r) => r.durationMs > REHEARSAL_MS_MAX).length;
  return {
    problems,
    rows: long
      ? rows.map((r) => ({ ...r, durationMs: Math.min(r.durationMs, REHEARSAL_MS_MAX) }))
      : rows,
    repairs: long
      ? [
          `Counted ${long} story rehearsal${long === 1 ? '' : 's'} longer than ${REHEARSAL_MS_MAX / 60_000} minutes as ${REHEARSAL_MS_MAX / 60_000} minutes.`,
        ]
      : [],
  };
};

export const checkReadiness: TableCheck<ReadinessRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((r, i) => {
    const problem = r.compResearchedOn === '' ? null : dayProblem(r.compResearchedOn);
    if (problem) problems.push({ path: [i, 'compResearchedOn'], message: problem });
    checkTimes(problems, i, [[['updatedAt'], r.updatedAt, 'record']], ctx.now);
  });
  return { problems, rows, repairs: [] };
};
