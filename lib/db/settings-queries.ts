import type { Setting } from '../settings/settings';
import type { LoopsideDb } from './loopside-db';

// zod is not in the side panel's first script (it would not fit the 130 KB budget); the schemas
// start loading as soon as the database code runs. That is a second round of fetching after the
// first scripts, which the panel's first screen waits for: the mark lets the start-up benchmark
// show when they arrive beside the database open.
let schemas: Promise<typeof import('../settings/setting-schemas')> | null = null;
const loadSchemas = () =>
  (schemas ??= import('../settings/setting-schemas').then((m) => {
    performance.mark('loopside:schemas-loaded');
    return m;
  }));
void loadSchemas();

/** The one read path: the stored value, parsed by the setting's schema, or its fallback. */
export async function readSetting<T>(db: LoopsideDb, s: Setting<T>): Promise<T> {
  const [row, { parseSetting }] = await Promise.all([db.settings.get(s.key), loadSchemas()]);
  return parseSetting(s, row?.value);
}

/** The one write path: the value is checked against the setting's schema first. */
export async function writeSetting<T>(db: LoopsideDb, s: Setting<T>, value: T): Promise<void> {
  const { checkSettingValue } = await loadSchemas();
  await db.settings.put({ key: s.key, value: checkSettingValue(s, value) });
}

/** Several settings written together, in one put. */
export async function writeSettings(
  db: LoopsideDb,
  values: readonly { setting: Setting<unknown>; value: unknown }[],
): Promise<void> {
  const { checkSettingValue } = await loadSchemas();
  await db.settings.bulkPut(
    values.map(({ setting, value }) => ({
      key: setting.key,
      value: checkSettingValue(setting, value),
    })),
  );
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
  const { checkSettingValue, parseSetting } = await loadSchemas();
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(s.key);
    const current = parseSetting(s, row?.value);
    const next = change(current);
    if (next !== current) await db.settings.put({ key: s.key, value: checkSettingValue(s, next) });
  });
}
