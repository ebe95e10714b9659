import { Dexie } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_NAMES,
  backupTables,
} from './backup-schema';

/**
 * Dumps a database as it is on disk, for when Loopside cannot open it (a failed upgrade, or data
 * from a newer version). Opening without declaring a version makes Dexie use whatever version and
 * tables exist, so no upgrade runs and nothing is changed. The file uses the backup format, so once
 * Loopside works again it can be imported; tables Loopside does not know are kept in the file too.
 */
export async function exportRawDatabase(name: string, now: number = Date.now()): Promise<string> {
  const raw = new Dexie(name);
  try {
    try {
      await raw.open();
    } catch (e) {
      if (e instanceof Error && e.name === 'NoSuchDatabaseError') {
        throw new Error('there is no saved Loopside data in this browser to copy', { cause: e });
      }
      throw e;
    }
    const tables: Record<string, unknown[]> = {};
    await raw.transaction('r', raw.tables, async () => {
      for (const table of raw.tables) tables[table.name] = await table.toArray();
    });
    for (const table of BACKUP_TABLE_NAMES) {
      if (!tables[table] && !backupTables[table].optional) tables[table] = [];
    }
    return JSON.stringify(
      {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        exportedAt: new Date(now).toISOString(),
        dbVersion: raw.verno,
        app: 'Loopside',
        tables,
      },
      null,
      2,
    );
  } finally {
    raw.close();
  }
}
