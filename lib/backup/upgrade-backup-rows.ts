import { upgradeSessionToV2, upgradeSessionToV3 } from '../db/loopside-db';

interface RowUpgrade {
  /** The database version that introduced the change. */
  toVersion: number;
  table: string;
  upgrade: (row: Record<string, unknown>) => void;
}

/**
 * The same row upgrades the database runs, applied to a backup written at an older database
 * version, so an old file imports into a newer Loopside. Add one entry per database upgrade that
 * changes the shape of backed-up rows.
 */
const ROW_UPGRADES: readonly RowUpgrade[] = [
  { toVersion: 2, table: 'sessions', upgrade: upgradeSessionToV2 },
  { toVersion: 3, table: 'sessions', upgrade: upgradeSessionToV3 },
];

/** Upgrades rows in freshly parsed JSON, in place; anything malformed is left for the schema. */
export function upgradeBackupRows(data: Record<string, unknown>): void {
  const from = data.dbVersion;
  const tables = data.tables;
  if (typeof from !== 'number' || typeof tables !== 'object' || tables === null) return;
  for (const step of ROW_UPGRADES) {
    if (from >= step.toVersion || !Object.hasOwn(tables, step.table)) continue;
    const rows = (tables as Record<string, unknown>)[step.table];
    if (!Array.isArray(rows)) continue;
    for (const row of rows) {
      if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
        step.upgrade(row as Record<string, unknown>);
      }
    }
  }
}
