import { useMemo } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { updateSetting } from '../../lib/db/settings-queries';
import { demoSessionsSetting } from '../../lib/settings/settings';
import { useSetting } from './use-setting';

/** Ids of demo rounds; `undefined` while loading. */
export function useDemoSessionIds(): ReadonlySet<string> | undefined {
  const [ids] = useSetting(demoSessionsSetting);
  return useMemo(() => (ids ? new Set(ids) : undefined), [ids]);
}

/** Marks a round as run against the scripted demo (idempotent). */
export async function markDemoSession(id: string): Promise<void> {
  await updateSetting(getDb(), demoSessionsSetting, (ids) =>
    ids.includes(id) ? ids : [...ids, id],
  );
}
