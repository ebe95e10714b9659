// Kept apart from the zod schema so start-up code (the journal's reconcile) can know it without zod.

/**
 * An answer's notes: far more than anyone types in a round. Longer notes would make a backup the
 * app refuses to import.
 */
export const NOTES_MAX = 100_000;

/** A round's remembered pauses: far more than anyone takes; past it the newest are kept. */
export const PAUSES_MAX = 1_000;
