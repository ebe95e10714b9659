import { parseBackupBytes, type ParseBackupOptions } from '../backup/parse-backup';

export interface BackupCheckRequest {
  bytes: ArrayBuffer;
  options: ParseBackupOptions;
}

// Checking a 50 MB file takes seconds; off the page's thread, the page stays responsive and the
// page can stop a check that runs too long.
self.onmessage = (event: MessageEvent<BackupCheckRequest>) => {
  let result;
  try {
    result = parseBackupBytes(new Uint8Array(event.data.bytes), event.data.options);
  } catch (e) {
    result = {
      ok: false,
      error: `The file could not be checked: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  self.postMessage(result);
};
