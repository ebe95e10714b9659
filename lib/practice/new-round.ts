import type { Framework } from '../frameworks/framework-schema';
import { findPreset } from './round-presets';
import type { RoleTrack } from './round-topics';
import { createSession, startSession } from './session-actions';
import type { Session } from './session-schema';
import { selectPrompts } from './select-prompts';

export interface NewRoundInput {
  id: string;
  framework: Framework;
  presetId: string;
  minutes?: number;
  valueIds?: string[];
  role?: RoleTrack;
  /** Prompts to draw; the preset's default when omitted. */
  count?: number;
  seed: number;
  now: number;
}

/** A started round: prompts drawn for the preset, round and first answer clocks running. */
export function newRound(input: NewRoundInput): Session {
  const preset = findPreset(input.presetId);
  if (!preset) throw new Error(`Unknown round type "${input.presetId}".`);
  const minutes = Math.min(
    Math.max(input.minutes ?? preset.minutes, preset.minMinutes),
    preset.maxMinutes,
  );
  const prompts = selectPrompts({
    framework: input.framework,
    presetId: preset.id,
    seed: input.seed,
    valueIds: input.valueIds,
    role: input.role,
    count: input.count,
  });
  if (prompts.length === 0) throw new Error('No prompts could be drawn for this round.');
  const session = createSession({
    id: input.id,
    frameworkId: input.framework.id,
    frameworkName: input.framework.name,
    presetId: preset.id,
    presetName: preset.name,
    minutes,
    seed: input.seed,
    prompts,
    now: input.now,
  });
  return startSession(session, input.now);
}
