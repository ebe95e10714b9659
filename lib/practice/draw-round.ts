import type { Framework } from '../frameworks/framework-schema';
import type { PromptMarks } from '../settings/settings';
import { newRound } from './new-round';
import { applyPromptMarks } from './prompt-marks';
import type { RoleTrack } from './round-topics';
import type { Session } from './session-schema';

export interface RoundRequest {
  framework: Framework;
  presetId: string;
  minutes?: number;
  valueIds?: string[];
  role?: RoleTrack;
  /** How many prompts to draw (a cold-start drill asks one). */
  count?: number;
  /** Overrides the preset's name in the record ("Cold start drill"). */
  presetName?: string;
}

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
