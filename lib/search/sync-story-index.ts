import type { Story } from '../stories/story-schema';
import type { StorySearch } from './story-search';

/**
 * Brings the index in line with the latest stories by touching only what changed (by id and
 * updatedAt), so a live-query refresh after one edit costs one upsert, not a rebuild.
 * `seen` is the caller's memory of id → updatedAt and is updated in place.
 */
export function syncStoryIndex(
  index: StorySearch,
  seen: Map<string, number>,
  stories: readonly Story[],
): void {
  const present = new Set<string>();
  for (const story of stories) {
    present.add(story.id);
    if (seen.get(story.id) !== story.updatedAt || !seen.has(story.id)) {
      index.upsert(story);
      seen.set(story.id, story.updatedAt);
    }
  }
  for (const id of [...seen.keys()]) {
    if (!present.has(id)) {
      index.remove(id);
      seen.delete(id);
    }
  }
}
