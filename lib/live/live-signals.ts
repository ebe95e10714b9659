import type { Utterance } from '../captions/utterance-schema';
import { elapsedMs, isPaused } from '../practice/round-clock';
import { pausesOf, spokenWhileRunning } from '../practice/round-pauses';
import type { Session } from '../practice/session-schema';
import { answerSignals, type SignalValue } from '../signals/answer-signals';
import { liveCue } from '../signals/live-cue';
import type { AnswerSignals, LiveCue } from '../signals/signals-schema';
import type { TokenCache } from '../signals/token-cache';
import { answerEndAt, answerIndexAt } from './utterance-log';

/**
 * The current answer's signals for the live cue: text still being recognised counts (each id
 * once, at its latest revision), since a platform may settle a block long after the words.
 */
export function currentAnswerSignals(
  utterances: readonly Utterance[],
  values: readonly SignalValue[] | undefined,
  /** The current answer's start (null before it starts) and end (null while it runs). */
  start: number | null,
  end: number | null,
  tokens?: TokenCache,
): AnswerSignals | null {
  if (start === null || !values || utterances.length === 0) return null;
  return answerSignals({
    utterances,
    values,
    answerStart: start,
    answerEnd: end ?? undefined,
    // The newest caption's end is as late as "now" needs to be for what has been heard.
    now: utterances.reduce((t, u) => Math.max(t, u.end), start),
    includeOpen: true,
    tokens,
  });
}

/**
 * The stored record of each answer the candidate's settled captions fall in: only settled text
 * counts. Answers whose signals are unchanged since `stored` (answer key → JSON last written)
 * are left out, so a write happens only when the record would change; `stored` is updated.
 */
export function signalsToStore(
  session: Session,
  utterances: readonly Utterance[],
  values: readonly SignalValue[],
  now: number,
  stored: Map<string, string>,
  tokens?: TokenCache,
): { index: number; signals: AnswerSignals }[] {
  // What was said while the round was paused is not part of any answer.
  const spoken = spokenWhileRunning(pausesOf(session), utterances);
  const finals = spoken.filter((u) => u.final && u.isSelf);
  const touched = new Set(
    finals.map((u) => answerIndexAt(session.answers, u.start)).filter((i) => i >= 0),
  );
  const out: { index: number; signals: AnswerSignals }[] = [];
  for (const index of touched) {
    const a = session.answers[index];
    if (!a || a.clock.startedAt === null) continue;
    const signals = answerSignals({
      utterances: spoken,
      values,
      answerStart: a.clock.startedAt,
      answerEnd: a.durationMs === null ? undefined : answerEndAt(a),
      now,
      tokens,
    });
    const key = `${session.id}:${index}`;
    const json = JSON.stringify(signals);
    if (stored.get(key) === json) continue;
    stored.set(key, json);
    out.push({ index, signals });
  }
  return out;
}

/**
 * A key that changes only when the settled record could: the round, the framework's values and
 * the settled revisions. Open text changes many times a second; the stored record does not.
 */
export function settledKey(
  session: Session,
  utterances: readonly Utterance[],
  values: readonly SignalValue[],
): string {
  const finals = utterances.filter((u) => u.final && u.isSelf);
  return `${session.id}|${session.pauses?.length ?? 0}|${values.map((v) => v.id).join(',')}|${finals.map((u) => `${u.id}:${u.revision}`).join(',')}`;
}

/** The one cue the panel may show now, while captions work and the current answer runs. */
export function currentCue(
  active: boolean,
  signals: AnswerSignals | null,
  session: Session | null | undefined,
  now: number,
): LiveCue | null {
  const answer = session?.answers[session.currentIndex];
  if (!active || !signals || !answer || session?.status !== 'active') return null;
  if (answer.status !== 'current') return null;
  // Paused, the answer is on hold (a question aside, a break): no nudge about it meanwhile.
  if (isPaused(session.clock)) return null;
  const elapsed = elapsedMs(answer.clock, now);
  return liveCue({
    signals,
    answerElapsedMs: elapsed,
    targetMs: session.targetMs,
    maxMs: session.maxMs,
    // Hedge times are wall-clock offsets; elapsed time leaves pauses out. Shifting every hedge
    // by the paused total measures "the last minute" in speaking time after the last pause;
    // hedges from before a pause fall out of the run, which is intended: a break resets it.
    recentHedgeTimes: signals.hedgeTimesMs.map(
      (h) => h - (now - (answer.clock.startedAt ?? now) - elapsed),
    ),
  });
}
