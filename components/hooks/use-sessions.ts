import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { activeSession, finishedSessions, updateSession } from '../../lib/db/session-queries';
import type { Session } from '../../lib/practice/session-schema';
import { useDemoSessionIds } from './use-demo-session-ids';

/** `undefined` while loading (unless `initial` was read before), `null` when no round is open. */
export function useActiveSession(initial?: Session | null): Session | null | undefined {
  return useLiveQuery(async () => (await activeSession(getDb())) ?? null, [], initial);
}

export function useFinishedSessions(): Session[] | undefined {
  return useLiveQuery(() => finishedSessions(getDb()), []);
}

/**
 * The finished rounds the candidate ran: demo rounds (the scripted call) are left out of every
 * figure. `undefined` while either list loads.
 */
export function useCountedSessions(): Session[] | undefined {
  const sessions = useFinishedSessions();
  const demoIds = useDemoSessionIds();
  return useMemo(
    () => (sessions && demoIds ? sessions.filter((s) => !demoIds.has(s.id)) : undefined),
    [sessions, demoIds],
  );
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
