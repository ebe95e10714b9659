import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { backupFilename } from '../../lib/backup/export-backup';
import { getSnapshot, listSnapshots, restoreSnapshot } from '../../lib/backup/restore-snapshot';
import { checkBackupFile } from '../../lib/browser/check-backup-file';
import { downloadText } from '../../lib/browser/download-text';
import { getDb } from '../../lib/db/loopside-db';
import { useAsyncAction } from './use-async-action';

const restoreById = (id: string) => restoreSnapshot(getDb(), id, checkBackupFile, Date.now());

/** The safety copies taken before each replace, newest first, and putting one back. */
export function useSnapshots() {
  const list = useLiveQuery(() => listSnapshots(getDb()), []);
  const [status, restore] = useAsyncAction(restoreById);
  const download = useCallback(async (id: string) => {
    const snapshot = await getSnapshot(getDb(), id);
    if (snapshot) {
      downloadText(
        backupFilename(snapshot.createdAt, 'before-replace'),
        snapshot.json,
        'application/json',
      );
    }
  }, []);
  return { list, status, restore, download };
}
