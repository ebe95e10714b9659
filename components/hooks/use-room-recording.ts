import { useCallback, useEffect, useRef, useState } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import {
  appendChunk,
  attachSession,
  closeAbandonedRecordings,
  createRecording,
  finishRecording,
  setRecordingPaused,
} from '../../lib/db/recording-queries';
import { openRecorder, type RecorderHandle } from '../../lib/browser/media-recorder';
import { holdRecordingLock, liveRecordingIds } from '../../lib/browser/recording-lock';
import { storageStatus } from '../../lib/browser/storage-status';
import { createChunkWriter, type ChunkWriter } from '../../lib/recording/chunk-writer';
import { recordingSpace, type SpaceVerdict } from '../../lib/recording/recording-quota';
import type { RecordingKind } from '../../lib/recording/recording-schema';
import { useActiveSession } from './use-sessions';

type RecordingPhase = 'idle' | 'checking' | 'confirm' | 'starting' | 'recording' | 'stopping';

export interface RoomRecording {
  phase: RecordingPhase;
  kind: RecordingKind;
  setKind: (kind: RecordingKind) => void;
  /** Free space in minutes of recording at the chosen kind, for the warning before starting. */
  space: SpaceVerdict | null;
  plannedMinutes: number;
  paused: boolean;
  startedAt: number | null;
  bytes: number;
  /** The recording just made, to link to its replay. */
  savedId: string | null;
  message: string | null;
  start: () => void;
  confirm: () => void;
  cancel: () => void;
  stop: () => void;
}

const DEFAULT_MINUTES = 30;

/**
 * "Record this round" in the practice room. Never starts without a click; each chunk is in
 * IndexedDB about a second after it was recorded, so a closed tab keeps all but the last second.
 * The recorder pauses while the round is paused, and the recording joins the round under way
 * (or the next one to start).
 */
export function useRoomRecording(): RoomRecording {
  const session = useActiveSession();
  const [kind, setKind] = useState<RecordingKind>('camera-mic');
  const [phase, setPhase] = useState<RecordingPhase>('idle');
  const [space, setSpace] = useState<SpaceVerdict | null>(null);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [bytes, setBytes] = useState(0);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const live = useRef<{
    id: string;
    handle: RecorderHandle;
    release: () => void;
    writer: ChunkWriter;
  } | null>(null);
  const plannedMinutes = session?.minutes ?? DEFAULT_MINUTES;
  const paused = !!session && session.status === 'active' && session.clock.pausedAt !== null;

  // A recording left "in progress" by a tab that closed or crashed ends at its last chunk.
  useEffect(() => {
    void liveRecordingIds().then((ids) => closeAbandonedRecordings(getDb(), ids));
  }, []);

  const finish = useCallback(async (why: string | null) => {
    const cur = live.current;
    if (!cur) return;
    live.current = null;
    setPhase('stopping');
    await cur.handle.stop();
    await cur.writer.settled();
    await finishRecording(getDb(), cur.id, Date.now());
    cur.release();
    setSavedId(cur.id);
    setMessage(why);
    setPhase('idle');
  }, []);

  const begin = useCallback(async () => {
    setPhase('starting');
    setMessage(null);
    setSavedId(null);
    const id = `rec-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const opened = await openRecorder({
      kind,
      onChunk: (data, seq) => {
        const cur = live.current;
        if (!cur) return;
        setBytes((b) => b + data.size);
        cur.writer.write(data, seq);
      },
      onEnded: (why) => void finish(why),
    });
    if (!opened.ok) {
      setMessage(opened.message);
      setPhase('idle');
      return;
    }
    const now = Date.now();
    const created = createRecording(getDb(), {
      id,
      sessionId: session?.status === 'active' ? session.id : null,
      mimeType: opened.handle.mimeType,
      kind,
      now,
    });
    const writer = createChunkWriter(created, {
      append: (seq, data) => appendChunk(getDb(), id, seq, data, Date.now()),
      space: storageStatus,
      stop: (reason) => void finish(reason),
    });
    live.current = { id, handle: opened.handle, release: holdRecordingLock(id), writer };
    setBytes(0);
    setStartedAt(now);
    setPhase('recording');
  }, [kind, session, finish]);

  const start = useCallback(() => {
    setPhase('checking');
    void storageStatus().then((s) => {
      const verdict = recordingSpace({
        usageBytes: s.usageBytes,
        quotaBytes: s.quotaBytes,
        kind,
        minutes: plannedMinutes,
      });
      setSpace(verdict);
      if (verdict.state === 'full') {
        setMessage(
          'There is no room left to record. Delete old recordings in the workspace first.',
        );
        setPhase('idle');
      } else if (verdict.state === 'tight') setPhase('confirm');
      else void begin();
    });
  }, [kind, plannedMinutes, begin]);

  // The recording belongs to the round under way, or the first one started while recording.
  const sessionId = session?.status === 'active' ? session.id : null;
  const attached = useRef<string | null>(null);
  useEffect(() => {
    const cur = live.current;
    if (phase !== 'recording' || !cur) {
      attached.current = null;
      return;
    }
    if (sessionId && attached.current === null) {
      attached.current = sessionId;
      cur.writer.after(() => attachSession(getDb(), cur.id, sessionId));
    } else if (
      session !== undefined &&
      attached.current !== null &&
      sessionId !== attached.current
    ) {
      // "Record this round": when the round ends, so does the recording.
      void finish('The round ended, so the recording stopped.');
    }
  }, [phase, sessionId, session, finish]);

  // Paused round, paused recording: the replay then lines up with the round's own clock.
  useEffect(() => {
    const cur = live.current;
    if (phase !== 'recording' || !cur) return;
    if (paused) cur.handle.pause();
    else cur.handle.resume();
    const at = Date.now();
    cur.writer.after(() => setRecordingPaused(getDb(), cur.id, paused, at));
  }, [phase, paused]);

  useEffect(() => () => void live.current?.handle.stop(), []);

  return {
    phase,
    kind,
    setKind,
    space,
    plannedMinutes,
    paused,
    startedAt,
    bytes,
    savedId,
    message,
    start,
    confirm: () => void begin(),
    cancel: () => setPhase('idle'),
    stop: () => void finish(null),
  };
}
