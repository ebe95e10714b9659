import { describe, expect, it } from 'vitest';
import {
  applyFieldEdit,
  fieldSavedAt,
  fieldText,
  isStoryTextField,
  parseTags,
} from '../../lib/stories/story-field-edit';
import { storySchema, emptyStory } from '../../lib/stories/story-schema';

describe('editing one field of a story', () => {
  it('reads a comma-separated tag line, dropping blanks from stray commas', () => {
    expect(parseTags(' payments, , migration ,, on-call ')).toEqual([
      'payments',
      'migration',
      'on-call',
    ]);
    expect(parseTags(' , ')).toEqual([]);
  });

  it('applies the edit with its own save time and cuts it to what a backup accepts', () => {
    const story = { ...emptyStory('s', 100), title: 'Old' };
    const titled = applyFieldEdit(story, 'title', 'x'.repeat(900), 200);
    expect(titled.title).toHaveLength(500);
    expect(fieldSavedAt(titled, 'title')).toBe(200);
    // A field never saved on its own reads the story's time.
    expect(fieldSavedAt(titled, 'action')).toBe(story.updatedAt);
    const long = applyFieldEdit(titled, 'action', 'y'.repeat(25_000), 300);
    expect(long.action).toHaveLength(20_000);
    const tagged = applyFieldEdit(long, 'tags', 'risk, launch', 400);
    expect(tagged.tags).toEqual(['risk', 'launch']);
    expect(fieldText(tagged, 'tags')).toBe('risk, launch');
    expect(storySchema.safeParse(tagged).success).toBe(true);
  });

  it('knows which fields are typed as text', () => {
    expect(isStoryTextField('situation')).toBe(true);
    expect(isStoryTextField('tags')).toBe(true);
    expect(isStoryTextField('values')).toBe(false);
    expect(isStoryTextField('__proto__')).toBe(false);
  });
});
