import type { LoopsideDb } from '../db/loopside-db';
import { readSetting, updateSetting, writeSettings } from '../db/settings-queries';
import { editsSinceExportSetting, lastExportAtSetting } from '../settings/settings';
import type { ExportState } from './export-reminder';

/**
 * Counts one saved edit towards the backup reminder. Call it after the save resolves, not inside
 * another transaction: it opens its own on the settings table.
 */
export async function noteEdit(db: LoopsideDb): Promise<void> {
  await updateSetting(db, editsSinceExportSetting, (n) => n + 1);
}

export async function markExported(db: LoopsideDb, now: number): Promise<void> {
  await writeSettings(db, [
    { setting: editsSinceExportSetting, value: 0 },
    { setting: lastExportAtSetting, value: now },
  ]);
}

export async function readExportState(db: LoopsideDb): Promise<ExportState> {
  const [editsSinceExport, lastExportAt] = await Promise.all([
    readSetting(db, editsSinceExportSetting),
    readSetting(db, lastExportAtSetting),
  ]);
  return { editsSinceExport, lastExportAt };
}
