import type { Utterance } from '../captions/utterance-schema';
import type { CaptionScript } from '../captions/caption-script';
import { scriptedUtterances, type ScriptedOptions } from './scripted-transcript';

/**
 * One tick of the scripted demo: the utterance revisions not sent yet at `elapsed` ms (`sent`
 * holds the newest revision sent per id, and is updated), and whether the script is over.
 */
export function scriptTick(
  script: CaptionScript,
  elapsed: number,
  options: ScriptedOptions,
  doneAfter: number,
  sent: Map<string, number>,
): { emit: Utterance[]; done: boolean } {
  const emit: Utterance[] = [];
  for (const u of scriptedUtterances(script, elapsed, options)) {
    if ((sent.get(u.id) ?? -1) >= u.revision) continue;
    sent.set(u.id, u.revision);
    emit.push(u);
  }
  return { emit, done: elapsed >= doneAfter };
}
