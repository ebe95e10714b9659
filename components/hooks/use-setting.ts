import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { readSetting, writeSetting } from '../../lib/db/settings-queries';

/** A persisted setting: `undefined` while loading, else the parsed value or the fallback. */
export function useSetting<T>(key: string, parse: (v: unknown) => T | undefined, fallback: T) {
  const value = useLiveQuery(
    async () => (await readSetting(getDb(), key, parse)) ?? fallback,
    [key],
  );
  const set = useCallback((v: T) => writeSetting(getDb(), key, v), [key]);
  return [value, set] as const;
}

export const asBoolean = (v: unknown): boolean | undefined =>
  typeof v === 'boolean' ? v : undefined;
export const asNullableString = (v: unknown): string | null | undefined =>
  typeof v === 'string' || v === null ? v : undefined;
