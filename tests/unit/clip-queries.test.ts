import { beforeEach, expect, it } from 'vitest';
import type { ClippedPage } from '../../lib/clip/clip-schema';
import { deleteClip, listClips, listJobPostings, saveClip } from '../../lib/db/clip-queries';
import { getDb } from '../../lib/db/loopside-db';

const clip = (id: string, kind: ClippedPage['kind'], clippedAt: number): ClippedPage => ({
  id,
  title: `Page ${id}`,
  url: `https://example.test/${id}`,
  siteName: 'Example',
  kind,
  clippedAt,
  excerpt: '',
  text: 'Some text.',
  html: '<p>Some text.</p>',
});

beforeEach(async () => {
  await getDb().clippedPages.clear();
});

it('lists every clip newest first, and the job postings alone for a round to be tied to', async () => {
  const db = getDb();
  await saveClip(db, clip('a', 'job-posting', 1_000));
  await saveClip(db, clip('b', 'values-page', 2_000));
  await saveClip(db, clip('c', 'job-posting', 3_000));
  expect((await listClips(db)).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  expect((await listJobPostings(db)).map((c) => c.id)).toEqual(['c', 'a']);
  expect((await deleteClip(db, 'c'))?.id).toBe('c');
  expect((await listJobPostings(db)).map((c) => c.id)).toEqual(['a']);
});
