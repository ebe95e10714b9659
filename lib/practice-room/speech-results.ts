import type { Utterance } from '../captions/utterance-schema';
import { UTTERANCE_TEXT_MAX } from '../captions/utterance-limits';

/** One recogniser result, flattened from the browser's result list. */
export interface HeardResult {
  text: string;
  final: boolean;
}

/** Latest utterance per result index within one recognition session. */
export type HeardState = ReadonlyMap<number, Utterance>;

interface HeardContext {
  /** Unique per recognition session: result indexes restart at 0 after each restart. */
  sessionId: string;
  now: number;
  speaker?: string;
}

/**
 * Turns the recogniser's results (from `fromIndex`, the first one that changed) into utterance
 * revisions. A result index is one stretch of speech: interim guesses become rising revisions of
 * the same id, and a final result settles it. Unchanged results emit nothing.
 */
export function applyHeardResults(
  state: HeardState,
  results: readonly HeardResult[],
  fromIndex: number,
  ctx: HeardContext,
): { state: HeardState; changed: Utterance[] } {
  const changed: Utterance[] = [];
  let next: Map<number, Utterance> | null = null;
  for (let i = Math.max(0, fromIndex); i < results.length; i++) {
    const r = results[i];
    if (!r) continue;
    const text = r.text.trim().slice(0, UTTERANCE_TEXT_MAX);
    const prev = state.get(i);
    if (prev?.final) continue;
    if (prev ? prev.text === text && !r.final : text === '') continue;
    const u: Utterance = {
      id: `${ctx.sessionId}-${i}`,
      revision: prev ? prev.revision + 1 : 0,
      speaker: ctx.speaker ?? 'You',
      isSelf: true,
      text,
      start: prev?.start ?? ctx.now,
      end: ctx.now,
      final: r.final,
    };
    next ??= new Map(state);
    next.set(i, u);
    changed.push(u);
  }
  return { state: next ?? state, changed };
}
