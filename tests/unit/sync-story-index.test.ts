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

  it('indexes a big bank a slice at a time, ending with the same index as one pass', () => {
    const bank = Array.from({ length: 25 }, (_, i) => story(`s${i}`, `Story number ${i} rollout`));
    const index = createStorySearch();
    const seen = new Map<string, number>();
    const upsert = vi.spyOn(index, 'upsert');
    const passes: boolean[] = [];
    for (let done = false; !done;) {
      done = syncStoryIndex(index, seen, bank, (n) => n < 10);
      passes.push(done);
    }
    expect(passes).toEqual([false, false, true]);
    expect(upsert).toHaveBeenCalledTimes(25);
    expect(index.size()).toBe(25);

    const whole = createStorySearch();
    expect(syncStoryIndex(whole, new Map(), bank)).toBe(true);
    expect(
      index
        .search('rollout', { limit: 30 })
        .map((h) => h.id)
        .sort(),
    ).toEqual(
      whole
        .search('rollout', { limit: 30 })
        .map((h) => h.id)
        .sort(),
    );
  });

  it('stops when the caller says so (a clock check), yet always makes progress', () => {
    const bank = Array.from({ length: 4 }, (_, i) => story(`s${i}`, `Story ${i} launch`));
    const index = createStorySearch();
    const seen = new Map<string, number>();
    const asked: number[] = [];
    // A caller whose time is already up on every question: one story per call, never zero.
    const passes: boolean[] = [];
    for (let done = false; !done;) {
      done = syncStoryIndex(index, seen, bank, (n) => {
        asked.push(n);
        return false;
      });
      passes.push(done);
    }
    expect(passes).toEqual([false, false, false, true]);
    expect(asked).toEqual([1, 1, 1]);
    expect(index.size()).toBe(4);
  });

  it('drops deleted stories only once every remaining story is indexed', () => {
    const index = createStorySearch();
    const seen = new Map<string, number>();
    syncStoryIndex(index, seen, [story('gone', 'Old pricing story'), story('a', 'Alpha')]);
    const next = [story('a', 'Alpha'), story('b', 'Beta launch'), story('c', 'Gamma launch')];
    expect(syncStoryIndex(index, seen, next, (n) => n < 1)).toBe(false);
    expect(index.search('pricing')[0]?.id).toBe('gone');
    expect(syncStoryIndex(index, seen, next, (n) => n < 1)).toBe(true);
    expect(index.search('pricing')).toEqual([]);
    expect(
      index
        .search('launch')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['b', 'c']);
  });
});
