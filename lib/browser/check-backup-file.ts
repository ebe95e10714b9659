import {
  parseBackupBytes,
  type ParseBackupOptions,
  type ParseBackupResult,
} from '../backup/parse-backup';
import type { BackupCheckRequest } from './backup-check-worker';

async function startCheckWorker(): Promise<Worker> {
  if (typeof Worker === 'undefined') throw new Error('No workers here');
  const { default: BackupCheckWorker } = await import('./backup-check-worker.ts?worker');
  return new BackupCheckWorker();
}

/** Far above the few seconds a 50 MB file takes on a slow machine; a check never runs longer. */
export const BACKUP_CHECK_TIMEOUT_MS = 60_000;

/**
 * Reads and checks a chosen backup in a worker, stopping it after a time limit, so no file can
 * leave the page on "Checking…". Where workers are missing or fail to start, checks in place.
 */
export async function checkBackupFile(
  file: Blob,
  options: ParseBackupOptions,
  timeoutMs = BACKUP_CHECK_TIMEOUT_MS,
  startWorker: () => Promise<Worker> = startCheckWorker,
): Promise<ParseBackupResult> {
  const bytes = await file.arrayBuffer();
  const inPlace = () => parseBackupBytes(new Uint8Array(bytes), options);
  let worker: Worker;
  try {
    worker = await startWorker();
  } catch {
    return inPlace();
  }
  return new Promise<ParseBackupResult>((resolve) => {
    const end = (result: () => ParseBackupResult) => {
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
    worker.onmessage = (event: MessageEvent<ParseBackupResult>) => end(() => event.data);
    // A worker that cannot start (or dies) leaves the check to this page.
    worker.onerror = (event) => {
      event.preventDefault();
      end(inPlace);
    };
    const request: BackupCheckRequest = { bytes, options };
    worker.postMessage(request);
  });
}
