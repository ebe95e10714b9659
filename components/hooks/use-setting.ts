import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { readSetting, writeSetting } from '../../lib/db/settings-queries';
import type { Setting } from '../../lib/settings/settings';
import { useShownUntilStored } from './use-shown-until-stored';

/**
 * A persisted setting: `undefined` while loading (unless `initial`, read before the first render,
 * is given), else the parsed value or its fallback. A new value shows at once, before the write
 * comes back through the live query (a radio that sprang back for that moment read as unchosen).
 */
export function useSetting<T>(s: Setting<T>, initial?: T) {
  const stored = useLiveQuery(() => readSetting(getDb(), s), [s], initial);
  const [value, track] = useShownUntilStored(stored);
  const set = useCallback((v: T) => track(v, writeSetting(getDb(), s, v)), [s, track]);
  return [value, set] as const;
}
