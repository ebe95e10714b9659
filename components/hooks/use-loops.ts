import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { copyText } from '../../lib/browser/clipboard';
import { downloadText } from '../../lib/browser/download-text';
import { getDb } from '../../lib/db/loopside-db';
import {
  allVotes,
  deleteLoop,
  importVoteBlocks,
  listLoops,
  revealLoop,
  saveLoop,
} from '../../lib/db/peer-queries';
import type { Loop } from '../../lib/peer/loop-schema';

/** The candidate's loops and every vote stored for them. */
export function useLoops() {
  return useLiveQuery(async () => {
    const db = getDb();
    const [loops, votes] = await Promise.all([listLoops(db), allVotes(db)]);
    return { loops, votes };
  }, []);
}

export function useLoopActions() {
  const create = useCallback((loop: Loop) => saveLoop(getDb(), loop), []);
  const reveal = useCallback((id: string) => revealLoop(getDb(), id, Date.now()), []);
  const remove = useCallback((id: string) => deleteLoop(getDb(), id), []);
  /** Checks a paste of votes whole; stores nothing when a block is bad unless told to. */
  const importVotes = useCallback(
    (text: string, acceptPartial: boolean) =>
      importVoteBlocks(getDb(), text, acceptPartial, Date.now()),
    [],
  );
  const download = useCallback(
    (filename: string, markdown: string) => downloadText(filename, markdown, 'text/markdown'),
    [],
  );
  return { create, reveal, remove, importVotes, download, copy: copyText };
}
