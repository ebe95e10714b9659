import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db/loopside-db';
import { votesSealedHere } from '../../lib/db/peer-queries';

/** Votes sealed in this browser, newest first: the interviewer's own, to copy again or replace. */
export function useSealedHere() {
  return useLiveQuery(() => votesSealedHere(getDb()), []);
}
