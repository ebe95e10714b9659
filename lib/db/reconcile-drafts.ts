import { setNotes } from '../practice/session-actions';
import { applyFieldEdit, fieldText, isStoryTextField } from '../stories/story-field-edit';
import type { LoopsideDb } from './loopside-db';

export interface Draft {
  key: string;
  entry: { text: string; at: number };
}

export type DraftOutcome = 'applied' | 'already-saved' | 'kept' | 'orphan';

/**
 * Text journalled by a page that closed before its database save gets saved on the next start, so
 * search, coverage, cue cards and backups see it without the field being opened again. A draft is
 * applied when it is newer than the stored record; one that matches the record is dropped; one
 * older than a later save of the record is kept for its editor to show, never silently applied.
 */
export async function reconcileDrafts(
  db: LoopsideDb,
  drafts: readonly Draft[],
): Promise<Map<string, DraftOutcome>> {
  const out = new Map<string, DraftOutcome>();
  for (const { key, entry } of drafts) {
    const story = /^story:(.+):([a-zA-Z]+)$/.exec(key);
    if (story) {
      const [, id = '', field = ''] = story;
      if (!isStoryTextField(field)) {
        out.set(key, 'orphan');
        continue;
      }
      const outcome = await db.transaction('rw', db.stories, async () => {
        const current = await db.stories.get(id);
        if (!current) return 'orphan' as const;
        if (fieldText(current, field) === entry.text) return 'already-saved' as const;
        if (entry.at <= current.updatedAt) return 'kept' as const;
        await db.stories.put({
          ...applyFieldEdit(current, field, entry.text),
          updatedAt: entry.at,
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
