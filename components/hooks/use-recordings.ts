import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import {
  closeAbandonedRecordings,
  deleteAllRecordings,
  deleteRecording,
  listRecordings,
  recordingBlob,
} from '../../lib/db/recording-queries';
import { sessionsById } from '../../lib/db/session-queries';
import { downloadBlob, downloadText } from '../../lib/browser/download-text';
import {
  exportRoundRecording,
  importRoundRecordingFile,
} from '../../lib/db/round-recording-transfer';
import { liveRecordingIds } from '../../lib/browser/recording-lock';
import { storageStatus, type StorageStatus } from '../../lib/browser/storage-status';
import { mediaExtension } from '../../lib/recording/recorder-settings';
import type { Recording } from '../../lib/recording/recording-schema';
import { roundRecordingFilename } from '../../lib/recording/round-recording-file';
import type { Session } from '../../lib/practice/session-schema';

interface RecordingsState {
  list: Recording[] | undefined;
  sessions: ReadonlyMap<string, Session>;
  storage: StorageStatus | undefined;
  /** What the last delete gave back, for the message beside the totals. */
  freed: number | null;
  remove: (id: string) => Promise<void>;
  removeAll: () => Promise<void>;
  exportRound: (rec: Recording) => Promise<void>;
  downloadMedia: (rec: Recording) => Promise<void>;
  /** Reads a round-with-recording file; resolves to a sentence saying what happened. */
  importFile: (file: File) => Promise<string>;
}

export function useRecordings(): RecordingsState {
  const [storage, setStorage] = useState<StorageStatus | undefined>();
  const [freed, setFreed] = useState<number | null>(null);
  const list = useLiveQuery(() => listRecordings(getDb()), []);
  const sessions = useLiveQuery(() => sessionsById(getDb()), []);
  const refresh = useCallback(() => void storageStatus().then(setStorage), []);
  useEffect(() => {
    // A recording cut short by a closed tab is marked as ended at its last chunk.
    void liveRecordingIds()
      .then((ids) => closeAbandonedRecordings(getDb(), ids))
      .finally(refresh);
  }, [refresh]);
  const total = list?.reduce((n, r) => n + r.bytes, 0);
  useEffect(refresh, [total, refresh]);

  const remove = useCallback(
    async (id: string) => setFreed(await deleteRecording(getDb(), id)),
    [],
  );
  const removeAll = useCallback(async () => setFreed(await deleteAllRecordings(getDb())), []);
  const exportRound = useCallback(async (rec: Recording) => {
    const file = await exportRoundRecording(getDb(), rec, Date.now());
    if (file) downloadText(file.filename, file.text, 'application/json');
  }, []);
  const downloadMedia = useCallback(async (rec: Recording) => {
    const blob = await recordingBlob(getDb(), rec.id);
    if (blob)
      downloadBlob(roundRecordingFilename(rec.startedAt, mediaExtension(rec.mimeType)), blob);
  }, []);
  const importFile = useCallback((file: File) => importRoundRecordingFile(getDb(), file), []);

  return {
    list,
    importFile,
    sessions: sessions ?? new Map(),
    storage,
    freed,
    remove,
    removeAll,
    exportRound,
    downloadMedia,
  };
}
