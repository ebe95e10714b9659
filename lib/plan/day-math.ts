import * as z from 'zod/mini';

/** A calendar day as the candidate sees it ("2026-12-28"); plans never depend on the hour. */
export const isoDaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
export type IsoDay = string;

const DAY_MS = 86_400_000;

function toUtcMs(day: IsoDay): number {
  const [y, m, d] = day.split('-').map(Number);
  // Not Date.UTC: it reads years 0–99 as 1900–1999, and a date field gives "0024-05-01" for a
  // year typed as "24".
  const t = new Date(0);
  t.setUTCFullYear(y!, m! - 1, d!);
  return t.getTime();
}

export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const ms = toUtcMs(day);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return new Date(toUtcMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function formatDay(day: IsoDay): string {
  return new Date(toUtcMs(day)).toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
