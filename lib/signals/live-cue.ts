import type { AnswerSignals, LiveCue } from './signals-schema';

/** After this long without naming a value, the panel nudges the candidate to name one. */
export const NAME_VALUE_AFTER_MS = 90_000;
const HEDGE_RUN_COUNT = 3;
export const HEDGE_RUN_WINDOW_MS = 60_000;

interface LiveCueInput {
  signals: Pick<AnswerSignals, 'firstValueNamed' | 'hedgeTimesMs'>;
  answerElapsedMs: number;
  targetMs: number;
  maxMs: number;
  /** Hedge times as offsets from the answer start; defaults to the signals' own. */
  recentHedgeTimes?: readonly number[];
}

const CUES = {
  'over-max': {
    id: 'over-max',
    tone: 'warn',
    text: 'Over time. Give the result in one sentence and stop.',
  },
  'name-value': { id: 'name-value', tone: 'info', text: 'Say which value you were acting on.' },
  'past-target': {
    id: 'past-target',
    tone: 'info',
    text: 'Past your target. Head for the result.',
  },
  hedging: { id: 'hedging', tone: 'info', text: 'Take a side: say what you decided and why.' },
} as const satisfies Record<LiveCue['id'], LiveCue>;

/**
 * The single cue worth showing mid-answer, or null. One at a time, most urgent first, so the
 * candidate is never reading a list while talking.
 */
export function liveCue(input: LiveCueInput): LiveCue | null {
  const { answerElapsedMs: t, signals } = input;
  if (t > input.maxMs) return CUES['over-max'];
  if (signals.firstValueNamed === null && t >= NAME_VALUE_AFTER_MS) return CUES['name-value'];
  if (t > input.targetMs) return CUES['past-target'];
  const times = input.recentHedgeTimes ?? signals.hedgeTimesMs;
  const recent = times.filter((at) => at <= t && at > t - HEDGE_RUN_WINDOW_MS);
  if (recent.length >= HEDGE_RUN_COUNT) return CUES.hedging;
  return null;
}
