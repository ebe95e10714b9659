import { useCallback, useRef, useState } from 'react';
import { MAX_BACKUP_BYTES, type Backup, type BackupSummary } from '../../lib/backup/backup-schema';
import { markExported, noteEdit } from '../../lib/backup/edit-counter';
import { importBackup, type ImportMode, type ImportResult } from '../../lib/backup/import-backup';
import { checkBackupFile } from '../../lib/browser/check-backup-file';
import { getDb } from '../../lib/db/loopside-db';
import { errorText } from '../../lib/errors/error-text';
import { tooBigMessage } from '../../lib/validation/decode-text-file';
import { downloadSafetyCopy } from './use-backup-export';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'invalid'; fileName: string; error: string }
  | { step: 'ready'; fileName: string; load: () => Backup; summary: BackupSummary }
  | { step: 'importing'; fileName: string; mode: ImportMode }
  | { step: 'done'; fileName: string; result: ImportResult; repairs: string[] }
  | { step: 'failed'; fileName: string; error: string };

/** Choose a file → check all of it → show what it holds → merge or replace in one transaction. */
export function useBackupImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // A second file chosen while the first is still being read wins.
  const latest = useRef(0);

  const chooseFile = useCallback(async (file: File | undefined) => {
    const ticket = ++latest.current;
    if (!file) {
      setState({ step: 'idle' });
      return;
    }
    const fileName = file.name;
    if (file.size > MAX_BACKUP_BYTES) {
      setState({
        step: 'invalid',
        fileName,
        error: tooBigMessage(file.size, MAX_BACKUP_BYTES, 'a Loopside backup'),
      });
      return;
    }
    setState({ step: 'reading', fileName });
    let next: ImportState;
    try {
      const parsed = await checkBackupFile(file, { dbVersion: getDb().verno, now: Date.now() });
      next = parsed.ok
        ? { step: 'ready', fileName, load: parsed.load, summary: parsed.summary }
        : { step: 'invalid', fileName, error: parsed.error };
    } catch (e) {
      // Whatever happens while reading or checking, the page ends on a message, never "Checking…".
      next = { step: 'invalid', fileName, error: `The file could not be read: ${errorText(e)}` };
    }
    if (ticket === latest.current) setState(next);
  }, []);

  const running = useRef(false);
  const run = useCallback(
    async (mode: ImportMode) => {
      // A double click must not import twice (or download two safety copies).
      if (state.step !== 'ready' || running.current) return;
      running.current = true;
      const { load, fileName, summary } = state;
      setState({ step: 'importing', fileName, mode });
      const db = getDb();
      const now = Date.now();
      try {
        // The current data goes to a file first and into the database's own safety copy, so a
        // replace can be undone even if the download never reached the disk.
        if (mode === 'replace') await downloadSafetyCopy(now);
        const result = await importBackup(db, load(), mode, { takeSnapshot: true, now });
        // After a replace the data is exactly a file the user holds; a merge made new data.
        if (mode === 'replace') await markExported(db, now);
        else await noteEdit(db);
        setState({ step: 'done', fileName, result, repairs: summary.repairs });
      } catch (e) {
        setState({ step: 'failed', fileName, error: errorText(e) });
      } finally {
        running.current = false;
      }
    },
    [state],
  );

  const reset = useCallback(() => {
    latest.current++;
    setState({ step: 'idle' });
  }, []);

  return {
    state,
    chooseFile,
    merge: () => run('merge'),
    replace: () => run('replace'),
    reset,
  };
}
