import { describe, expect, it, vi } from 'vitest';
import { createStorySearch } from '../../lib/search/story-search';
import { syncStoryIndex } from '../../lib/search/sync-story-index';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

const story = (id: string, title: string, updatedAt = 1): Story => ({
  ...emptyStory(id, 0),
  title,
  updatedAt,
});

describe('syncStoryIndex', () => {
  it('touches only the stories that changed and drops deleted ones', () => {
    const index = createStorySearch();
    const seen = new Map<string, number>();
    syncStoryIndex(index, seen, [story('a', 'Migration rescue'), story('b', 'Pricing experiment')]);
    expect(index.search('migr')[0]?.id).toBe('a');

    const upsert = vi.spyOn(index, 'upsert');
    syncStoryIndex(index, seen, [
      story('a', 'Migration rescue'),
      story('b', 'Pricing test rollback', 2),
    ]);
    expect(upsert).toHaveBeenCalledTimes(1);
    expect(index.search('rollb')[0]?.id).toBe('b');

    syncStoryIndex(index, seen, [story('b', 'Pricing test rollback', 2)]);
    expect(index.search('migr')).toEqual([]);
    expect(index.size()).toBe(1);
  });
});
