import type { Utterance } from '../captions/utterance-schema';

/** Past this many utterances the oldest are dropped: an hour-long call must not grow memory. */
const UTTERANCE_LOG_LIMIT = 2_000;

/**
 * Keeps the highest revision of each utterance id. Returns a new map only when something changed,
 * so callers can use identity to decide whether to recompute.
 */
export function mergeUtterance(
  log: ReadonlyMap<string, Utterance>,
  u: Utterance,
  limit = UTTERANCE_LOG_LIMIT,
): ReadonlyMap<string, Utterance> {
  const prev = log.get(u.id);
  if (prev && prev.revision >= u.revision) return log;
  const next = new Map(log);
  next.set(u.id, u);
  while (next.size > limit) {
    const oldest = next.keys().next().value;
    if (oldest === undefined) break;
    next.delete(oldest);
  }
  return next;
}

/** Speakers seen so far, in order of first appearance, for the "this is me" choice. */
export function speakersSeen(log: ReadonlyMap<string, Utterance>): string[] {
  const seen = new Set<string>();
  for (const u of log.values()) if (u.speaker.trim()) seen.add(u.speaker);
  return [...seen];
}

/**
 * When a closed answer ended on the wall clock. Moving on pauses the answer's clock at that moment;
 * start + duration would come too early whenever the round was paused mid-answer.
 */
export function answerEndAt(a: {
  clock: { startedAt: number | null; pausedAt: number | null };
  durationMs: number | null;
}): number {
  return a.clock.pausedAt ?? (a.clock.startedAt ?? 0) + (a.durationMs ?? 0);
}

/** Which answer window an utterance falls in: [clock start, start + frozen duration or open-ended]. */
export function answerIndexAt(
  answers: readonly {
    clock: { startedAt: number | null; pausedAt: number | null };
    durationMs: number | null;
  }[],
  at: number,
): number {
  for (let i = answers.length - 1; i >= 0; i--) {
    const a = answers[i]!;
    if (a.clock.startedAt === null || at < a.clock.startedAt) continue;
    // Captions settle a moment after the words; allow a short grace after the answer closed.
    const end = a.durationMs === null ? Infinity : answerEndAt(a) + 5_000;
    return at <= end ? i : -1;
  }
  return -1;
}
