import type { Backup, BackupSummary } from '../backup/backup-schema';
import { parseBackupBytes, type ParseBackupOptions } from '../backup/parse-backup';
import type { BackupCheckReply, BackupCheckRequest } from './backup-check-worker';

/** A checked file: its summary now, its rows when the user chooses to import them. */
type CheckedBackup =
  { ok: true; summary: BackupSummary; load: () => Backup } | { ok: false; error: string };

async function startCheckWorker(): Promise<Worker> {
  if (typeof Worker === 'undefined') throw new Error('No workers here');
  const { default: BackupCheckWorker } = await import('./backup-check-worker.ts?worker');
  return new BackupCheckWorker();
}

/** Far above the few seconds a 50 MB file takes on a slow machine; a check never runs longer. */
const BACKUP_CHECK_TIMEOUT_MS = 60_000;

/**
 * Reads and checks a chosen backup in a worker, stopping it after a time limit, so no file can
 * leave the page on "Checking…". Where workers are missing or fail to start, checks in place.
 */
export async function checkBackupFile(
  file: Blob,
  options: ParseBackupOptions,
  timeoutMs = BACKUP_CHECK_TIMEOUT_MS,
  startWorker: () => Promise<Worker> = startCheckWorker,
): Promise<CheckedBackup> {
  const inPlace = async (): Promise<CheckedBackup> => {
    const parsed = parseBackupBytes(new Uint8Array(await file.arrayBuffer()), options);
    if (!parsed.ok) return parsed;
    return { ok: true, summary: parsed.summary, load: () => parsed.backup };
  };
  let worker: Worker;
  try {
    worker = await startWorker();
  } catch {
    return inPlace();
  }
  return new Promise<CheckedBackup>((resolve) => {
    const end = (result: () => CheckedBackup | Promise<CheckedBackup>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result());
    };
    const timer = setTimeout(
      () =>
        end(() => ({
          ok: false,
          error: `Checking the file took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}, so it was stopped.`,
        })),
      timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<BackupCheckReply>) =>
      end(() => {
        const reply = event.data;
        if (!reply.ok) return reply;
        // The worker checked exactly these rows; JSON text carries them unchanged.
        return { ok: true, summary: reply.summary, load: () => JSON.parse(reply.json) as Backup };
      });
    // A worker that cannot start (or dies) leaves the check to this page.
    worker.onerror = (event) => {
      event.preventDefault();
      end(inPlace);
    };
    const request: BackupCheckRequest = { file, options };
    worker.postMessage(request);
  });
}
