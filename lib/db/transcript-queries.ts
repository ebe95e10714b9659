import type { Utterance } from '../captions/utterance-schema';
import type { TranscriptRow } from '../live/transcript-schema';
import type { LoopsideDb } from './loopside-db';

/** Adds or updates one final caption line in the answer's transcript. */
export async function saveTranscriptLine(
  db: LoopsideDb,
  sessionId: string,
  answerIndex: number,
  u: Utterance,
  now: number,
): Promise<void> {
  const id = `${sessionId}:${answerIndex}`;
  await db.transaction('rw', db.transcripts, async () => {
    const row: TranscriptRow = (await db.transcripts.get(id)) ?? {
      id,
      sessionId,
      answerIndex,
      lines: [],
      updatedAt: now,
    };
    const line = {
      id: u.id,
      speaker: u.speaker,
      isSelf: u.isSelf,
      text: u.text,
      start: u.start,
      end: u.end,
    };
    const at = row.lines.findIndex((l) => l.id === u.id);
    const lines = at === -1 ? [...row.lines, line] : row.lines.map((l, i) => (i === at ? line : l));
    await db.transcripts.put({ ...row, lines, updatedAt: now });
  });
}

export async function sessionTranscripts(
  db: LoopsideDb,
  sessionId: string,
): Promise<TranscriptRow[]> {
  return (await db.transcripts.where('sessionId').equals(sessionId).toArray()).sort(
    (a, b) => a.answerIndex - b.answerIndex,
  );
}

/** Deletes a round's transcripts and the answer critiques that quote them. */
export async function deleteSessionTranscripts(db: LoopsideDb, sessionId: string): Promise<number> {
  return db.transaction('rw', db.transcripts, db.critiques, async () => {
    await db.critiques.where('subjectId').equals(sessionId).delete();
    return db.transcripts.where('sessionId').equals(sessionId).delete();
  });
}
