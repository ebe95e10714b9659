import type { PromptMarks } from '../settings/settings';
import { newRound, type NewRoundInput } from './new-round';
import { applyPromptMarks } from './prompt-marks';
import type { Session } from './session-schema';

/** What a start asks for: a new round's input without its id, seed and time, and a name to show. */
export type RoundRequest = Omit<NewRoundInput, 'id' | 'seed' | 'now'> & {
  /** Overrides the preset's name in the record ("Cold start drill"). */
  presetName?: string;
};

/**
 * The one way a round is drawn, whether the panel, the prompt library or the plan starts it:
 * prompts marked "drill" come first and prompts marked "out" never, then the preset's own rules.
 */
export function drawRound(
  req: RoundRequest,
  marks: PromptMarks,
  at: { id: string; seed: number; now: number },
): Session {
  const drawn = newRound({
    id: at.id,
    framework: applyPromptMarks(req.framework, marks),
    count: req.count,
    presetId: req.presetId,
    minutes: req.minutes,
    valueIds: req.valueIds,
    role: req.role,
    seed: at.seed,
    now: at.now,
  });
  return req.presetName ? { ...drawn, presetName: req.presetName } : drawn;
}
