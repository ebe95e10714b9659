/** The four beats of a STAR answer, in telling order. */
export const STAR_FIELDS = ['situation', 'task', 'action', 'result'] as const;

/** What a story says after its beats: the measurable outcome and what the candidate learned. */
export const AFTER_STAR_FIELDS = ['outcome', 'reflection'] as const;

/**
 * Every field of a story written as prose: its title, the STAR beats, outcome, reflection and the
 * value line. Blank checks, the bank's filter and a job posting's term match all read these.
 */
export const STORY_PROSE_FIELDS = [
  'title',
  ...STAR_FIELDS,
  ...AFTER_STAR_FIELDS,
  'valueLine',
] as const;
export type StoryProseField = (typeof STORY_PROSE_FIELDS)[number];
