import type { Recording, RecordingPause } from './recording-schema';

type Span = Pick<Recording, 'startedAt' | 'endedAt' | 'lastChunkAt' | 'pauses'>;

/**
 * The last wall-clock moment the recording holds: when it stopped, or for one still being written
 * or cut short by a closed tab, its newest chunk.
 */
export function recordingEndAt(rec: Span): number {
  return rec.endedAt ?? rec.lastChunkAt ?? rec.startedAt;
}

/** Paused time inside [from, to]; an open pause runs until `end`. */
export function pausedBetween(
  pauses: readonly RecordingPause[],
  from: number,
  to: number,
  end: number,
): number {
  let total = 0;
  for (const p of pauses) {
    const a = Math.max(p.at, from);
    const b = Math.min(p.until ?? end, to);
    if (b > a) total += b - a;
  }
  return total;
}

/**
 * Where a wall-clock moment sits in the recording (ms from its first frame), or null when the
 * recorder was not running yet or had already stopped. A moment inside a pause maps to the point
 * where the pause began, since nothing was recorded while paused.
 */
export function recordingMsAt(rec: Span, wall: number): number | null {
  const end = recordingEndAt(rec);
  if (wall < rec.startedAt || wall > end) return null;
  return wall - rec.startedAt - pausedBetween(rec.pauses, rec.startedAt, wall, end);
}

/** Like recordingMsAt, but a moment before the start or after the end is pulled to the edge. */
export function clampedRecordingMs(rec: Span, wall: number): number {
  const end = recordingEndAt(rec);
  return recordingMsAt(rec, Math.min(end, Math.max(rec.startedAt, wall))) ?? 0;
}

/** How long the recording plays: wall time from start to end, less the pauses. */
export function recordedDurationMs(rec: Span): number {
  return recordingMsAt(rec, recordingEndAt(rec)) ?? 0;
}

/**
 * The wall-clock moment when `elapsedMs` of a clock that started at `startAt` had run, with the
 * clock stopped during the given pauses (the round's pauses, which the recording shares).
 */
export function wallAtElapsed(
  startAt: number,
  elapsedMs: number,
  pauses: readonly RecordingPause[],
  end: number,
): number {
  let wall = startAt + elapsedMs;
  const sorted = [...pauses].sort((a, b) => a.at - b.at);
  for (const p of sorted) {
    const until = p.until ?? end;
    if (until <= startAt) continue;
    if (p.at > wall) break;
    wall += until - Math.max(p.at, startAt);
  }
  return wall;
}

/** Opens or closes a pause in the list; repeated calls in the same state change nothing. */
export function withPause(pauses: readonly RecordingPause[], paused: boolean, now: number) {
  const open = pauses.at(-1)?.until === null;
  if (paused === open) return [...pauses];
  if (paused) return [...pauses, { at: now, until: null }];
  return pauses.map((p, i) => (i === pauses.length - 1 ? { ...p, until: now } : p));
}
