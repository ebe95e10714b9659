import type { Framework } from './framework-schema';
import { frameworkList } from './framework-list';
import { moreFrameworks } from './more-frameworks';

/**
 * Every shipped framework, listed as the app lists them (frameworkList), loaded at once: for tests
 * and tools that read them all. The pages load the packs beyond the default lazily.
 */
export const builtinFrameworks: readonly Framework[] = frameworkList(moreFrameworks, []);
