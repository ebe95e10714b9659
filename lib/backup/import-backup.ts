import type { Dexie } from 'dexie';
import {
  BACKUP_TABLE_NAMES,
  backupTables,
  type Backup,
  type BackupTableName,
} from './backup-schema';
import { backupToJson, exportBackup } from './export-backup';

export type ImportMode = 'merge' | 'replace';

interface TableImport {
  /** Rows written from the backup. */
  written: number;
  /** Backup rows left out because the row already here was kept (merge only). */
  kept: number;
}

export type ImportResult = {
  mode: ImportMode;
  tables: Partial<Record<BackupTableName, TableImport>>;
};

/**
 * Writes a parsed backup in ONE read-write transaction over every table: if anything fails, the
 * transaction aborts and the database is exactly as it was.
 *
 * replace: each table is cleared, then filled with the backup's rows.
 * merge: nothing already here is deleted.
 *   - stories: a backup story replaces the stored one with the same id only when its updatedAt is
 *     newer, so an older backup never undoes later edits;
 *   - every other table (settings, sessions, frameworks, transcripts): a backup row is added only
 *     when no row has its key; rows already here win, so current settings stay as they are.
 */
interface ImportOptions {
  /**
   * replace only: keep a copy of the current data inside the database, read in the same
   * transaction as the replace (so no save can slip between the copy and the replace), so the
   * replace can be undone from inside the app even if a downloaded copy never reached the disk.
   */
  takeSnapshot?: boolean;
  now?: number;
}

/** How many pre-replace copies are kept; older ones are dropped. */
const SNAPSHOTS_KEPT = 3;

export async function importBackup(
  db: Dexie,
  backup: Backup,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const names = BACKUP_TABLE_NAMES.filter((name) => backup.tables[name] !== undefined);
  const missing = names.filter(
    (name) => !db.tables.some((t) => t.name === name) && (backup.tables[name]?.length ?? 0) > 0,
  );
  if (missing.length > 0) {
    throw new Error(
      `This backup holds ${missing.join(', ')}, which this version of Loopside cannot store yet; update Loopside first.`,
    );
  }
  // The parse step says this in words; this guards any caller that skipped it.
  if (backup.dbVersion > db.verno) {
    throw new Error(
      `This backup was made by a newer Loopside (database version ${backup.dbVersion}; this one uses ${db.verno}); update Loopside first.`,
    );
  }
  // Replace means the file's data and nothing else: tables the file lacks are emptied too.
  const present = (mode === 'replace' ? BACKUP_TABLE_NAMES : names).filter((name) =>
    db.tables.some((t) => t.name === name),
  );
  const snapshots =
    mode === 'replace' && options.takeSnapshot && db.tables.some((t) => t.name === 'snapshots')
      ? db.table('snapshots')
      : undefined;
  const result: ImportResult = { mode, tables: {} };
  await db.transaction(
    'rw',
    [...present.map((name) => db.table(name)), ...(snapshots ? [snapshots] : [])],
    async () => {
      if (snapshots) {
        const now = options.now ?? Date.now();
        const json = backupToJson(await exportBackup(db, now));
        const id = `before-replace-${now}-${Math.random().toString(36).slice(2, 8)}`;
        await snapshots.add({ id, createdAt: now, reason: 'before-replace', json });
        const old = await snapshots
          .orderBy('createdAt')
          .reverse()
          .offset(SNAPSHOTS_KEPT)
          .primaryKeys();
        await snapshots.bulkDelete(old);
      }
      for (const name of present) {
        const rows = (backup.tables[name] ?? []) as Record<string, unknown>[];
        const table = db.table(name);
        if (mode === 'replace') {
          await table.clear();
          await table.bulkAdd(rows);
          result.tables[name] = { written: rows.length, kept: 0 };
          continue;
        }
        const key = backupTables[name].key;
        const existing = (await table.bulkGet(rows.map((r) => r[key] as string))) as (
          Record<string, unknown> | undefined
        )[];
        const toWrite = rows.filter((row, i) => {
          const here = existing[i];
          if (here === undefined) return true;
          return name === 'stories' && isNewer(row.updatedAt, here.updatedAt);
        });
        await table.bulkPut(toWrite);
        result.tables[name] = { written: toWrite.length, kept: rows.length - toWrite.length };
      }
    },
  );
  return result;
}

function isNewer(incoming: unknown, current: unknown): boolean {
  return typeof incoming === 'number' && (typeof current !== 'number' || incoming > current);
}
