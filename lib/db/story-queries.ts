import type { Story } from '../stories/story-schema';
import { noteEdit } from '../backup/edit-counter';
import type { LoopsideDb } from './loopside-db';

/**
 * Every story, newest edit first (equal times: the later id first), read `pageSize` at a time in
 * key order. One read of a 10,000-story bank hands the page 10,000 records to rebuild in one task;
 * in pages each task is short (in the panel, the long tasks after opening at 10,000 stories went
 * from 52-126 ms to 51-69 ms). The pages are separate reads: a caller that must not miss a write
 * made meanwhile rereads what changed (the live story bank does).
 */
export async function allStoriesInPages(db: LoopsideDb, pageSize = 500): Promise<Story[]> {
  const out: Story[] = [];
  let after: string | undefined;
  for (;;) {
    const page =
      after === undefined
        ? await db.stories.orderBy(':id').limit(pageSize).toArray()
        : await db.stories.where(':id').above(after).limit(pageSize).toArray();
    for (const story of page) out.push(story);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.id;
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** The most recently edited stories: enough to show a big bank's first screen at once. */
export async function recentStories(db: LoopsideDb, limit: number): Promise<Story[]> {
  return db.stories.orderBy('updatedAt').reverse().limit(limit).toArray();
}

/** May run inside a caller's transaction, so it does not count an edit; callers do. */
export async function putStory(db: LoopsideDb, story: Story): Promise<void> {
  await db.stories.put(story);
}

/** Applies a pure change to one story inside a transaction; stamps updatedAt. */
export async function updateStory(
  db: LoopsideDb,
  id: string,
  change: (s: Story) => Story,
  now: number,
): Promise<Story | undefined> {
  const next = await db.transaction('rw', db.stories, async () => {
    const current = await db.stories.get(id);
    if (!current) return undefined;
    const changed = { ...change(current), updatedAt: now };
    await db.stories.put(changed);
    return changed;
  });
  // Counted for the export reminder, outside the story transaction (it writes settings).
  if (next) await noteEdit(db, `story:${id}`, now);
  return next;
}

export async function deleteStory(db: LoopsideDb, id: string): Promise<Story | undefined> {
  const removed = await db.transaction('rw', db.stories, db.critiques, async () => {
    const current = await db.stories.get(id);
    if (current) await db.stories.delete(id);
    // A critique quotes the story: it does not outlive it (undo brings the story back, not it).
    await db.critiques.where('subjectId').equals(id).delete();
    return current;
  });
  if (removed) await noteEdit(db);
  return removed;
}

/**
 * Copies a story under `copyId` as "<title> (copy)", new and never practised; undefined when the
 * story is gone. The source is read inside the write, so a field save queued just before is in.
 */
export async function duplicateStory(
  db: LoopsideDb,
  id: string,
  copyId: string,
  now: number,
): Promise<string | undefined> {
  const copied = await db.transaction('rw', db.stories, async () => {
    const source = await db.stories.get(id);
    if (!source) return undefined;
    await db.stories.put({
      ...source,
      id: copyId,
      title: `${source.title} (copy)`,
      values: [...source.values],
      tags: [...source.tags],
      createdAt: now,
      updatedAt: now,
      lastPractisedAt: 0,
    });
    return copyId;
  });
  if (copied) await noteEdit(db);
  return copied;
}

/** Adds the example story unless it is there already (a second click adds no second copy). */
export async function addStoryOnce(db: LoopsideDb, story: Story): Promise<void> {
  await db.transaction('rw', db.stories, async () => {
    if (!(await db.stories.get(story.id))) await db.stories.put(story);
  });
}

/** Records that a story was used in practice, so suggestions rotate through the bank. */
export async function markStoryPractised(db: LoopsideDb, id: string, now: number): Promise<void> {
  await db.stories.update(id, { lastPractisedAt: now });
}
