import type { Framework } from '../frameworks/framework-schema';
import type { PromptMark, PromptMarks } from '../settings/settings';

/** Marks follow the prompt's text, so editing a pack's order does not move them to another one. */
export function promptMarkKey(frameworkId: string, valueId: string, prompt: string): string {
  return `${frameworkId}|${valueId}|${prompt}`;
}

export function setMark(marks: PromptMarks, key: string, mark: PromptMark | null): PromptMarks {
  const next = { ...marks };
  if (mark === null) delete next[key];
  else next[key] = mark;
  return next;
}

/**
 * The framework as rounds should draw from it: a value's prompts marked to drill are the only ones
 * drawn for it; prompts left out are never drawn, unless that would leave the value with none (a
 * round can still ask about every value).
 */
export function applyPromptMarks(framework: Framework, marks: PromptMarks): Framework {
  const values = framework.values.map((v) => {
    const markOf = (p: string) => marks[promptMarkKey(framework.id, v.id, p)];
    const drill = v.prompts.filter((p) => markOf(p) === 'drill');
    if (drill.length) return { ...v, prompts: drill };
    const kept = v.prompts.filter((p) => markOf(p) !== 'out');
    return kept.length ? { ...v, prompts: kept } : v;
  });
  return { ...framework, values };
}
