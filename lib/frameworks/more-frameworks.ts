import { amazonLeadershipPrinciples } from './amazon-leadership-principles';
import type { Framework } from './framework-schema';
import { netflixCultureMemo2024 } from './netflix-culture-memo-2024';

/** The shipped frameworks besides the default; loaded after first paint to keep start-up light. */
export const moreFrameworks: readonly Framework[] = [
  netflixCultureMemo2024,
  amazonLeadershipPrinciples,
];
