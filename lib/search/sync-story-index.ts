import type { Story } from '../stories/story-schema';
import type { StorySearch } from './story-search';

/**
 * Brings the index in line with the latest stories by touching only what changed (by id and
 * updatedAt), so a live-query refresh after one edit costs one upsert, not a rebuild.
 * `seen` is the caller's memory of id → updatedAt and is updated in place.
 *
 * With `maxUpserts`, stops after that many upserts and returns false: the caller continues in a
 * later task (each call picks up where the last stopped), so indexing a bank of thousands is never
 * one long task. Returns true once the index matches `stories`.
 */
export function syncStoryIndex(
  index: StorySearch,
  seen: Map<string, number>,
  stories: readonly Story[],
  maxUpserts = Infinity,
): boolean {
  let upserts = 0;
  for (const story of stories) {
    if (seen.get(story.id) !== story.updatedAt) {
      if (upserts >= maxUpserts) return false;
      index.upsert(story);
      seen.set(story.id, story.updatedAt);
      upserts++;
    }
  }
  const present = new Set(stories.map((s) => s.id));
  for (const id of [...seen.keys()]) {
    if (!present.has(id)) {
      index.remove(id);
      seen.delete(id);
    }
  }
  return true;
}
