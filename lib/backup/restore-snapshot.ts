import type { LoopsideDb } from '../db/loopside-db';
import type { CheckBackupText } from './export-then-check';
import { importBackup } from './import-backup';

/**
 * Puts a safety copy back. The copy is checked whole as any backup file is; putting it back is
 * itself a replace, so what is here now gets its own safety copy first. Throws, changing nothing,
 * when the copy is gone or does not pass the check. Resolves with when the copy was taken.
 */
export async function restoreSnapshot(
  db: LoopsideDb,
  id: string,
  check: CheckBackupText,
  now: number,
): Promise<{ at: number }> {
  const snapshot = await db.snapshots.get(id);
  if (!snapshot) throw new Error('That safety copy is no longer here.');
  const parsed = await check(new Blob([snapshot.json]), { dbVersion: db.verno });
  if (!parsed.ok) throw new Error(parsed.error);
  await importBackup(db, parsed.load(), 'replace', { takeSnapshot: true, now });
  return { at: snapshot.createdAt };
}

/** One safety copy with its contents (the backup file as it was), or undefined when gone. */
export async function getSnapshot(
  db: LoopsideDb,
  id: string,
): Promise<{ createdAt: number; json: string } | undefined> {
  const row = await db.snapshots.get(id);
  return row && { createdAt: row.createdAt, json: row.json };
}

/** The safety copies, newest first, without their (large) contents. */
export async function listSnapshots(db: LoopsideDb): Promise<{ id: string; createdAt: number }[]> {
  const rows = await db.snapshots.orderBy('createdAt').reverse().toArray();
  return rows.map((s) => ({ id: s.id, createdAt: s.createdAt }));
}
