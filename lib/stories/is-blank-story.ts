import { STORY_PROSE_FIELDS, type StoryProseField } from './story-fields';
import type { Story } from './story-schema';

/** Nothing written yet: a checklist, not a verdict, is what such a story needs. */
export function isBlankStory(story: Pick<Story, StoryProseField>): boolean {
  return STORY_PROSE_FIELDS.every((f) => story[f].trim() === '');
}
