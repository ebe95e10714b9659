import { afterEach, describe, expect, it } from 'vitest';
import { exportThenCheck, type CheckBackupText } from '../../lib/backup/export-then-check';
import { getSnapshot, listSnapshots, restoreSnapshot } from '../../lib/backup/restore-snapshot';
import { importBackup } from '../../lib/backup/import-backup';
import { parseBackupBytes } from '../../lib/backup/parse-backup';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { emptyStory } from '../../lib/stories/story-schema';

const NOW = Date.UTC(2026, 2, 4, 12, 0);

/** The same check an import runs, in place rather than in a worker. */
const check: CheckBackupText = async (file, options) => {
  const parsed = parseBackupBytes(new Uint8Array(await file.arrayBuffer()), options);
  return parsed.ok ? { ok: true, load: () => parsed.backup } : parsed;
};

const dbs: LoopsideDb[] = [];
function open(): LoopsideDb {
  const db = new LoopsideDb(`t-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

const story = (id: string, title: string) => ({ ...emptyStory(id, NOW - 1000), title });

describe('export then check the file', () => {
  it('saves the file it checked, and finds nothing wrong with good data', async () => {
    const db = open();
    await db.stories.put(story('a', 'Paused the launch'));
    const saved: { filename: string; json: string }[] = [];
    const out = await exportThenCheck(
      db,
      NOW,
      (filename, json) => saved.push({ filename, json }),
      check,
    );
    expect(out.importProblem).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.filename).toBe(out.filename);
    expect(saved[0]!.filename).toMatch(/^loopside-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    expect(JSON.parse(saved[0]!.json).tables.stories[0].title).toBe('Paused the launch');
  });

  it('still saves the file, and names the problem, when a stored row would not import', async () => {
    const db = open();
    // A row a bug could have written: a title far over the schema's limit.
    await db.stories.put(story('a', 'x'.repeat(5000)));
    const saved: string[] = [];
    const out = await exportThenCheck(db, NOW, (name) => saved.push(name), check, 'before-replace');
    expect(saved).toEqual([out.filename]);
    expect(out.filename).toMatch(/-before-replace\.json$/);
    expect(out.importProblem).toMatch(/stories\[0\]\.title/);
  });
});

describe('snapshot restore', () => {
  it('puts the data back as it was before a replace, keeping a copy of what was there', async () => {
    const db = open();
    await db.stories.put(story('old', 'Before'));
    const source = open();
    await source.stories.put(story('new', 'After'));
    const { exportBackup } = await import('../../lib/backup/export-backup');
    await importBackup(db, await exportBackup(source, NOW), 'replace', {
      takeSnapshot: true,
      now: NOW,
    });
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['new']);
    const [copy] = await listSnapshots(db);
    expect(copy).toBeDefined();
    // The copy to download is the data as it was before the replace.
    const saved = await getSnapshot(db, copy!.id);
    expect(saved?.createdAt).toBe(copy!.createdAt);
    expect(saved?.json).toContain('"old"');
    expect(await getSnapshot(db, 'missing')).toBeUndefined();

    const restored = await restoreSnapshot(db, copy!.id, check, NOW + 60_000);
    expect(restored.at).toBe(copy!.createdAt);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['old']);
    // Putting a copy back is a replace too: the data it replaced has its own copy now.
    const copies = await listSnapshots(db);
    expect(copies.length).toBe(2);
    expect(copies[0]!.createdAt).toBeGreaterThanOrEqual(copies[1]!.createdAt);
  });

  it('changes nothing and says why when the copy is gone or fails the check', async () => {
    const db = open();
    await db.stories.put(story('here', 'Here'));
    await expect(restoreSnapshot(db, 'missing', check, NOW)).rejects.toThrow(
      'That safety copy is no longer here.',
    );
    await db.snapshots.put({
      id: 'bad',
      createdAt: NOW,
      reason: 'before-replace',
      json: '{"format": "not loopside"',
    });
    await expect(restoreSnapshot(db, 'bad', check, NOW)).rejects.toThrow(/./);
    expect((await db.stories.toArray()).map((s) => s.id)).toEqual(['here']);
  });
});
