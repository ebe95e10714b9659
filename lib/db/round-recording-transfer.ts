import type { TranscriptRow } from '../live/transcript-schema';
import type { Recording } from '../recording/recording-schema';
import { roundRecordingFile, roundRecordingFilename } from '../recording/round-recording-file';
import type { LoopsideDb } from './loopside-db';
import { importRoundRecording, recordingBlob } from './recording-queries';
import { sessionTranscripts } from './transcript-queries';

/**
 * A round and its recording as one JSON file (the round, its transcript lines and the media), or
 * null when the recording's media is gone.
 */
export async function exportRoundRecording(
  db: LoopsideDb,
  rec: Recording,
  now: number,
): Promise<{ filename: string; text: string } | null> {
  const blob = await recordingBlob(db, rec.id);
  if (!blob) return null;
  const session = rec.sessionId ? ((await db.sessions.get(rec.sessionId)) ?? null) : null;
  const transcripts: TranscriptRow[] = rec.sessionId
    ? await sessionTranscripts(db, rec.sessionId)
    : [];
  const file = roundRecordingFile({
    session,
    transcripts,
    recording: rec,
    media: new Uint8Array(await blob.arrayBuffer()),
    now,
  });
  return { filename: roundRecordingFilename(rec.startedAt), text: JSON.stringify(file) };
}

/** Reads a round-with-recording file into the database; resolves to the sentence the user sees. */
export async function importRoundRecordingFile(db: LoopsideDb, file: Blob): Promise<string> {
  // The file's schemas load only for an import, not with the recordings list.
  const { MAX_ROUND_FILE_BYTES, parseRoundRecordingBytes } =
    await import('../recording/parse-round-recording-file');
  if (file.size > MAX_ROUND_FILE_BYTES)
    return 'That file is larger than any round Loopside exports. Nothing was imported.';
  const parsed = parseRoundRecordingBytes(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) return parsed.message;
  const type = parsed.file.media.mimeType;
  const done = await importRoundRecording(
    db,
    parsed.file,
    new Blob([parsed.media as Uint8Array<ArrayBuffer>], { type }),
  );
  if (!done.ok) return done.message;
  return done.addedRound
    ? 'Imported the round and its recording.'
    : 'Imported the recording (the round was already here, or was not finished).';
}
