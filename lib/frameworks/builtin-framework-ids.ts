/** Ids of the packs Loopside ships, without loading the packs (a test keeps this list true). */
export const BUILTIN_FRAMEWORK_IDS: readonly string[] = [
  'netflix-values',
  'netflix-memo-2024',
  'amazon-leadership-principles',
];

/** Names of the packs Loopside ships, in the same order (the same test keeps this list true). */
export const BUILTIN_FRAMEWORK_NAMES: readonly string[] = [
  'Netflix interview values',
  'Netflix culture memo (June 2024)',
  'Amazon Leadership Principles',
];
