import { setNotes } from '../practice/session-actions';
import {
  applyFieldEdit,
  fieldSavedAt,
  fieldMaxLength,
  fieldText,
  isStoryTextField,
} from '../stories/story-field-edit';
import { NOTES_MAX } from '../practice/answer-limits';
import type { LoopsideDb } from './loopside-db';

export interface Draft {
  key: string;
  entry: { text: string; at: number };
}

type DraftOutcome = 'applied' | 'already-saved' | 'kept' | 'orphan';

/**
 * Journals whose fields read them back themselves (the interviewer's notes, a vote's lines, the
 * readiness answers): never judged here, so a page starting elsewhere cannot clear them.
 */
const OTHERS = /^(interview|vote|readiness):/;

/**
 * Text journalled by a page that closed before its database save gets saved on the next start, so
 * search, coverage, cue cards and backups see it without the field being opened again. A draft is
 * applied when it is newer than the last save of its own field; one that matches the record is
 * dropped; one older than a later save of that same field (another tab won) is left alone.
 */
export async function reconcileDrafts(
  db: LoopsideDb,
  drafts: readonly Draft[],
  now = Date.now(),
): Promise<Map<string, DraftOutcome>> {
  const out = new Map<string, DraftOutcome>();
  for (const { key, entry: raw } of drafts) {
    if (OTHERS.test(key)) {
      out.set(key, 'kept');
      continue;
    }
    // The journal is local storage, which anything on this origin can write: its time is held to
    // now (a clock far ahead would make the text win every later save), and text longer than its
    // field allows is never stored.
    const entry = {
      text: raw.text,
      at: Number.isFinite(raw.at) && raw.at >= 0 ? Math.min(raw.at, now) : now,
    };
    const story = /^story:(.+):([a-zA-Z]+)$/.exec(key);
    if (story) {
      const [, id = '', field = ''] = story;
      if (!isStoryTextField(field) || entry.text.length > fieldMaxLength(field)) {
        out.set(key, 'orphan');
        continue;
      }
      const outcome = await db.transaction('rw', db.stories, async () => {
        const current = await db.stories.get(id);
        if (!current) return 'orphan' as const;
        if (fieldText(current, field) === entry.text) return 'already-saved' as const;
        if (entry.at <= fieldSavedAt(current, field)) return 'kept' as const;
        await db.stories.put({
          ...applyFieldEdit(current, field, entry.text, entry.at),
          updatedAt: Math.max(current.updatedAt, entry.at),
        });
        return 'applied' as const;
      });
      out.set(key, outcome);
      continue;
    }
    const note = /^(.+):(\d+)$/.exec(key);
    if (note) {
      const [, sessionId = '', index = '0'] = note;
      const i = Number(index);
      if (entry.text.length > NOTES_MAX) {
        out.set(key, 'orphan');
        continue;
      }
      const outcome = await db.transaction('rw', db.sessions, async () => {
        const session = await db.sessions.get(sessionId);
        const answer = session?.answers[i];
        if (!session || !answer) return 'orphan' as const;
        if (answer.notes === entry.text) return 'already-saved' as const;
        if (entry.at <= answer.notesUpdatedAt) return 'kept' as const;
        await db.sessions.put(setNotes(session, i, entry.text, entry.at));
        return 'applied' as const;
      });
      out.set(key, outcome);
      continue;
    }
    out.set(key, 'orphan');
  }
  return out;
}
