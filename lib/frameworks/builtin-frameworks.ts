import type { Framework } from './framework-schema';
import { amazonLeadershipPrinciples } from './amazon-leadership-principles';
import { netflixCultureMemo2024 } from './netflix-culture-memo-2024';
import { netflixValues } from './netflix-values';

/** Shipped frameworks, default first so lists and fallbacks agree on it. */
export const builtinFrameworks: readonly Framework[] = [
  netflixValues,
  netflixCultureMemo2024,
  amazonLeadershipPrinciples,
];

export const DEFAULT_FRAMEWORK_ID = netflixValues.id;

export function findFramework(frameworks: readonly Framework[], id: string): Framework | undefined {
  return frameworks.find((f) => f.id === id);
}
