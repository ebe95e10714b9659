import { netflixValues } from '../../lib/frameworks/netflix-values';
import { describe, expect, it } from 'vitest';
import { generateStories } from '../fixtures/generate-stories';
import { isStrong } from '../../lib/stories/story-completeness';
import { storySchema } from '../../lib/stories/story-schema';

const NETFLIX_VALUES = netflixValues.values.map((v) => v.name);

describe('generateStories', () => {
  const stories = generateStories(200, 42);

  it('is repeatable for a seed and differs between seeds', () => {
    expect(generateStories(200, 42)).toEqual(stories);
    expect(generateStories(5, 43).map((s) => s.title)).not.toEqual(
      stories.slice(0, 5).map((s) => s.title),
    );
  });

  it('makes valid stories with unique ids', () => {
    for (const story of stories) expect(storySchema.safeParse(story).success).toBe(true);
    expect(new Set(stories.map((s) => s.id)).size).toBe(200);
  });

  it('writes two to five sentences per STAR beat', () => {
    for (const story of stories) {
      for (const beat of [story.situation, story.task, story.action, story.result]) {
        const sentences = beat.split(/(?<=\.)\s+/);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(5);
      }
    }
  });

  it('tags Netflix values and varies titles, values and practice dates', () => {
    const values = new Set(stories.flatMap((s) => s.values));
    expect([...values].every((v) => NETFLIX_VALUES.includes(v))).toBe(true);
    expect(values.size).toBe(NETFLIX_VALUES.length);
    expect(new Set(stories.map((s) => s.title)).size).toBeGreaterThan(180);
    expect(stories.some((s) => s.lastPractisedAt === 0)).toBe(true);
    expect(stories.some((s) => s.lastPractisedAt > 0)).toBe(true);
  });

  it('produces stories that pass the completeness checks', () => {
    expect(stories.filter((s) => !isStrong(s)).map((s) => s.id)).toEqual([]);
  });

  it('returns nothing for zero', () => {
    expect(generateStories(0, 1)).toEqual([]);
  });
});
