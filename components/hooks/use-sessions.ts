import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { activeSession, finishedSessions, updateSession } from '../../lib/db/session-queries';
import type { Session } from '../../lib/practice/session-schema';

/** `undefined` while loading (unless `initial` was read before), `null` when no round is open. */
export function useActiveSession(initial?: Session | null): Session | null | undefined {
  return useLiveQuery(async () => (await activeSession(getDb())) ?? null, [], initial);
}

export function useFinishedSessions(): Session[] | undefined {
  return useLiveQuery(() => finishedSessions(getDb()), []);
}

export function useSessionUpdater(id: string | undefined) {
  return useCallback(
    /** Resolves to the stored session after the change, so callers act on what was saved. */
    async (change: (s: Session, now: number) => Session): Promise<Session | undefined> => {
      if (!id) return undefined;
      const now = Date.now();
      return updateSession(getDb(), id, (s) => change(s, now));
    },
    [id],
  );
}
