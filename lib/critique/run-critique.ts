import { critiqueJsonSchemas } from './critique-json-schema';
import { CRITIQUE_INSTRUCTIONS } from './critique-prompt';
import type { CritiqueKind, CritiqueOf } from './critique-schema';
import { guardCritique } from './guard-critique';
import type { Availability, LanguageModelApi } from './language-model-api';
import { promptOnDevice, type PromptFailure, type PromptRunOptions } from './prompt-on-device';

export type CritiqueOutcome<K extends CritiqueKind> =
  | { ok: true; critique: CritiqueOf<K>; droppedQuotes: number; availability: Availability }
  | { ok: false; reason: PromptFailure | 'refused'; message: string };

/**
 * Asks the on-device model for one critique of `kind` and passes the reply through the guard:
 * the schema goes out as `responseConstraint`, and what comes back is shown only if it is the
 * right shape, short, and quotes only the candidate's own words (`sources`).
 */
export async function runCritique<K extends CritiqueKind>(
  lm: LanguageModelApi | null,
  kind: K,
  input: string,
  sources: readonly string[],
  options: PromptRunOptions,
): Promise<CritiqueOutcome<K>> {
  const outcome = await promptOnDevice(
    lm,
    { instructions: CRITIQUE_INSTRUCTIONS, input, schema: critiqueJsonSchemas[kind] },
    options,
  );
  if (!outcome.ok) return outcome;
  const guarded = guardCritique(kind, outcome.reply, sources);
  if (!guarded.ok) return { ok: false, reason: 'refused', message: guarded.message };
  return { ...guarded, availability: outcome.availability };
}
