import { STORY_PROSE_FIELDS, type StoryProseField } from './story-fields';
import { SHORT_TEXT_MAX, STORY_TEXT_MAX } from './story-limits';
import type { Story } from './story-schema';

/** Story fields edited as free text; `tags` is typed as a comma-separated line. */
export type StoryTextField = StoryProseField | 'role' | 'company' | 'when' | 'tags';

const STORY_TEXT_FIELDS: readonly StoryTextField[] = [
  ...STORY_PROSE_FIELDS,
  'role',
  'company',
  'when',
  'tags',
];

/** Short fields share the schema's 500-character cap; the STAR beats get the long one. */
const shortFields = new Set<StoryTextField>(['title', 'role', 'company', 'when']);

export function fieldMaxLength(field: StoryTextField): number {
  return shortFields.has(field) ? SHORT_TEXT_MAX : STORY_TEXT_MAX;
}

/** "a, b ,, c" → ["a", "b", "c"]: blank entries from stray commas are dropped. */
export function parseTags(line: string): string[] {
  return line
    .split(',')
    .map((t) => t.trim().slice(0, SHORT_TEXT_MAX))
    .filter((t) => t.length > 0);
}

export function isStoryTextField(field: string): field is StoryTextField {
  return (STORY_TEXT_FIELDS as readonly string[]).includes(field);
}

/**
 * The story with one typed field applied, cut to what the schema (and so a backup) accepts: a
 * story the app saved must always be one it can import again.
 */
export function applyFieldEdit(
  story: Story,
  field: StoryTextField,
  value: string,
  at: number,
): Story {
  const fieldSavedAt = { ...story.fieldSavedAt, [field]: at };
  if (field === 'tags') return { ...story, tags: parseTags(value), fieldSavedAt };
  return { ...story, [field]: value.slice(0, fieldMaxLength(field)), fieldSavedAt };
}

/** When this field was last saved; stories from before per-field times fall back to the story's. */
export function fieldSavedAt(story: Story, field: StoryTextField): number {
  return story.fieldSavedAt?.[field] ?? story.updatedAt;
}

/** The field as the editor shows it. */
export function fieldText(story: Story, field: StoryTextField): string {
  return field === 'tags' ? story.tags.join(', ') : story[field];
}
