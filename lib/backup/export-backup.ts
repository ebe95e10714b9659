import { localDay, localHourMinute } from '../format/local-day';
import type { Dexie } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_NAMES,
  backupTables,
  type Backup,
} from './backup-schema';

/**
 * Reads every backed-up table in one read transaction, so the file is a consistent snapshot even
 * while the panel is saving. Rows go out as stored: an export never drops data it does not
 * understand; the import side is where rows are checked.
 */
export async function exportBackup(db: Dexie, now: number): Promise<Backup> {
  const present = BACKUP_TABLE_NAMES.filter((name) => db.tables.some((t) => t.name === name));
  const tables: Record<string, unknown[]> = {};
  await db.transaction(
    'r',
    present.map((name) => db.table(name)),
    async () => {
      for (const name of present) tables[name] = await db.table(name).toArray();
    },
  );
  for (const name of BACKUP_TABLE_NAMES) {
    if (!tables[name] && !backupTables[name].optional) tables[name] = [];
  }
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    dbVersion: db.verno,
    app: 'Loopside',
    tables: tables as Backup['tables'],
  };
}

/** Indented so a person can read the file and find the line an import error points at. */
export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 2);
}

/**
 * `loopside-backup-2025-01-31-0930.json`, in local time so it matches the user's clock; a note
 * (`before-replace`) marks automatic copies so they are easy to tell apart.
 */
export function backupFilename(now: number, note?: string): string {
  const stamp = `${localDay(now)}-${localHourMinute(now)}`;
  return `loopside-backup-${stamp}${note ? `-${note}` : ''}.json`;
}
