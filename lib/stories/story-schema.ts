import * as z from 'zod/mini';

import { SHORT_TEXT_MAX, STORY_TEXT_MAX } from './story-limits';

const longText = z.string().check(z.maxLength(STORY_TEXT_MAX));
const shortText = z.string().check(z.maxLength(SHORT_TEXT_MAX));

export const storySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: shortText,
  situation: longText,
  task: longText,
  action: longText,
  result: longText,
  /** The measurable outcome: should contain a number. */
  outcome: longText,
  /** What I would do differently now. */
  reflection: longText,
  /** "The value I acted on was … because …" */
  valueLine: longText,
  /**
   * Values this story proves, stored by value *name* (e.g. "Judgment") so a story keeps its tag when
   * the active framework changes and the other framework has a value of the same name.
   */
  values: z.array(shortText),
  role: shortText,
  company: shortText,
  /** Free text date ("2023", "Q2 2024"). */
  when: shortText,
  tags: z.array(shortText),
  archived: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** When the story was last chosen during a practice answer (ms since epoch), 0 when never. */
  lastPractisedAt: z.number(),
  /**
   * When each text field was last saved (ms since epoch), so an unsaved draft of one field is
   * judged against that field's own save, not against an edit of another field.
   */
  fieldSavedAt: z.optional(z.record(z.string().check(z.maxLength(40)), z.number())),
});
export type Story = z.infer<typeof storySchema>;

export function emptyStory(id: string, now: number): Story {
  return {
    id,
    title: '',
    situation: '',
    task: '',
    action: '',
    result: '',
    outcome: '',
    reflection: '',
    valueLine: '',
    values: [],
    role: '',
    company: '',
    when: '',
    tags: [],
    archived: false,
    createdAt: now,
    updatedAt: now,
    lastPractisedAt: 0,
  };
}
