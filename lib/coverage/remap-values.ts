import type { Framework } from '../frameworks/framework-schema';
import { valueNameKey } from './same-value-name';

/**
 * Splits a story's value tags for another framework. A tag naming one of its values is kept, spelt
 * as that framework spells it; the others stay stored on the story and are listed as unmatched so
 * the UI can grey them out rather than lose them.
 */
export function remapStoryValues(
  storyValues: readonly string[],
  framework: Framework,
): { kept: string[]; unmatched: string[] } {
  const byKey = new Map(framework.values.map((v) => [valueNameKey(v.name), v.name]));
  const kept: string[] = [];
  const unmatched: string[] = [];
  for (const tag of storyValues) {
    const name = byKey.get(valueNameKey(tag));
    if (name === undefined) {
      if (!unmatched.includes(tag)) unmatched.push(tag);
    } else if (!kept.includes(name)) {
      kept.push(name);
    }
  }
  return { kept, unmatched };
}
