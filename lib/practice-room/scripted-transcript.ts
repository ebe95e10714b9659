import type { CaptionScript, CaptionScriptStep } from '../captions/caption-script';
import { UTTERANCE_TEXT_MAX } from '../captions/utterance-limits';
import type { Utterance } from '../captions/utterance-schema';

export interface ScriptedOptions {
  /** Wall-clock time (ms since epoch) the script started playing. */
  startAt: number;
  /** Speaking pace in script time: one more word every `msPerWord`. */
  msPerWord?: number;
  /** Plays the script this many times faster than written (demos and tests). */
  speed?: number;
  /** Keeps ids unique across replays, so a second run is not mistaken for old revisions. */
  idPrefix?: string;
}

const DEFAULT_MS_PER_WORD = 350;

function wordsOf(step: CaptionScriptStep): string[] {
  return step.text.split(/\s+/).filter((w) => w !== '');
}

/** Script time at which a step has been fully said and settles. */
function settlesAt(
  step: CaptionScriptStep,
  next: CaptionScriptStep | undefined,
  msPerWord: number,
) {
  const spoken = step.atMs + wordsOf(step).length * msPerWord;
  // A step cut short by the next one settles when the next begins, as a recogniser would.
  return next ? Math.max(step.atMs, Math.min(spoken, next.atMs)) : spoken;
}

/**
 * The candidate's own script lines as a recogniser would report them `elapsedMs` (wall clock)
 * after `startAt`: one utterance per self step that has begun, words appearing one at a time as
 * rising revisions of a stable id, and a final revision once the step has been fully said.
 */
export function scriptedUtterances(
  script: CaptionScript,
  elapsedMs: number,
  options: ScriptedOptions,
): Utterance[] {
  const msPerWord = options.msPerWord ?? DEFAULT_MS_PER_WORD;
  const speed = options.speed && options.speed > 0 ? options.speed : 1;
  const prefix = options.idPrefix ?? 'script';
  const scriptMs = Math.max(0, elapsedMs) * speed;
  const wall = (ms: number) => options.startAt + ms / speed;
  const out: Utterance[] = [];
  const { steps } = script;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!step || step.atMs > scriptMs) break;
    if (!step.self) continue;
    const words = wordsOf(step);
    if (words.length === 0) continue;
    const doneAt = settlesAt(step, steps[i + 1], msPerWord);
    const final = scriptMs >= doneAt;
    const shown = final
      ? words.length
      : Math.min(words.length, 1 + Math.floor((scriptMs - step.atMs) / msPerWord));
    out.push({
      id: `${prefix}-${i}`,
      // Interim revisions count words; the final one sits just above the last interim.
      revision: final ? words.length : shown - 1,
      speaker: step.speaker,
      isSelf: true,
      text: words.slice(0, shown).join(' ').slice(0, UTTERANCE_TEXT_MAX),
      start: wall(step.atMs),
      end: final ? wall(doneAt) : wall(step.atMs + (shown - 1) * msPerWord),
      final,
    });
  }
  return out;
}

/** Wall-clock time from the start until the last self step has settled. */
export function scriptedDurationMs(
  script: CaptionScript,
  options: Pick<ScriptedOptions, 'msPerWord' | 'speed'> = {},
): number {
  const msPerWord = options.msPerWord ?? DEFAULT_MS_PER_WORD;
  const speed = options.speed && options.speed > 0 ? options.speed : 1;
  let end = 0;
  script.steps.forEach((step, i) => {
    if (step.self) end = Math.max(end, settlesAt(step, script.steps[i + 1], msPerWord));
  });
  return end / speed;
}
