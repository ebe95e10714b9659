// Kept apart from the zod schema so start-up code can know the limits without loading zod.

/** Long enough for a detailed story, short enough that a hostile file cannot balloon the database. */
export const STORY_TEXT_MAX = 20_000;
/** Titles, roles, companies, dates and each tag. */
export const SHORT_TEXT_MAX = 500;
