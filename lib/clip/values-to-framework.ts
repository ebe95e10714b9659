import { commonProbes } from '../frameworks/common-probes';
import { parseFramework, type ParseFrameworkResult } from '../frameworks/parse-framework';

export interface DraftValue {
  name: string;
  definition: string;
  /** One prompt per line, as the user typed them; empty means generic prompts. */
  prompts: string;
}

export interface FrameworkDraft {
  name: string;
  source: string;
  values: DraftValue[];
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');

/** Prompts to start from when the user adds none, written around the value's own name. */
export function genericPrompts(name: string): string[] {
  return [
    `Tell me about a time you showed ${name} when it would have been easier not to.`,
    `Describe a decision where ${name} pulled against another priority. What did you do, and what happened?`,
    `When did someone else's ${name} change how you worked? What did you take from it?`,
  ];
}

/**
 * Turns an edited draft into a framework pack and runs it through the same validation as an
 * imported pack, so a framework made from a page can never be something an import would refuse.
 */
export function draftToFramework(draft: FrameworkDraft): ParseFrameworkResult {
  const usedIds = new Set<string>();
  const values = draft.values
    .filter((v) => v.name.trim() || v.definition.trim())
    .map((v, i) => {
      let id = slug(v.name) || `value-${i + 1}`;
      while (usedIds.has(id)) id = `${id.slice(0, 56)}-${i + 1}`;
      usedIds.add(id);
      const own = v.prompts
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
      return {
        id,
        name: v.name.trim(),
        definition: v.definition.trim(),
        synonyms: [v.name.trim().toLowerCase()].filter(Boolean),
        prompts: own.length ? own : genericPrompts(v.name.trim() || 'this value'),
      };
    });
  const id = `clip-${slug(draft.name) || 'framework'}`.slice(0, 64).replace(/-+$/, '');
  return parseFramework({
    id,
    name: draft.name.trim(),
    source: draft.source.trim(),
    coreValueIds: [],
    values,
    probes: commonProbes,
  });
}
