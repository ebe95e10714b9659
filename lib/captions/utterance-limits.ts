/**
 * A single caption can run for many minutes; past this the tracker splits it into a new utterance.
 * Kept apart from the zod schema so content scripts can use it without bundling zod.
 */
export const UTTERANCE_TEXT_MAX = 20_000;
