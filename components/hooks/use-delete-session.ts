import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { removeSession, restoreSession, type RemovedSession } from '../../lib/db/session-queries';

/** Deletes a finished round (its transcripts and critiques with it) and puts it back on undo. */
export function useDeleteSession() {
  const remove = useCallback((id: string) => removeSession(getDb(), id), []);
  const restore = useCallback((r: RemovedSession) => restoreSession(getDb(), r), []);
  return { remove, restore };
}
