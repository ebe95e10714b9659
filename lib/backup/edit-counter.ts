import type { LoopsideDb } from '../db/loopside-db';
import { readSetting, updateSetting, writeSettings } from '../db/settings-queries';
import { editsSinceExportSetting, lastExportAtSetting } from '../settings/settings';
import type { ExportState } from './export-reminder';

/** Saves of one place closer together than this are one spell of typing: one change. */
const SPELL_MS = 2 * 60_000;
/** When each place (`story:<id>`, `notes:<round>:<answer>`) was last saved, in this page. */
const lastSaved = new Map<string, number>();

/**
 * Counts one saved change towards the backup reminder. Call it after the save resolves, not inside
 * another transaction: it opens its own on the settings table. Text is saved on every keystroke;
 * given the `place` it was typed in, a spell of typing there counts once, until it rests for two
 * minutes, so "25 changes" means 25 changes and not 25 letters.
 */
export async function noteEdit(db: LoopsideDb, place?: string, now = Date.now()): Promise<void> {
  if (place !== undefined) {
    const last = lastSaved.get(place);
    lastSaved.set(place, now);
    if (last !== undefined && now - last < SPELL_MS && now >= last) return;
  }
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
