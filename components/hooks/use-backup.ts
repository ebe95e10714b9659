import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_BACKUP_BYTES, type Backup, type BackupSummary } from '../../lib/backup/backup-schema';
import { tooBigMessage } from '../../lib/validation/decode-text-file';
import { markExported, noteEdit, readExportState } from '../../lib/backup/edit-counter';
import { backupFilename, backupToJson, exportBackup } from '../../lib/backup/export-backup';
import { exportRawDatabase } from '../../lib/backup/export-raw-database';
import { exportReminder, type ExportReminder } from '../../lib/backup/export-reminder';
import { importBackup, type ImportMode, type ImportResult } from '../../lib/backup/import-backup';
import { checkBackupFile } from '../../lib/browser/check-backup-file';
import { downloadText } from '../../lib/browser/download-text';
import {
  requestPersistence,
  storageStatus,
  type StorageStatus,
} from '../../lib/browser/storage-status';
import { DB_NAME, getDb } from '../../lib/db/loopside-db';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Downloads a backup; returns the problem an import of it would hit, if any. */
async function downloadBackup(
  now: number,
  note?: string,
): Promise<{ json: string; importProblem: string | null }> {
  const json = backupToJson(await exportBackup(getDb(), now));
  downloadText(backupFilename(now, note), json, 'application/json');
  // Rows go out as stored; checking the file as an import would catch a row saved by a bug.
  const check = await checkBackupFile(new Blob([json]), { dbVersion: getDb().verno });
  return { json, importProblem: check.ok ? null : check.error };
}

/** `undefined` while loading. */
export function useExportReminder(): ExportReminder | undefined {
  return useLiveQuery(async () => {
    const state = await readExportState(getDb());
    return exportReminder({ ...state, now: Date.now() });
  }, []);
}

export type ExportStatus =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; at: number; importProblem: string | null }
  | { state: 'failed'; error: string };

export function useBackupExport() {
  const [status, setStatus] = useState<ExportStatus>({ state: 'idle' });
  const exportNow = useCallback(async () => {
    setStatus({ state: 'working' });
    const now = Date.now();
    try {
      const { importProblem } = await downloadBackup(now);
      await markExported(getDb(), now);
      setStatus({ state: 'done', at: now, importProblem });
    } catch (e) {
      setStatus({ state: 'failed', error: message(e) });
    }
  }, []);
  return { status, exportNow };
}

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
      next = { step: 'invalid', fileName, error: `The file could not be read: ${message(e)}` };
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
        if (mode === 'replace') await downloadBackup(now, 'before-replace');
        const result = await importBackup(db, load(), mode, { takeSnapshot: true, now });
        // After a replace the data is exactly a file the user holds; a merge made new data.
        if (mode === 'replace') await markExported(db, now);
        else await noteEdit(db);
        setState({ step: 'done', fileName, result, repairs: summary.repairs });
      } catch (e) {
        setState({ step: 'failed', fileName, error: message(e) });
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

/** `undefined` while loading. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const [asked, setAsked] = useState<'no' | 'granted' | 'refused' | 'unavailable'>('no');
  const [refreshes, setRefreshes] = useState(0);
  useEffect(() => {
    let live = true;
    void storageStatus().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, [refreshes]);
  const askPersistence = useCallback(async () => {
    const granted = await requestPersistence();
    setAsked(granted === null ? 'unavailable' : granted ? 'granted' : 'refused');
    setRefreshes((n) => n + 1);
  }, []);
  const refresh = useCallback(() => setRefreshes((n) => n + 1), []);
  return { status, asked, askPersistence, refresh };
}

export type RawExportStatus =
  { state: 'idle' } | { state: 'working' } | { state: 'done' } | { state: 'failed'; error: string };

/** For the recovery screen: saves the database as it is on disk, without Loopside's schema. */
export function useRawExport(name: string = DB_NAME) {
  const [status, setStatus] = useState<RawExportStatus>({ state: 'idle' });
  const exportRaw = useCallback(async () => {
    setStatus({ state: 'working' });
    const now = Date.now();
    try {
      const json = await exportRawDatabase(name, now);
      downloadText(backupFilename(now, 'recovery'), json, 'application/json');
      setStatus({ state: 'done' });
    } catch (e) {
      setStatus({ state: 'failed', error: message(e) });
    }
  }, [name]);
  return { status, exportRaw };
}

export type SnapshotStatus =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; at: number }
  | { state: 'failed'; error: string };

/** The safety copies taken before each replace, newest first, and putting one back. */
export function useSnapshots() {
  const list = useLiveQuery(
    async () =>
      (await getDb().snapshots.orderBy('createdAt').reverse().toArray()).map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
      })),
    [],
  );
  const [status, setStatus] = useState<SnapshotStatus>({ state: 'idle' });
  const restore = useCallback(async (id: string) => {
    setStatus({ state: 'working' });
    try {
      const db = getDb();
      const snapshot = await db.snapshots.get(id);
      if (!snapshot) throw new Error('That safety copy is no longer here.');
      const parsed = await checkBackupFile(new Blob([snapshot.json]), { dbVersion: db.verno });
      if (!parsed.ok) throw new Error(parsed.error);
      const now = Date.now();
      // Putting a copy back is itself a replace: what is here now gets its own safety copy.
      await importBackup(db, parsed.load(), 'replace', { takeSnapshot: true, now });
      setStatus({ state: 'done', at: snapshot.createdAt });
    } catch (e) {
      setStatus({ state: 'failed', error: message(e) });
    }
  }, []);
  const download = useCallback(async (id: string) => {
    const snapshot = await getDb().snapshots.get(id);
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
