import { daysBetween, isValidDay, type IsoDay } from './day-math';

/** Further than this, an interview date is a typo, not a plan. */
const PLAN_DAYS_MAX = 2 * 366;
/**
 * One telling of a story counts for at most this long: a card left open overnight is not hours
 * of practice.
 */
export const REHEARSAL_MS_MAX = 30 * 60_000;

/** Why `day` cannot be the interview date of a plan made on `today`, or null. */
export function interviewDateProblem(day: string, today: IsoDay): 'not-a-day' | 'too-far' | null {
  if (!isValidDay(day)) return 'not-a-day';
  if (daysBetween(today, day) > PLAN_DAYS_MAX) return 'too-far';
  return null;
}

/** How long a rehearsal counts for. */
export const rehearsalMs = (ms: number) => Math.min(Math.max(0, ms), REHEARSAL_MS_MAX);
