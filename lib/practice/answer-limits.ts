// Kept apart from the zod schema so start-up code (the journal's reconcile) can know it without zod.

/** An answer's notes: far more than anyone types in a round, little enough that a file cannot balloon. */
export const NOTES_MAX = 100_000;
