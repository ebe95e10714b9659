/**
 * A clock is stored timestamps, never a counter: elapsed = now − start − paused. Closing the panel,
 * switching tabs or a service-worker restart cannot change what it reads.
 */
export interface RoundClock {
  startedAt: number | null;
  /** Total time spent paused before the current pause (ms). */
  pausedMs: number;
  /** Set while paused. */
  pausedAt: number | null;
}

export const idleClock: RoundClock = { startedAt: null, pausedMs: 0, pausedAt: null };

export function startClock(now: number): RoundClock {
  return { startedAt: now, pausedMs: 0, pausedAt: null };
}

export function pauseClock(clock: RoundClock, now: number): RoundClock {
  if (clock.startedAt === null || clock.pausedAt !== null) return clock;
  return { ...clock, pausedAt: now };
}

export function resumeClock(clock: RoundClock, now: number): RoundClock {
  if (clock.startedAt === null || clock.pausedAt === null) return clock;
  return { ...clock, pausedMs: clock.pausedMs + Math.max(0, now - clock.pausedAt), pausedAt: null };
}

export function isPaused(clock: RoundClock): boolean {
  return clock.pausedAt !== null;
}

export function elapsedMs(clock: RoundClock, now: number): number {
  if (clock.startedAt === null) return 0;
  const end = clock.pausedAt ?? now;
  return Math.max(0, end - clock.startedAt - clock.pausedMs);
}

interface Countdown {
  remainingMs: number;
  overtimeMs: number;
  overtime: boolean;
}

export function countdown(limitMs: number, elapsed: number): Countdown {
  const remainingMs = Math.max(0, limitMs - elapsed);
  const overtimeMs = Math.max(0, elapsed - limitMs);
  return { remainingMs, overtimeMs, overtime: elapsed > limitMs };
}

type AnswerBand = 'calm' | 'amber' | 'red';

/** Calm up to the target, amber past it, red past the maximum. */
export function answerBand(elapsed: number, targetMs: number, maxMs: number): AnswerBand {
  if (elapsed > maxMs) return 'red';
  if (elapsed > targetMs) return 'amber';
  return 'calm';
}

/** "4:05", "1:02:03"; negative values are shown as their magnitude. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
