import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { deleteClip, listClips, saveClip, setClipKind } from '../../lib/db/clip-queries';
import { getDb } from '../../lib/db/loopside-db';
import type { ClipKind } from '../../lib/clip/clip-kinds';
import type { ClippedPage } from '../../lib/clip/clip-schema';

/** The clipped pages, newest first, with delete-and-undo and a kind the user can correct. */
export function useClips() {
  const clips = useLiveQuery(() => listClips(getDb()), []);
  const [removed, setRemoved] = useState<ClippedPage | null>(null);
  const remove = useCallback(async (id: string) => {
    setRemoved((await deleteClip(getDb(), id)) ?? null);
  }, []);
  const undo = useCallback(async () => {
    if (!removed) return;
    await saveClip(getDb(), removed);
    setRemoved(null);
  }, [removed]);
  const setKind = useCallback((id: string, kind: ClipKind) => setClipKind(getDb(), id, kind), []);
  return { clips, removed, remove, undo, setKind };
}
