import type { Story } from '../stories/story-schema';
import type { StorySearch } from './story-search';

/**
 * Brings the index in line with the latest stories by touching only what changed (by id and
 * updatedAt), so a live-query refresh after one edit costs one upsert, not a rebuild.
 * `seen` is the caller's memory of id → updatedAt and is updated in place.
 *
 * `keepGoing` is asked before each upsert after the first, with the number done so far: when it
 * says no, the call stops and returns false, and the caller continues in a later task (each call
 * picks up where the last stopped), so indexing a bank of thousands is never one long task. A
 * clock check (`() => performance.now() < deadline`) keeps each task short however long one story
 * takes. Returns true once the index matches `stories`.
 */
export function syncStoryIndex(
  index: StorySearch,
  seen: Map<string, number>,
  stories: readonly Story[],
  keepGoing: (upserts: number) => boolean = () => true,
): boolean {
  let upserts = 0;
  for (const story of stories) {
    if (seen.get(story.id) !== story.updatedAt) {
      if (upserts > 0 && !keepGoing(upserts)) return false;
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
