import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { activeSession, finishedSessions, updateSession } from '../../lib/db/session-queries';
import type { Session } from '../../lib/practice/session-schema';

/** `undefined` while loading, `null` when no round is open. */
export function useActiveSession(): Session | null | undefined {
  return useLiveQuery(async () => (await activeSession(getDb())) ?? null, []);
}

export function useFinishedSessions(): Session[] | undefined {
  return useLiveQuery(() => finishedSessions(getDb()), []);
}

export function useSessionUpdater(id: string | undefined) {
  return useCallback(
    async (change: (s: Session, now: number) => Session) => {
      if (!id) return;
      const now = Date.now();
      await updateSession(getDb(), id, (s) => change(s, now));
    },
    [id],
  );
}
