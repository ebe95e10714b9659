import { daysBetween, isValidDay } from '../../plan/day-math';
import type { HourEntry, PlanRow, ReadinessRow, Rehearsal } from '../../plan/plan-schema';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

/** Further than this, an interview date is a typo or a hand-edited file, not a plan. */
const PLAN_DAYS_MAX = 2 * 366;
/** A story told aloud once, with its rating: a few minutes, never hours. */
const REHEARSAL_MS_MAX = 3 * 60 * 60_000;

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

/** "2026-02-31" is not a day: the browser would quietly read it as 3 March. */
function dayProblem(day: string): string | null {
  return isValidDay(day) ? null : `is "${day}", which is not a day of the calendar`;
}

export const checkPlans: TableCheck<PlanRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((p, i) => {
    for (const key of ['interviewDate', 'startDate'] as const) {
      const problem = dayProblem(p[key]);
      if (problem) problems.push({ path: [i, key], message: problem });
    }
    if (isValidDay(p.interviewDate) && daysBetween(today(ctx.now), p.interviewDate) > PLAN_DAYS_MAX)
      problems.push({
        path: [i, 'interviewDate'],
        message: `is ${p.interviewDate}, more than two years from today (${today(ctx.now)})`,
      });
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

export const checkRehearsals: TableCheck<Rehearsal> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((r, i) => {
    if (!Number.isFinite(r.durationMs) || r.durationMs > REHEARSAL_MS_MAX)
      problems.push({
        path: [i, 'durationMs'],
        message: `is ${r.durationMs} ms; one telling of a story lasts minutes, not over 3 hours`,
      });
    checkTimes(problems, i, [[['at'], r.at, 'record']], ctx.now);
  });
  return { problems, rows, repairs: [] };
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
