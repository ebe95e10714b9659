// Kept apart from the zod schema so start-up code (the journal's reconcile) can know it without zod.

/**
 * An answer's notes: far more than anyone types in a round. Longer notes would make a backup the
 * app refuses to import.
 */
export const NOTES_MAX = 100_000;
