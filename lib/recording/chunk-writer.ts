import { shouldStopForSpace } from './recording-quota';

/** Why a recording stopped on its own, in the words the practice room shows. */
export const stopReasons = {
  deleted: 'The recording was deleted, so recording stopped.',
  noSpace:
    'The browser is nearly out of space for Loopside, so recording stopped. What was recorded is kept.',
  writeFailed: 'A part of the recording could not be saved, so recording stopped.',
} as const;

interface ChunkWriterDeps {
  /** Stores one chunk; false when the recording is gone (deleted from another page). */
  append: (seq: number, data: Blob) => Promise<boolean>;
  /** Bytes used and allowed for the extension's storage; null where the browser does not say. */
  space: () => Promise<{ usageBytes: number | null; quotaBytes: number | null }>;
  /** Ends the recording, with the reason the user is shown. */
  stop: (reason: string) => void;
  /** Space is asked for every this many chunks (chunks are about a second each). */
  checkEvery?: number;
}

export interface ChunkWriter {
  /** Queues one chunk behind every earlier write. */
  write: (data: Blob, seq: number) => void;
  /** Queues other work on the recording (join a round, mark a pause) in the same order. */
  after: (task: () => Promise<unknown>) => void;
  /** Resolves once everything queued so far is written (or has failed and stopped the recording). */
  settled: () => Promise<void>;
}

/**
 * Writes a recording's chunks one at a time, in the order they arrived, so that each is stored
 * about a second after it was recorded and a closed tab loses only the last second. A recording
 * deleted meanwhile, a storage that is nearly full, or a failed write ends the recording with a
 * reason; what was written stays.
 */
export function createChunkWriter(first: Promise<unknown>, deps: ChunkWriterDeps): ChunkWriter {
  const checkEvery = deps.checkEvery ?? 15;
  let written = 0;
  let queue: Promise<unknown> = first;
  let stopped = false;
  const stopOnce = (reason: string) => {
    if (stopped) return;
    stopped = true;
    deps.stop(reason);
  };
  const enqueue = (task: () => Promise<unknown>) => {
    queue = queue.then(task).catch(() => stopOnce(stopReasons.writeFailed));
  };
  return {
    write: (data, seq) =>
      enqueue(async () => {
        if (stopped) return;
        if (!(await deps.append(seq, data))) return stopOnce(stopReasons.deleted);
        if (++written % checkEvery !== 0) return;
        const s = await deps.space();
        if (s.usageBytes !== null && s.quotaBytes !== null) {
          if (shouldStopForSpace(s.usageBytes, s.quotaBytes)) stopOnce(stopReasons.noSpace);
        }
      }),
    after: enqueue,
    settled: () => queue.then(() => undefined),
  };
}
