import type { LoopsideDb } from '../db/loopside-db';
import type { Backup } from './backup-schema';
import { backupFilename, backupToJson, exportBackup } from './export-backup';

/** A check of a backup file as an import would run it (in a worker, in the browser). */
export type CheckBackupText = (
  file: Blob,
  options: { dbVersion: number },
) => Promise<{ ok: true; load: () => Backup } | { ok: false; error: string }>;

interface CheckedExport {
  filename: string;
  /** The problem an import of this very file would hit; null when it would import cleanly. */
  importProblem: string | null;
}

/**
 * Exports the whole database, hands the file to `save` (a download), then checks that same text
 * as an import would: rows go out as stored, so this catches a row a bug once saved before the
 * user needs the file.
 */
export async function exportThenCheck(
  db: LoopsideDb,
  now: number,
  save: (filename: string, json: string) => void,
  check: CheckBackupText,
  note?: string,
): Promise<CheckedExport> {
  const json = backupToJson(await exportBackup(db, now));
  const filename = backupFilename(now, note);
  save(filename, json);
  const checked = await check(new Blob([json]), { dbVersion: db.verno });
  return { filename, importProblem: checked.ok ? null : checked.error };
}
