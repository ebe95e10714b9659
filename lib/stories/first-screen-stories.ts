/** Stories read for the story bank's first screen; the whole bank is read once it has painted. */
export const FIRST_SCREEN_STORIES = 60;
