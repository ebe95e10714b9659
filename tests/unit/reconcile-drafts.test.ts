import { describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { reconcileDrafts } from '../../lib/db/reconcile-drafts';
import { createSession, startSession } from '../../lib/practice/session-actions';
import { emptyStory } from '../../lib/stories/story-schema';

const fresh = () => new LoopsideDb(`drafts-${Math.random()}`);
const session = () =>
  startSession(
    createSession({
      id: 's1',
      frameworkId: 'netflix-values',
      frameworkName: 'Netflix',
      presetId: 'onsite',
      presetName: 'Onsite',
      minutes: 45,
      seed: 1,
      prompts: [
        {
          key: 'a',
          valueId: 'judgment',
          label: 'Judgment',
          definition: '',
          question: 'q',
          probeIds: [],
        },
      ],
      now: 100,
    }),
    100,
  );

describe('reconcileDrafts', () => {
  it('saves a note typed after the last save, and leaves the rest alone', async () => {
    const db = fresh();
    await db.sessions.put(session());
    const out = await reconcileDrafts(db, [
      { key: 's1:0', entry: { text: 'Lead with the number — 38% ✓', at: 500 } },
      { key: 's1:7', entry: { text: 'no such answer', at: 500 } },
      { key: 'gone:0', entry: { text: 'deleted round', at: 500 } },
    ]);
    expect(Object.fromEntries(out)).toEqual({
      's1:0': 'applied',
      's1:7': 'orphan',
      'gone:0': 'orphan',
    });
    const saved = await db.sessions.get('s1');
    expect(saved?.answers[0]).toMatchObject({
      notes: 'Lead with the number — 38% ✓',
      notesUpdatedAt: 500,
    });
  });

  it('leaves alone the journals other fields read back themselves', async () => {
    const db = fresh();
    const out = await reconcileDrafts(db, [
      { key: 'interview:run-1:0', entry: { text: 'Named the trade-off', at: 500 } },
      { key: 'vote:run-1:1:judgment', entry: { text: 'Weighed both', at: 500 } },
      { key: 'readiness:careerArc', entry: { text: 'Support, then platform', at: 500 } },
    ]);
    // 'kept' is never cleared at start-up: the interviewer's notes survive a workspace opening.
    expect([...out.values()]).toEqual(['kept', 'kept', 'kept']);
  });

  it('holds a journal time from the future to now, and never stores text longer than its field', async () => {
    const db = fresh();
    await db.sessions.put(session());
    await db.stories.put({ ...emptyStory('x', 0), title: 'Old title' });
    const now = 10_000;
    const out = await reconcileDrafts(
      db,
      [
        { key: 's1:0', entry: { text: 'Typed before the crash', at: 9e15 } },
        { key: 'story:x:title', entry: { text: 't'.repeat(501), at: 600 } },
        { key: 'story:x:situation', entry: { text: 'Real words', at: Number.NaN } },
      ],
      now,
    );
    expect(Object.fromEntries(out)).toEqual({
      's1:0': 'applied',
      'story:x:title': 'orphan',
      'story:x:situation': 'applied',
    });
    expect((await db.sessions.get('s1'))?.answers[0]?.notesUpdatedAt).toBe(now);
    const story = await db.stories.get('x');
    expect(story?.title).toBe('Old title');
    expect(story?.situation).toBe('Real words');
    expect(story?.updatedAt).toBe(now);
  });

  it('saves a story field typed after the last save; never applies an older draft', async () => {
    const db = fresh();
    await db.stories.put({
      ...emptyStory('x', 0),
      title: 'Old title',
      situation: 'Saved later',
      updatedAt: 1_000,
    });
    const out = await reconcileDrafts(db, [
      { key: 'story:x:title', entry: { text: 'New title 🚀', at: 2_000 } },
      { key: 'story:x:tags', entry: { text: 'incident, pricing', at: 2_500 } },
      { key: 'story:x:situation', entry: { text: 'Older draft', at: 900 } },
      { key: 'story:x:bogus', entry: { text: 'x', at: 3_000 } },
    ]);
    expect(Object.fromEntries(out)).toEqual({
      'story:x:title': 'applied',
      'story:x:tags': 'applied',
      'story:x:situation': 'kept',
      'story:x:bogus': 'orphan',
    });
    const story = await db.stories.get('x');
    expect(story).toMatchObject({
      title: 'New title 🚀',
      tags: ['incident', 'pricing'],
      situation: 'Saved later',
    });
  });

  it('judges a draft against its own field, not against a later save of another field', async () => {
    const db = fresh();
    await db.stories.put({
      ...emptyStory('z', 0),
      title: 'Saved title',
      situation: 'Saved situation',
      updatedAt: 5_000,
      fieldSavedAt: { title: 1_000, situation: 5_000 },
    });
    const out = await reconcileDrafts(db, [
      { key: 'story:z:title', entry: { text: 'Typed after the title was saved', at: 2_000 } },
      { key: 'story:z:situation', entry: { text: 'Typed before its own later save', at: 4_000 } },
    ]);
    expect(Object.fromEntries(out)).toEqual({
      'story:z:title': 'applied',
      'story:z:situation': 'kept',
    });
    const story = await db.stories.get('z');
    expect(story).toMatchObject({
      title: 'Typed after the title was saved',
      situation: 'Saved situation',
      updatedAt: 5_000,
      fieldSavedAt: { title: 2_000, situation: 5_000 },
    });
  });

  it('drops a draft that the database already has', async () => {
    const db = fresh();
    await db.stories.put({ ...emptyStory('y', 0), title: 'Same', updatedAt: 10 });
    const out = await reconcileDrafts(db, [
      { key: 'story:y:title', entry: { text: 'Same', at: 50 } },
    ]);
    expect(out.get('story:y:title')).toBe('already-saved');
  });
});
