import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db/loopside-db';
import { listRecordings } from '../../lib/db/recording-queries';
import type { Recording } from '../../lib/recording/recording-schema';

/** Recordings by the round they belong to, for links from the practice history. */
export function useRecordingsBySession(): ReadonlyMap<string, Recording[]> {
  const rows = useLiveQuery(() => listRecordings(getDb()), []);
  const map = new Map<string, Recording[]>();
  for (const r of rows ?? []) {
    if (r.sessionId) map.set(r.sessionId, [...(map.get(r.sessionId) ?? []), r]);
  }
  return map;
}
