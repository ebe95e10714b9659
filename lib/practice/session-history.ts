import type { Session } from './session-schema';

export interface HistoryFilter {
  /** Preset id, or '' for every round type. */
  presetId: string;
  /** Value id, or '' for every value. */
  valueId: string;
  /** Words to find in the round's notes. */
  notes: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Rounds matching the filter; every word of the notes query must appear in some answer's notes. */
export function filterSessions(sessions: readonly Session[], filter: HistoryFilter): Session[] {
  const words = fold(filter.notes).split(/\s+/).filter(Boolean);
  return sessions.filter((s) => {
    if (filter.presetId && s.presetId !== filter.presetId) return false;
    if (filter.valueId && !s.answers.some((a) => a.prompt.valueId === filter.valueId)) return false;
    if (words.length) {
      const notes = fold(s.answers.map((a) => a.notes).join('\n'));
      if (!words.every((w) => notes.includes(w))) return false;
    }
    return true;
  });
}

interface StoryPractice {
  count: number;
  lastAt: number;
}

/**
 * How often each story was used in a real round, and when last. Demo rounds and skipped answers
 * are left out: a scripted answer, or one passed over, says nothing about the candidate's practice.
 */
export function storyPractice(
  sessions: readonly Session[],
  demoIds: ReadonlySet<string>,
): Map<string, StoryPractice> {
  const out = new Map<string, StoryPractice>();
  for (const s of sessions) {
    if (demoIds.has(s.id)) continue;
    const at = s.finishedAt ?? s.createdAt;
    for (const a of s.answers) {
      // A story opened for an answer that was then skipped was looked at, not practised.
      if (a.status === 'skipped') continue;
      for (const id of new Set(a.storyIds)) {
        const prev = out.get(id);
        out.set(id, { count: (prev?.count ?? 0) + 1, lastAt: Math.max(prev?.lastAt ?? 0, at) });
      }
    }
  }
  return out;
}
