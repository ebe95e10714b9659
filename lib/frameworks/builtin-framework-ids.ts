/** Ids of the packs Loopside ships, without loading the packs (a test keeps this list true). */
export const BUILTIN_FRAMEWORK_IDS: readonly string[] = [
  'netflix-values',
  'netflix-memo-2024',
  'amazon-leadership-principles',
];
