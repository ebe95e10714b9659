import type { Framework } from './framework-schema';
import { netflixValues } from './netflix-values';

/**
 * The frameworks the app offers, in the order every list shows them: the default (part of each
 * page), the other shipped packs once loaded (`null` before), then the user's own.
 */
export function frameworkList(
  more: readonly Framework[] | null,
  custom: readonly Framework[],
): Framework[] {
  return [netflixValues, ...(more ?? []), ...custom];
}

/** The chosen framework (the default when none is chosen), and whether the list holds it yet. */
export function chosenFramework(
  list: readonly Framework[],
  wantedId: string | null,
): { active: Framework; found: boolean } {
  const found = list.find((f) => f.id === (wantedId ?? netflixValues.id));
  return { active: found ?? netflixValues, found: found !== undefined };
}
