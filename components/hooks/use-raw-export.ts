import { useCallback } from 'react';
import { backupFilename } from '../../lib/backup/export-backup';
import { exportRawDatabase } from '../../lib/backup/export-raw-database';
import { downloadText } from '../../lib/browser/download-text';
import { DB_NAME } from '../../lib/db/db-name';
import { useAsyncAction } from './use-async-action';

/** For the recovery screen: saves the database as it is on disk, without Loopside's schema. */
export function useRawExport(name: string = DB_NAME) {
  const work = useCallback(async () => {
    const now = Date.now();
    const json = await exportRawDatabase(name, now);
    downloadText(backupFilename(now, 'recovery'), json, 'application/json');
    return {};
  }, [name]);
  const [status, exportRaw] = useAsyncAction(work);
  return { status, exportRaw };
}
