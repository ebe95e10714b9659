import { recordingSchema, type Recording, type RecordingKind } from '../recording/recording-schema';
import { withPause } from '../recording/recording-time';
import type { RoundRecordingFile } from '../recording/round-recording-file-schema';
import type { LoopsideDb } from './loopside-db';

interface NewRecording {
  id: string;
  sessionId: string | null;
  mimeType: string;
  kind: RecordingKind;
  now: number;
}

export async function createRecording(db: LoopsideDb, input: NewRecording): Promise<Recording> {
  const rec = recordingSchema.parse({
    id: input.id,
    sessionId: input.sessionId,
    mimeType: input.mimeType,
    kind: input.kind,
    status: 'recording',
    startedAt: input.now,
    endedAt: null,
    lastChunkAt: null,
    bytes: 0,
    chunkCount: 0,
    pauses: [],
  });
  await db.recordings.add(rec);
  return rec;
}

/**
 * Stores one chunk and the running totals in one transaction, so the row's size and count always
 * match the chunks on disk, even when the tab dies between two chunks. A chunk for a recording
 * that was deleted meanwhile is dropped.
 */
export async function appendChunk(
  db: LoopsideDb,
  recordingId: string,
  seq: number,
  data: Blob,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.recordings, db.recordingChunks, async () => {
    const rec = await db.recordings.get(recordingId);
    if (!rec) return false;
    await db.recordingChunks.put({ recordingId, seq, at: now, size: data.size, data });
    await db.recordings.update(recordingId, {
      bytes: rec.bytes + data.size,
      chunkCount: rec.chunkCount + 1,
      lastChunkAt: now,
    });
    return true;
  });
}

/** Ties a recording started before the round to the round, once one starts. */
export async function attachSession(db: LoopsideDb, id: string, sessionId: string): Promise<void> {
  await db.transaction('rw', db.recordings, async () => {
    const rec = await db.recordings.get(id);
    if (rec && rec.sessionId === null) await db.recordings.update(id, { sessionId });
  });
}

export async function setRecordingPaused(
  db: LoopsideDb,
  id: string,
  paused: boolean,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.recordings, async () => {
    const rec = await db.recordings.get(id);
    if (rec) await db.recordings.update(id, { pauses: withPause(rec.pauses, paused, now) });
  });
}

export async function finishRecording(db: LoopsideDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.recordings, async () => {
    const rec = await db.recordings.get(id);
    if (!rec || rec.status !== 'recording') return;
    await db.recordings.update(id, {
      status: 'finished',
      endedAt: now,
      pauses: withPause(rec.pauses, false, now),
    });
  });
}

/**
 * A recording still marked as being written whose tab is gone (it holds no lock any more) was cut
 * short by a closed tab or a crash: it ends at its last chunk, and everything up to it is kept.
 */
export async function closeAbandonedRecordings(
  db: LoopsideDb,
  liveIds: ReadonlySet<string>,
): Promise<number> {
  return db.transaction('rw', db.recordings, async () => {
    const open = await db.recordings.where('status').equals('recording').toArray();
    let closed = 0;
    for (const rec of open) {
      if (liveIds.has(rec.id)) continue;
      const end = rec.lastChunkAt ?? rec.startedAt;
      await db.recordings.update(rec.id, {
        status: 'interrupted',
        endedAt: end,
        pauses: withPause(rec.pauses, false, end),
      });
      closed++;
    }
    return closed;
  });
}

/**
 * Every recording, newest first, each checked as it is read. A row that does not read (damaged,
 * or left by another version) is left out rather than failing the list, and with it every page
 * that shows recordings; its chunks stay stored.
 */
export async function listRecordings(db: LoopsideDb): Promise<Recording[]> {
  const rows: unknown[] = await db.recordings.orderBy('startedAt').reverse().toArray();
  return rows.flatMap((r) => {
    const read = recordingSchema.safeParse(r);
    return read.success ? [read.data] : [];
  });
}

/** The whole media file, chunks joined in the order they arrived. */
export async function recordingBlob(db: LoopsideDb, id: string): Promise<Blob | null> {
  const rec = await db.recordings.get(id);
  if (!rec) return null;
  const chunks = await db.recordingChunks
    .where('[recordingId+seq]')
    .between([id, 0], [id, Infinity])
    .toArray();
  return new Blob(
    chunks.map((c) => c.data),
    { type: rec.mimeType },
  );
}

/** Deletes one recording and its media; the round it belongs to stays. Returns the bytes freed. */
export async function deleteRecording(db: LoopsideDb, id: string): Promise<number> {
  return db.transaction('rw', db.recordings, db.recordingChunks, async () => {
    const rec = await db.recordings.get(id);
    await db.recordingChunks.where('recordingId').equals(id).delete();
    await db.recordings.delete(id);
    return rec?.bytes ?? 0;
  });
}

export async function deleteAllRecordings(db: LoopsideDb): Promise<number> {
  return db.transaction('rw', db.recordings, db.recordingChunks, async () => {
    const all = await db.recordings.toArray();
    await db.recordingChunks.clear();
    await db.recordings.clear();
    return all.reduce((n, r) => n + r.bytes, 0);
  });
}

type ImportedRound =
  { ok: true; recordingId: string; addedRound: boolean } | { ok: false; message: string };

/**
 * Stores a round exported with its recording, in one transaction: the recording as one chunk,
 * and the round and its transcript when this browser does not have them yet (a round already
 * here is kept as it is).
 */
export async function importRoundRecording(
  db: LoopsideDb,
  file: RoundRecordingFile,
  media: Blob,
): Promise<ImportedRound> {
  return db.transaction(
    'rw',
    [db.recordings, db.recordingChunks, db.sessions, db.transcripts],
    async () => {
      if (await db.recordings.get(file.recording.id))
        return { ok: false, message: 'This recording is already here. Nothing was imported.' };
      // Parsed, not cast: the row stored is one the schema accepts.
      const rec = recordingSchema.parse({
        ...file.recording,
        status: file.recording.status === 'recording' ? 'interrupted' : file.recording.status,
        bytes: media.size,
        chunkCount: 1,
      });
      await db.recordings.add(rec);
      await db.recordingChunks.add({
        recordingId: rec.id,
        seq: 0,
        at: rec.endedAt ?? rec.startedAt,
        size: media.size,
        data: media,
      });
      let addedRound = false;
      // Only a finished round: an unfinished one would turn up as the round running here.
      if (file.session?.status === 'finished' && !(await db.sessions.get(file.session.id))) {
        await db.sessions.add(file.session);
        await db.transcripts.bulkPut(
          file.transcripts.filter((t) => t.sessionId === file.session?.id),
        );
        addedRound = true;
      }
      return { ok: true as const, recordingId: rec.id, addedRound };
    },
  );
}
