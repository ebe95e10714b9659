import type { LoopsideDb } from '../db/loopside-db';
import type { ExportState } from './export-reminder';

export const SETTING_EDITS_SINCE_EXPORT = 'backup.editsSinceExport';
export const SETTING_LAST_EXPORT_AT = 'backup.lastExportAt';

const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Counts one saved edit towards the backup reminder. Call it after the save resolves, not inside
 * another transaction: it opens its own on the settings table.
 */
export async function noteEdit(db: LoopsideDb): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTING_EDITS_SINCE_EXPORT);
    await db.settings.put({ key: SETTING_EDITS_SINCE_EXPORT, value: count(row?.value) + 1 });
  });
}

export async function markExported(db: LoopsideDb, now: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.bulkPut([
      { key: SETTING_EDITS_SINCE_EXPORT, value: 0 },
      { key: SETTING_LAST_EXPORT_AT, value: now },
    ]);
  });
}

export async function readExportState(db: LoopsideDb): Promise<ExportState> {
  const [edits, last] = await db.settings.bulkGet([
    SETTING_EDITS_SINCE_EXPORT,
    SETTING_LAST_EXPORT_AT,
  ]);
  return { editsSinceExport: count(edits?.value), lastExportAt: time(last?.value) };
}
