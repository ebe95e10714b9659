import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { recordingBlob } from '../../lib/db/recording-queries';
import { sessionTranscripts } from '../../lib/db/transcript-queries';
import type { TranscriptRow } from '../../lib/live/transcript-schema';
import type { Recording } from '../../lib/recording/recording-schema';

interface ReplayData {
  url: string | null;
  transcripts: TranscriptRow[] | undefined;
}

/** The recording as a Blob URL for the player, revoked when the replay closes. */
export function useReplayMedia(rec: Recording): ReplayData {
  const [url, setUrl] = useState<string | null>(null);
  const transcripts = useLiveQuery(
    () => (rec.sessionId ? sessionTranscripts(getDb(), rec.sessionId) : Promise.resolve([])),
    [rec.sessionId],
  );
  useEffect(() => {
    let made: string | null = null;
    let current = true;
    void recordingBlob(getDb(), rec.id).then((blob) => {
      if (!current || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
      setUrl(null);
    };
    // Rebuilt when a recording still being written ends, so the replay holds all of it.
  }, [rec.id, rec.status]);
  return { url, transcripts };
}
