import type { Session } from '../practice/session-schema';
import type { CritiqueRow } from '../critique/critique-row-schema';
import type { TranscriptRow } from '../live/transcript-schema';
import type { LoopsideDb } from './loopside-db';

/** The round in progress (ready or active), newest first; at most one is expected. */
export async function activeSession(db: LoopsideDb): Promise<Session | undefined> {
  const open = await db.sessions.where('status').anyOf('ready', 'active').toArray();
  return open.sort((a, b) => b.createdAt - a.createdAt)[0];
}

export async function getSession(db: LoopsideDb, id: string): Promise<Session | undefined> {
  return db.sessions.get(id);
}

/** Every round, by id. */
export async function sessionsById(db: LoopsideDb): Promise<Map<string, Session>> {
  return new Map((await db.sessions.toArray()).map((s) => [s.id, s] as const));
}

export async function finishedSessions(db: LoopsideDb): Promise<Session[]> {
  return db.sessions.where('status').equals('finished').reverse().sortBy('createdAt');
}

export async function saveSession(db: LoopsideDb, session: Session): Promise<void> {
  await db.sessions.put(session);
}

/**
 * Saves a new round unless one is already open, in one transaction: the panel, the prompt
 * library and the plan can each start a round, and none may start a second over a running one
 * (the older would stay open in the database, out of sight). False when one is open.
 */
export async function saveNewRound(db: LoopsideDb, session: Session): Promise<boolean> {
  return db.transaction('rw', db.sessions, async () => {
    if (await activeSession(db)) return false;
    await db.sessions.put(session);
    return true;
  });
}

export const ROUND_ALREADY_RUNNING =
  'A round is already running in the coach panel; finish it first.';

/**
 * Applies a pure change to the stored session inside one transaction, so two quick clicks (or the
 * panel and a keyboard command) never overwrite each other's change.
 */
export async function updateSession(
  db: LoopsideDb,
  id: string,
  change: (s: Session) => Session,
): Promise<Session | undefined> {
  return db.transaction('rw', db.sessions, async () => {
    const current = await db.sessions.get(id);
    if (!current) return undefined;
    const next = change(current);
    if (next !== current) await db.sessions.put(next);
    return next;
  });
}

export interface RemovedSession {
  session: Session;
  transcripts: TranscriptRow[];
  /** Critiques of its answers, which quote the transcripts. */
  critiques: CritiqueRow[];
}

/**
 * Deletes a round and its kept transcripts in one go, so no caption line outlives its round; the
 * result can put both back.
 */
export async function removeSession(db: LoopsideDb, id: string): Promise<RemovedSession | null> {
  return db.transaction('rw', db.sessions, db.transcripts, db.critiques, async () => {
    const session = await db.sessions.get(id);
    if (!session) return null;
    const transcripts = await db.transcripts.where('sessionId').equals(id).toArray();
    await db.transcripts.bulkDelete(transcripts.map((t) => t.id));
    const critiques = await db.critiques.where('subjectId').equals(id).toArray();
    await db.critiques.bulkDelete(critiques.map((c) => c.id));
    await db.sessions.delete(id);
    return { session, transcripts, critiques };
  });
}

export async function restoreSession(db: LoopsideDb, removed: RemovedSession): Promise<void> {
  await db.transaction('rw', db.sessions, db.transcripts, db.critiques, async () => {
    await db.sessions.put(removed.session);
    if (removed.transcripts.length) await db.transcripts.bulkPut(removed.transcripts);
    if (removed.critiques?.length) await db.critiques.bulkPut(removed.critiques);
  });
}
