import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { readSetting, writeSetting } from '../../lib/db/settings-queries';
import type { Setting } from '../../lib/settings/settings';

/**
 * A persisted setting: `undefined` while loading (unless `initial`, read before the first render,
 * is given), else the parsed value or its fallback.
 */
export function useSetting<T>(s: Setting<T>, initial?: T) {
  const value = useLiveQuery(() => readSetting(getDb(), s), [s], initial);
  const set = useCallback((v: T) => writeSetting(getDb(), s, v), [s]);
  return [value, set] as const;
}
