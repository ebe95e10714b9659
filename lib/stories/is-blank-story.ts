import type { Story } from './story-schema';

const TEXT_FIELDS = [
  'title',
  'situation',
  'task',
  'action',
  'result',
  'outcome',
  'reflection',
  'valueLine',
] as const;

/** Nothing written yet: a checklist, not a verdict, is what such a story needs. */
export function isBlankStory(story: Pick<Story, (typeof TEXT_FIELDS)[number]>): boolean {
  return TEXT_FIELDS.every((f) => story[f].trim() === '');
}
