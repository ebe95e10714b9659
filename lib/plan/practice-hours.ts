import { elapsedMs } from '../practice/round-clock';
import type { Session } from '../practice/session-schema';
import type { IsoDay } from './day-math';
import type { HourEntry, Rehearsal } from './plan-schema';

/** The range of targeted practice successful candidates report. */
export const HOURS_LOW = 40;
export const HOURS_HIGH = 60;
/** A round left running overnight is not twelve hours of practice. */
const MAX_ROUND_MS = 3 * 60 * 60_000;

export interface HoursSummary {
  roundsMinutes: number;
  rehearsalMinutes: number;
  manualMinutes: number;
  totalHours: number;
  /** Share of the low end of the range, 0–1. */
  progress: number;
  status: 'below' | 'in-range' | 'above';
  byDay: { day: IsoDay; minutes: number }[];
}

const roundMs = (s: Session) =>
  Math.min(elapsedMs(s.clock, s.finishedAt ?? s.clock.pausedAt ?? s.createdAt), MAX_ROUND_MS);

export function practiceHours(
  sessions: readonly Session[],
  manual: readonly HourEntry[],
  rehearsals: readonly Rehearsal[],
  dayOf: (ms: number) => IsoDay,
): HoursSummary {
  const byDay = new Map<IsoDay, number>();
  const add = (day: IsoDay, min: number) => byDay.set(day, (byDay.get(day) ?? 0) + min);
  let roundsMinutes = 0;
  for (const s of sessions) {
    if (s.status !== 'finished') continue;
    const min = roundMs(s) / 60_000;
    roundsMinutes += min;
    add(dayOf(s.finishedAt ?? s.createdAt), min);
  }
  let rehearsalMinutes = 0;
  for (const r of rehearsals) {
    const min = r.durationMs / 60_000;
    rehearsalMinutes += min;
    add(dayOf(r.at), min);
  }
  let manualMinutes = 0;
  for (const m of manual) {
    manualMinutes += m.minutes;
    add(m.day, m.minutes);
  }
  const totalHours = (roundsMinutes + rehearsalMinutes + manualMinutes) / 60;
  return {
    roundsMinutes: Math.round(roundsMinutes),
    rehearsalMinutes: Math.round(rehearsalMinutes),
    manualMinutes,
    totalHours: Math.round(totalHours * 10) / 10,
    progress: Math.min(1, totalHours / HOURS_LOW),
    status: totalHours < HOURS_LOW ? 'below' : totalHours > HOURS_HIGH ? 'above' : 'in-range',
    byDay: [...byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, minutes]) => ({ day, minutes: Math.round(minutes) })),
  };
}

export function formatMinutes(min: number): string {
  const h = Math.floor(min / 60);
  const m = Math.round(min % 60);
  return h ? `${h} h ${m} min` : `${m} min`;
}
