import type { Framework } from './framework-schema';
import { moreFrameworks } from './more-frameworks';
import { netflixValues } from './netflix-values';

/** Shipped frameworks, default first so lists and fallbacks agree on it. */
export const builtinFrameworks: readonly Framework[] = [netflixValues, ...moreFrameworks];

export const DEFAULT_FRAMEWORK_ID = netflixValues.id;

export function findFramework(frameworks: readonly Framework[], id: string): Framework | undefined {
  return frameworks.find((f) => f.id === id);
}
