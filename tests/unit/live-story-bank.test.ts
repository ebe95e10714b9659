import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import {
  patchStoryList,
  storyChanges,
  subscribeStoryBank,
  watchStoryBank,
} from '../../lib/db/live-story-bank';
import { allStoriesInPages, deleteStory, putStory, updateStory } from '../../lib/db/story-queries';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

/** The bank as one whole read gives it: newest edit first, equal times in reverse key order. */
const wholeRead = async (d: LoopsideDb) =>
  (await d.stories.orderBy('updatedAt').toArray()).reverse();

const story = (id: string, updatedAt: number, title = id): Story => ({
  ...emptyStory(id, 0),
  title,
  updatedAt,
});

let db: LoopsideDb;
let n = 0;
beforeEach(() => {
  db = new LoopsideDb(`live-bank-${++n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Waits until the latest list seen satisfies `ok`, or fails with what was last seen. */
async function until(seen: () => Story[] | undefined, ok: (s: Story[]) => boolean) {
  await vi.waitFor(() => {
    const s = seen();
    if (!s || !ok(s)) throw new Error(`not yet: ${JSON.stringify(s?.map((x) => x.title))}`);
  });
}

describe('storyChanges', () => {
  it('names the written keys and asks for a whole read on a range', () => {
    const point = (k: string) => ({ from: k, to: k, d: 1 });
    const tree = { ...point('b'), d: 2, l: point('a'), r: point('c') };
    const part = 'idb://loopside/stories/';
    expect(storyChanges({ [part]: tree }, 'loopside')).toEqual({
      kind: 'keys',
      ids: expect.arrayContaining(['a', 'b', 'c']),
    });
    expect(storyChanges({ [part]: { from: -Infinity, to: [[[]]], d: 1 } }, 'loopside')).toEqual({
      kind: 'all',
    });
    expect(storyChanges({ 'idb://loopside/notes/': tree }, 'loopside')).toBeNull();
    expect(storyChanges({ 'idb://other/stories/': tree }, 'loopside')).toBeNull();
  });
});

describe('patchStoryList', () => {
  it('moves one saved story to its place, from the top, the middle or the end, and drops it when deleted', () => {
    const list = [story('a', 50), story('b', 40), story('c', 30), story('d', 20)];
    const ids = (l: readonly { id: string }[]) => l.map((s) => s.id).join('');
    expect(ids(patchStoryList(list, ['a'], [story('a', 60)]))).toBe('abcd');
    expect(ids(patchStoryList(list, ['c'], [story('c', 60)]))).toBe('cabd');
    expect(ids(patchStoryList(list, ['d'], [story('d', 45)]))).toBe('adbc');
    expect(ids(patchStoryList(list, ['b'], [story('b', 10)]))).toBe('acdb');
    expect(ids(patchStoryList(list, ['b'], [undefined]))).toBe('acd');
    expect(ids(patchStoryList(list, ['e'], [story('e', 35)]))).toBe('abecd');
    expect(ids(patchStoryList(list, ['b', 'b'], [story('b', 5)]))).toBe('acdb');
    // The list handed in is left as it was.
    expect(ids(list)).toBe('abcd');
  });

  it('moves an edited story to the top, inserts new ones in order and drops deleted ones', () => {
    const list = [story('c', 30), story('b', 20), story('a', 10)];
    const out = patchStoryList(list, ['a', 'b', 'd'], [story('a', 40), undefined, story('d', 25)]);
    expect(out.map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(list.map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('allStoriesInPages', () => {
  it('reads the same bank, in the same order, as one whole read, whatever the page size', async () => {
    // Ties in updatedAt on purpose, and sizes that end on and off a page boundary.
    const rows = Array.from({ length: 49 }, (_, i) => story(`s${(i * 37) % 49}`, 1_000 + (i % 9)));
    await db.stories.bulkPut(rows);
    const whole = await wholeRead(db);
    for (const size of [1, 7, 10, 48, 49, 50, 500])
      expect(
        (await allStoriesInPages(db, size)).map((x) => x.id),
        `page ${size}`,
      ).toEqual(whole.map((x) => x.id));
    await db.stories.clear();
    expect(await allStoriesInPages(db, 7)).toEqual([]);
  });

  it('reads page by page, never the whole table in one request', async () => {
    await db.stories.bulkPut(Array.from({ length: 25 }, (_, i) => story(`p${i}`, i)));
    const where = vi.spyOn(db.stories, 'where');
    expect(await allStoriesInPages(db, 10)).toHaveLength(25);
    expect(where).toHaveBeenCalledTimes(2);
  });
});

describe('watchStoryBank', () => {
  it('keeps a write made while its first read is still going, in pages', async () => {
    await db.stories.bulkPut(Array.from({ length: 1_200 }, (_, i) => story(`b${i}`, i)));
    let seen: Story[] | undefined;
    const stop = watchStoryBank(db, (s) => (seen = s));
    await putStory(db, story('b5', 5_000, 'Edited while the bank was read'));
    await putStory(db, story('new', 5_001, 'Written while the bank was read'));
    await until(
      () => seen,
      (s) => s.length === 1_201 && s[0]?.id === 'new',
    );
    expect(seen!.slice(0, 2).map((x) => x.title)).toEqual([
      'Written while the bank was read',
      'Edited while the bank was read',
    ]);
    stop();
  });

  it('follows edits, new stories, deletes and bulk writes, reading only what changed', async () => {
    await putStory(db, story('a', 1, 'First'));
    await putStory(db, story('b', 2, 'Second'));
    let seen: Story[] | undefined;
    const stop = watchStoryBank(db, (s) => (seen = s));
    await until(
      () => seen,
      (s) => s.length === 2,
    );
    expect(seen!.map((s) => s.title)).toEqual(['Second', 'First']);

    const bulkGet = vi.spyOn(db.stories, 'bulkGet');
    await updateStory(db, 'a', (s) => ({ ...s, title: 'First, edited' }), 5);
    await until(
      () => seen,
      (s) => s[0]?.title === 'First, edited',
    );
    expect(bulkGet).toHaveBeenCalledWith(['a']);

    await putStory(db, story('c', 3, 'Third'));
    await until(
      () => seen,
      (s) => s.length === 3,
    );
    expect(seen!.map((s) => s.title)).toEqual(['First, edited', 'Third', 'Second']);

    await deleteStory(db, 'b');
    await until(
      () => seen,
      (s) => s.length === 2,
    );

    await db.stories.bulkPut(Array.from({ length: 60 }, (_, i) => story(`x${i}`, 100 + i)));
    await until(
      () => seen,
      (s) => s.length === 62,
    );
    expect(seen).toEqual(await wholeRead(db));

    await db.stories.clear();
    await until(
      () => seen,
      (s) => s.length === 0,
    );
    stop();
  });

  it('shares one watch between views and hands a late view the bank at once', async () => {
    await putStory(db, story('a', 1));
    let first: Story[] | undefined;
    const stopFirst = subscribeStoryBank(db, (s) => (first = s));
    await until(
      () => first,
      (s) => s.length === 1,
    );
    let late: Story[] | undefined;
    const toArray = vi.spyOn(db.stories, 'orderBy');
    const stopLate = subscribeStoryBank(db, (s) => (late = s));
    expect(late).toBe(first);
    expect(toArray).not.toHaveBeenCalled();
    await putStory(db, story('b', 2));
    await until(
      () => late,
      (s) => s.length === 2,
    );
    expect(first).toBe(late);
    stopFirst();
    stopLate();
  });
});
