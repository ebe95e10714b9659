import { describe, expect, it } from 'vitest';
import { checkBackupFile } from '../../lib/browser/check-backup-file';

/** A worker that takes the file and never answers, as a check stuck on some input would. */
class SilentWorker extends EventTarget {
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}

describe('checking a chosen backup off the page thread', () => {
  it('stops a check that runs past its time limit and says so', async () => {
    const worker = new SilentWorker();
    const result = await checkBackupFile(
      new Blob(['{}']),
      {},
      50,
      async () => worker as unknown as Worker,
    );
    expect(result).toEqual({
      ok: false,
      error: 'Checking the file took longer than 50 ms, so it was stopped.',
    });
    expect(worker.terminated).toBe(true);
  });

  it('checks in place where no worker can start', async () => {
    const result = await checkBackupFile(new Blob(['[1, 2]']), {}, 50, async () => {
      throw new Error('no workers');
    });
    expect(result).toEqual({
      ok: false,
      error: 'This is not a Loopside backup: the file should hold a single JSON object.',
    });
  });
});
