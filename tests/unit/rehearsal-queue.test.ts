import { describe, expect, it } from 'vitest';
import { newCard, review } from '../../lib/plan/fsrs';
import { rehearsalQueue, reviewEvents } from '../../lib/plan/rehearsal-queue';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import { finishedSession } from '../fixtures/finished-session';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 11, 1);
const story = (id: string, over: Partial<Story> = {}): Story => ({
  ...emptyStory(id, t0),
  title: id,
  ...over,
});
const strong = (id: string): Story =>
  story(id, {
    situation: 'The launch was at risk.',
    task: 'Decide whether to ship.',
    action: 'I paused the rollout and told the team why.',
    result: 'Errors fell by 40% in two weeks.',
    outcome: 'Errors fell 40%',
    reflection: 'I would raise it a day earlier.',
    valueLine: 'The value I acted on was Judgment because the data was thin.',
    values: ['Judgment'],
  });

describe('FSRS schedule', () => {
  it('good recall pushes the next review out, and further each time; again brings it back soon', () => {
    const first = review(newCard(t0), 3, t0);
    const gap1 = first.due - t0;
    expect(gap1).toBeGreaterThanOrEqual(DAY);
    const second = review(first, 3, first.due);
    expect(second.due - first.due).toBeGreaterThan(gap1);
    const easy = review(first, 4, first.due);
    expect(easy.due).toBeGreaterThan(second.due);
    const again = review(second, 1, second.due);
    expect(again.due - second.due).toBe(10 * 60_000);
    expect(again.lapses).toBe(1);
    expect(again.stability).toBeLessThan(second.stability);
  });
});

describe('rehearsal queue', () => {
  it('new stories are due; weak before strong, then least practised', () => {
    const stories = [
      strong('strong'),
      story('weak'),
      story('archived', { archived: true }),
      story('', { title: '' }),
    ];
    const { due } = rehearsalQueue(stories, [], t0 + 1, ['Judgment']);
    expect(due.map((d) => d.story.id)).toEqual(['weak', 'strong']);
  });

  it('a rehearsal takes the story out of the queue until it is due again', () => {
    const stories = [story('a'), story('b')];
    const events = reviewEvents(
      [{ id: 'r', storyId: 'a', at: t0 + 1000, rating: 3, durationMs: 60_000 }],
      [],
    );
    const now = t0 + 2000;
    const { due, next } = rehearsalQueue(stories, events, now);
    expect(due.map((d) => d.story.id)).toEqual(['b']);
    expect(next?.story.id).toBe('a');
    expect(rehearsalQueue(stories, events, next!.card.due).due.map((d) => d.story.id)).toContain(
      'a',
    );
  });

  it('using a story in a round counts as a review, rated by the answer’s self-score', () => {
    const stories = [story('a'), story('b')];
    const round = finishedSession('s', t0 + 1000, [
      { value: 'Judgment', score: 4, storyIds: ['a'] },
    ]);
    const events = reviewEvents([], [round]);
    expect(events).toEqual([{ storyId: 'a', at: t0 + 1000, rating: 4, source: 'round' }]);
    expect(rehearsalQueue(stories, events, t0 + 2000).due.map((d) => d.story.id)).toEqual(['b']);
  });

  it('a story rated "again" comes back first among those it ties with', () => {
    const stories = [story('a'), story('b')];
    const events = reviewEvents(
      [
        { id: '1', storyId: 'a', at: t0, rating: 3, durationMs: 0 },
        { id: '2', storyId: 'a', at: t0 + 3 * DAY, rating: 1, durationMs: 0 },
      ],
      [],
    );
    const { due } = rehearsalQueue(stories, events, t0 + 3 * DAY + 11 * 60_000);
    expect(due.map((d) => d.story.id)).toEqual(['a', 'b']);
  });
});
