import { isStrong } from '../stories/story-completeness';
import type { Session } from '../practice/session-schema';
import type { Story } from '../stories/story-schema';
import { newCard, review, type CardState, type Rating } from './fsrs';
import type { Rehearsal } from './plan-schema';

interface ReviewEvent {
  storyId: string;
  at: number;
  rating: Rating;
  source: 'rehearsal' | 'round';
}

const asRating = (n: number): Rating => (n <= 1 ? 1 : n >= 4 ? 4 : (n as Rating));

/**
 * Every time a story was told: rehearsals with their rating, and rounds where it was used. A round
 * answer's self-score (1–4) is the rating; an unscored answer counts as "good".
 */
export function reviewEvents(
  rehearsals: readonly Rehearsal[],
  sessions: readonly Session[],
): ReviewEvent[] {
  const events: ReviewEvent[] = rehearsals.map((r) => ({
    storyId: r.storyId,
    at: r.at,
    rating: asRating(r.rating),
    source: 'rehearsal',
  }));
  for (const s of sessions) {
    if (s.status !== 'finished') continue;
    const at = s.finishedAt ?? s.createdAt;
    for (const a of s.answers)
      for (const storyId of new Set(a.storyIds))
        events.push({ storyId, at, rating: asRating(a.score ?? 3), source: 'round' });
  }
  return events.sort((a, b) => a.at - b.at);
}

/** Replays the events into one schedule per story; stories never told are due from their creation. */
function storySchedules(
  stories: readonly Story[],
  events: readonly ReviewEvent[],
): Map<string, CardState> {
  const cards = new Map<string, CardState>(stories.map((s) => [s.id, newCard(s.createdAt)]));
  for (const e of events) {
    const card = cards.get(e.storyId);
    if (card) cards.set(e.storyId, review(card, e.rating, e.at));
  }
  return cards;
}

export interface QueueItem {
  story: Story;
  card: CardState;
  strong: boolean;
}

/**
 * Stories due now, weakest first (not yet strong, then hardest to recall), then least practised,
 * then longest overdue; and the rest in the order they come due (`next` is the first of them).
 * Archived and empty stories never come up.
 */
export function rehearsalQueue(
  stories: readonly Story[],
  events: readonly ReviewEvent[],
  now: number,
  valueNames: readonly string[] = [],
): { due: QueueItem[]; next: QueueItem | null; upcoming: QueueItem[] } {
  const cards = storySchedules(stories, events);
  const live = stories.filter((s) => !s.archived && (s.title.trim() || s.action.trim()));
  const items = live.map((story) => ({
    story,
    card: cards.get(story.id) ?? newCard(story.createdAt),
    strong: isStrong(story, valueNames),
  }));
  const due = items
    .filter((i) => i.card.due <= now)
    .sort(
      (a, b) =>
        Number(a.strong) - Number(b.strong) ||
        b.card.difficulty - a.card.difficulty ||
        a.card.reps - b.card.reps ||
        a.card.due - b.card.due,
    );
  const upcoming = items.filter((i) => i.card.due > now).sort((a, b) => a.card.due - b.card.due);
  return { due, next: upcoming[0] ?? null, upcoming };
}
