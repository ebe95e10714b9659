import { markExported } from '../../lib/backup/edit-counter';
import { exportThenCheck } from '../../lib/backup/export-then-check';
import { checkBackupFile } from '../../lib/browser/check-backup-file';
import { downloadText } from '../../lib/browser/download-text';
import { getDb } from '../../lib/db/loopside-db';
import { useAsyncAction } from './use-async-action';

const saveJson = (filename: string, json: string) =>
  downloadText(filename, json, 'application/json');

/** Downloads a backup and says whether that file would import cleanly. */
export function useBackupExport() {
  const [status, exportNow] = useAsyncAction(exportBackupNow);
  return { status, exportNow };
}

async function exportBackupNow() {
  const now = Date.now();
  const { importProblem } = await exportThenCheck(getDb(), now, saveJson, checkBackupFile);
  await markExported(getDb(), now);
  return { at: now, importProblem };
}

/** The current data to a file before a replace (a note marks it in the file name). */
export async function downloadSafetyCopy(now: number): Promise<void> {
  await exportThenCheck(getDb(), now, saveJson, checkBackupFile, 'before-replace');
}
