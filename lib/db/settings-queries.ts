import { checkSettingValue, parseSetting, type Setting } from '../settings/settings';
import type { LoopsideDb } from './loopside-db';

/** The one read path: the stored value, parsed by the setting's schema, or its fallback. */
export async function readSetting<T>(db: LoopsideDb, s: Setting<T>): Promise<T> {
  const row = await db.settings.get(s.key);
  return parseSetting(s, row?.value);
}

/** The one write path: the value is checked against the setting's schema first. */
export async function writeSetting<T>(db: LoopsideDb, s: Setting<T>, value: T): Promise<void> {
  await db.settings.put({ key: s.key, value: checkSettingValue(s, value) });
}

/**
 * Read-modify-write in one transaction, so two quick changes (two clicks, two saved edits) never
 * drop one another.
 */
export async function updateSetting<T>(
  db: LoopsideDb,
  s: Setting<T>,
  change: (current: T) => T,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await readSetting(db, s);
    const next = change(current);
    if (next !== current) await writeSetting(db, s, next);
  });
}
