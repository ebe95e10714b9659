import { localDay } from '../format/local-day';
import { PLAN_ROW_ID, type PlanRow } from './plan-schema';

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

/**
 * The plan after the interview date is set. A moved date keeps the plan's start and its ticks;
 * once the old date has passed (or with no plan yet), a new plan starts today.
 */
export function withInterviewDate(
  plan: PlanRow | null,
  interviewDate: string,
  frameworkId: string,
  now: number,
): PlanRow {
  const today = localDay(now);
  if (plan && plan.interviewDate >= today) return { ...plan, interviewDate, updatedAt: now };
  return {
    id: PLAN_ROW_ID,
    interviewDate,
    startDate: today,
    frameworkId,
    track: plan?.track ?? 'engineer',
    chosenLength: null,
    ticked: [],
    unticked: [],
    updatedAt: now,
  };
}

/**
 * A task ticked or unticked by hand. `seen` says whether the product already counts the task
 * done from what the candidate did: a hand tick is kept only where the product sees nothing, and
 * a hand untick only where it does, so each list holds just the overrides.
 */
export function withTicked(plan: PlanRow, taskId: string, ticked: boolean, seen: boolean): PlanRow {
  return {
    ...plan,
    ticked:
      ticked && !seen ? [...without(plan.ticked, taskId), taskId] : without(plan.ticked, taskId),
    unticked:
      !ticked && seen
        ? [...without(plan.unticked, taskId), taskId]
        : without(plan.unticked, taskId),
  };
}
