import type { Story } from '../stories/story-schema';
import { noteEdit } from '../backup/edit-counter';
import type { LoopsideDb } from './loopside-db';

export async function allStories(db: LoopsideDb): Promise<Story[]> {
  // Read in index order and reverse here: a forward read is one getAll that Dexie's live-query
  // cache can keep and patch on each write, where a reverse read walks a cursor over every story
  // again after each keystroke's save.
  return (await db.stories.orderBy('updatedAt').toArray()).reverse();
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
  if (next) await noteEdit(db);
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

/** Records that a story was used in practice, so suggestions rotate through the bank. */
export async function markStoryPractised(db: LoopsideDb, id: string, now: number): Promise<void> {
  await db.stories.update(id, { lastPractisedAt: now });
}
