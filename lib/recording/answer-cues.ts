import { HEDGE_RUN_WINDOW_MS, liveCue, NAME_VALUE_AFTER_MS } from '../signals/live-cue';
import type { AnswerSignals, LiveCue } from '../signals/signals-schema';

interface CueMoment {
  cue: LiveCue;
  /** Answer time (pauses left out) when the cue first showed. */
  elapsedMs: number;
}

interface AnswerCuesInput {
  signals: AnswerSignals;
  durationMs: number;
  targetMs: number;
  maxMs: number;
  /** Converts a hedge's wall-clock offset from the answer start into answer time. */
  toElapsed?: (wallOffsetMs: number) => number;
}

/**
 * The cues the coach showed during one answer, in order, worked out again from what was stored:
 * the live cue is a pure function of answer time and the signals, and it can only change at a
 * few moments (the target, the maximum, the value deadline, a hedge said or dropping out of the
 * window). Each change to a new cue is one moment on the replay timeline.
 */
export function answerCues(input: AnswerCuesInput): CueMoment[] {
  const { signals, durationMs } = input;
  const toElapsed = input.toElapsed ?? ((ms: number) => ms);
  const hedges = signals.hedgeTimesMs.map(toElapsed);
  const candidates = new Set<number>([0, NAME_VALUE_AFTER_MS, input.targetMs + 1, input.maxMs + 1]);
  for (const h of hedges) {
    candidates.add(h);
    candidates.add(h + HEDGE_RUN_WINDOW_MS);
  }
  const times = [...candidates].filter((t) => t >= 0 && t <= durationMs).sort((a, b) => a - b);
  const moments: CueMoment[] = [];
  let shown: string | null = null;
  for (const t of times) {
    const cue = liveCue({
      signals: {
        // A value named later than this moment had not been named yet.
        firstValueNamed:
          signals.firstValueNamed && toElapsed(signals.firstValueNamed.atMs) <= t
            ? signals.firstValueNamed
            : null,
        hedgeTimesMs: hedges,
      },
      answerElapsedMs: t,
      targetMs: input.targetMs,
      maxMs: input.maxMs,
    });
    const id = cue?.id ?? null;
    if (cue && id !== shown) moments.push({ cue, elapsedMs: t });
    shown = id;
  }
  return moments;
}
