import type { LoopsideDb } from './loopside-db';

export const SETTING_FRAMEWORK = 'activeFrameworkId';

export async function readSetting<T>(
  db: LoopsideDb,
  key: string,
  parse: (v: unknown) => T | undefined,
): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row === undefined ? undefined : parse(row.value);
}

export async function writeSetting(db: LoopsideDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
