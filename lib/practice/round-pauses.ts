import { PAUSES_MAX } from './answer-limits';
import type { Session } from './session-schema';

/** When a round was paused: its ended pauses, and the start of the one it is in now, if any. */
interface RoundPauses {
  ended: Session['pauses'];
  openSince: number | null;
}

export function pausesOf(round: Pick<Session, 'status' | 'clock' | 'pauses'>): RoundPauses {
  // A finished round's clock is stopped at its end, which is not a pause.
  return {
    ended: round.pauses,
    openSince: round.status === 'active' ? round.clock.pausedAt : null,
  };
}

/** The round's pauses with one more, ended now; past PAUSES_MAX the newest are kept. */
export function withEndedPause(
  pauses: Session['pauses'],
  pausedAt: number,
  now: number,
): [number, number][] {
  const all: [number, number][] = [...(pauses ?? []), [pausedAt, Math.max(pausedAt, now)]];
  return all.slice(-PAUSES_MAX);
}

/** Whether something begun at `at` was said while the round was paused. */
function heardWhilePaused({ ended, openSince }: RoundPauses, at: number): boolean {
  if (openSince !== null && at >= openSince) return true;
  return (ended ?? []).some(([from, to]) => at >= from && at < to);
}

/**
 * The utterances begun while the round ran, not during one of its pauses. An utterance begun
 * before a pause keeps what was added to it during the pause: captions carry no time per word.
 */
export function spokenWhileRunning<T extends { start: number }>(
  pauses: RoundPauses,
  utterances: readonly T[],
): readonly T[] {
  if (!pauses.ended?.length && pauses.openSince === null) return utterances;
  return utterances.filter((u) => !heardWhilePaused(pauses, u.start));
}

/**
 * How long the round stood paused in all. The ended pauses count a pause the round finished in,
 * which the clock's total leaves out; the clock's total counts pauses from before each was kept.
 */
export function pausedTotalMs(round: Pick<Session, 'clock' | 'pauses'>): number {
  const kept = (round.pauses ?? []).reduce((sum, [from, to]) => sum + Math.max(0, to - from), 0);
  return Math.max(kept, round.clock.pausedMs);
}
