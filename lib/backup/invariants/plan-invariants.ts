import { isValidDay } from '../../plan/day-math';
import { rehearsalMs, REHEARSAL_MS_MAX } from '../../plan/plan-bounds';
import type { HourEntry, PlanRow, ReadinessRow, Rehearsal } from '../../plan/plan-schema';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';
import { countOf } from '../../format/count-of';

/** "2026-02-31" is not a day: the browser would quietly read it as 3 March. */
function dayProblem(day: string): string | null {
  return isValidDay(day) ? null : `is "${day}", which is not a day of the calendar`;
}

/**
 * Only what the app could never have stored is refused: a day that is not in the calendar (the
 * browser would quietly read "2026-02-31" as 3 March). A far interview date, which the date form
 * now refuses, may be in data saved before it did, and is kept.
 */
export const checkPlans: TableCheck<PlanRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((p, i) => {
    for (const key of ['interviewDate', 'startDate'] as const) {
      const problem = dayProblem(p[key]);
      if (problem) problems.push({ path: [i, key], message: problem });
    }
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
    rows: long ? rows.map((r) => ({ ...r, durationMs: rehearsalMs(r.durationMs) })) : rows,
    repairs: long
      ? [
          `Counted ${countOf(long, 'story rehearsal')} longer than ${REHEARSAL_MS_MAX / 60_000} minutes as ${REHEARSAL_MS_MAX / 60_000} minutes.`,
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
