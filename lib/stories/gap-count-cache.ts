import { storyGaps } from './story-completeness';
import type { Story } from './story-schema';

/**
 * Gap counts remembered per story version (every edit stamps `updatedAt`), so a refresh of a big
 * bank after one edit checks only the story that changed. Other value names (another framework)
 * start afresh.
 */
export function createGapCounter(): (story: Story, valueNames: readonly string[]) => number {
  let names: readonly string[] | null = null;
  let counts = new Map<string, { updatedAt: number; count: number }>();
  return (story, valueNames) => {
    if (valueNames !== names) {
      names = valueNames;
      counts = new Map();
    }
    const known = counts.get(story.id);
    if (known && known.updatedAt === story.updatedAt) return known.count;
    const count = storyGaps(story, valueNames).length;
    counts.set(story.id, { updatedAt: story.updatedAt, count });
    return count;
  };
}
