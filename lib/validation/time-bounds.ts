/** Loopside did not exist before this; an earlier date is a broken clock or a hand-edited file. */
const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** Clocks drift and time zones confuse; more than a day ahead is not drift. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export type TimeKind =
  /** When something was made, saved or finished: a real date. */
  | 'record'
  /** Clock readings and "last done" times, where 0 means never and tests use small numbers. */
  | 'clock';

function day(t: number): string {
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? String(t) : d.toISOString().slice(0, 10);
}

/**
 * What is wrong with a stored time, in words, or null. A far-future time shows as "Invalid Date",
 * breaks exports, and makes a story win every later merge, so it is refused rather than kept.
 */
export function timeProblem(t: number, now: number, kind: TimeKind): string | null {
  if (!Number.isFinite(t)) return 'is not a time';
  if (t > now + FUTURE_SLACK_MS) {
    return `is ${day(t)}, more than a day after today (${day(now)})`;
  }
  if (kind === 'record' && t < EARLIEST_TIME) return `is ${day(t)}, before the year 2000`;
  if (kind === 'clock' && t < 0) return `is ${day(t)}, before 1970`;
  return null;
}
