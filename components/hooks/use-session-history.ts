import { useCallback, useMemo } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { removeSession, restoreSession, type RemovedSession } from '../../lib/db/session-queries';
import { writeSetting } from '../../lib/db/settings-queries';
import { asIdList, SETTING_DEMO_SESSIONS } from '../../lib/practice/session-history';
import { useSetting } from './use-setting';

const none: string[] = [];

/** Ids of demo rounds; `undefined` while loading. */
export function useDemoSessionIds(): ReadonlySet<string> | undefined {
  const [ids] = useSetting(SETTING_DEMO_SESSIONS, asIdList, none);
  return useMemo(() => (ids ? new Set(ids) : undefined), [ids]);
}

/** Marks a round as run against the scripted demo (idempotent). */
export async function markDemoSession(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTING_DEMO_SESSIONS);
    const ids = asIdList(row?.value) ?? [];
    if (!ids.includes(id)) await writeSetting(db, SETTING_DEMO_SESSIONS, [...ids, id]);
  });
}

export function useDeleteSession() {
  const remove = useCallback((id: string) => removeSession(getDb(), id), []);
  const restore = useCallback((r: RemovedSession) => restoreSession(getDb(), r), []);
  return { remove, restore };
}
