import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { deleteSessionTranscripts, sessionTranscripts } from '../../lib/db/transcript-queries';

export function useSessionTranscripts(sessionId: string) {
  const rows = useLiveQuery(() => sessionTranscripts(getDb(), sessionId), [sessionId]);
  const remove = useCallback(() => deleteSessionTranscripts(getDb(), sessionId), [sessionId]);
  return { rows, remove };
}
