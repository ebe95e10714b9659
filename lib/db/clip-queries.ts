import type { ClipKind } from '../clip/clip-kinds';
import type { ClippedPage } from '../clip/clip-schema';
import type { LoopsideDb } from './loopside-db';

/** One write: a clip is stored whole or not at all. */
export async function saveClip(db: LoopsideDb, page: ClippedPage): Promise<void> {
  await db.clippedPages.put(page);
}

export async function setClipKind(db: LoopsideDb, id: string, kind: ClipKind): Promise<void> {
  await db.clippedPages.update(id, { kind });
}

/** Returns the removed row so the view can offer to put it back. */
export async function deleteClip(db: LoopsideDb, id: string): Promise<ClippedPage | undefined> {
  return db.transaction('rw', db.clippedPages, async () => {
    const row = await db.clippedPages.get(id);
    if (row) await db.clippedPages.delete(id);
    return row;
  });
}

export function listClips(db: LoopsideDb): Promise<ClippedPage[]> {
  return db.clippedPages.orderBy('clippedAt').reverse().toArray();
}

/** The clipped job postings, newest first: the ones a round or a story can be tied to. */
export function listJobPostings(db: LoopsideDb): Promise<ClippedPage[]> {
  return db.clippedPages.where('kind').equals('job-posting').reverse().sortBy('clippedAt');
}
