import { errorText } from '../errors/error-text';
import type { BackupSummary } from '../backup/backup-schema';
import { parseBackupBytes, type ParseBackupOptions } from '../backup/parse-backup';

export type BackupCheckReply =
  { ok: true; summary: BackupSummary; json: string } | { ok: false; error: string };

export interface BackupCheckRequest {
  /** The chosen file itself: a Blob crosses threads by reference, its bytes are read here. */
  file: Blob;
  options: ParseBackupOptions;
}

// Checking a 50 MB file takes seconds; off the page's thread, the page stays responsive and the
// page can stop a check that runs too long.
self.onmessage = async (event: MessageEvent<BackupCheckRequest>) => {
  let reply: BackupCheckReply;
  try {
    const bytes = new Uint8Array(await event.data.file.arrayBuffer());
    const result = parseBackupBytes(bytes, event.data.options);
    // Sent back as JSON text: copying one string between threads is several times quicker than
    // structured-cloning millions of small values, and the page parses it only when importing.
    reply = result.ok
      ? { ok: true, summary: result.summary, json: JSON.stringify(result.backup) }
      : result;
  } catch (e) {
    reply = {
      ok: false,
      error: `The file could not be checked: ${errorText(e)}`,
    };
  }
  self.postMessage(reply);
};
