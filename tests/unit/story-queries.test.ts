import { afterEach, describe, expect, it } from 'vitest';
import { readExportState } from '../../lib/backup/edit-counter';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { addStoryOnce, duplicateStory, putStory } from '../../lib/db/story-queries';
import { emptyStory } from '../../lib/stories/story-schema';

const open: LoopsideDb[] = [];
const freshDb = () => {
  const db = new LoopsideDb(`story-queries-${Math.random()}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

describe('story queries', () => {
  it('duplicates a story as a new, unpractised copy and counts the edit', async () => {
    const db = freshDb();
    const source = {
      ...emptyStory('s', 1),
      title: 'Told the VP no',
      values: ['courage'],
      tags: ['launch'],
      lastPractisedAt: 5,
    };
    await putStory(db, source);
    expect(await duplicateStory(db, 's', 'copy', 100)).toBe('copy');
    const copy = await db.stories.get('copy');
    expect(copy).toMatchObject({
      title: 'Told the VP no (copy)',
      values: ['courage'],
      tags: ['launch'],
      createdAt: 100,
      updatedAt: 100,
      lastPractisedAt: 0,
    });
    expect(await db.stories.get('s')).toEqual(source);
    expect((await readExportState(db)).editsSinceExport).toBe(1);
  });

  it('duplicates nothing when the story is gone, and counts no edit', async () => {
    const db = freshDb();
    expect(await duplicateStory(db, 'gone', 'copy', 100)).toBeUndefined();
    expect(await db.stories.count()).toBe(0);
    expect((await readExportState(db)).editsSinceExport).toBe(0);
  });

  it('adds a story once: a second add keeps the first and its edits', async () => {
    const db = freshDb();
    await addStoryOnce(db, { ...emptyStory('example', 1), title: 'Example' });
    await db.stories.update('example', { title: 'Example, edited' });
    await addStoryOnce(db, { ...emptyStory('example', 2), title: 'Example' });
    expect((await db.stories.toArray()).map((s) => s.title)).toEqual(['Example, edited']);
  });
});
