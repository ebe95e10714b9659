import { afterEach, describe, expect, it } from 'vitest';
import { critiqueRowSchema } from '../../lib/critique/critique-row-schema';
import { critiquesOf, getCritique, putCritique } from '../../lib/db/critique-queries';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { removeSession, restoreSession } from '../../lib/db/session-queries';
import { deleteStory } from '../../lib/db/story-queries';
import { deleteSessionTranscripts } from '../../lib/db/transcript-queries';
import { emptyStory } from '../../lib/stories/story-schema';
import { answerCritiqueRow, storyCritiqueRow } from '../fixtures/critique-rows';

const open: LoopsideDb[] = [];
const freshDb = () => {
  const db = new LoopsideDb(`critique-${Math.random()}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

async function withRound(db: LoopsideDb) {
  await db.sessions.add({ id: 'r', answers: [{}, {}] } as never);
  await db.transcripts.add({ id: 'r:0', sessionId: 'r', answerIndex: 0, lines: [], updatedAt: 1 });
  await putCritique(db, answerCritiqueRow('r', 0));
  await putCritique(db, answerCritiqueRow('r', 1));
}

describe('stored critiques', () => {
  it('are stored with the prompt and schema versions and the model’s state, and validate', async () => {
    const db = freshDb();
    await putCritique(db, storyCritiqueRow('s'));
    const [row] = await critiquesOf(db, 's');
    expect(row).toMatchObject({
      promptVersion: 'critique-prompt/1',
      schemaVersion: 'critique-schema/1',
      availability: 'available',
    });
    expect(critiqueRowSchema.safeParse(row).success).toBe(true);
  });

  it('one that no longer reads as a critique is read as none, not shown half-made', async () => {
    const db = freshDb();
    const row = storyCritiqueRow('s');
    await putCritique(db, row);
    expect(await getCritique(db, row.id)).toEqual(row);
    await db.critiques.put({ ...row, result: { checks: 'not a list' } } as never);
    expect(await getCritique(db, row.id)).toBeUndefined();
  });

  it('the latest critique of a story replaces the one before', async () => {
    const db = freshDb();
    await putCritique(db, storyCritiqueRow('s', 1));
    await putCritique(db, storyCritiqueRow('s', 2));
    expect((await critiquesOf(db, 's')).map((c) => c.createdAt)).toEqual([2]);
  });

  it('go with their story when it is deleted', async () => {
    const db = freshDb();
    await db.stories.add(emptyStory('s', 1));
    await putCritique(db, storyCritiqueRow('s'));
    await putCritique(db, storyCritiqueRow('other'));
    await deleteStory(db, 's');
    expect(await critiquesOf(db, 's')).toEqual([]);
    expect(await critiquesOf(db, 'other')).toHaveLength(1);
  });

  it('go with their round, and come back with it on undo', async () => {
    const db = freshDb();
    await withRound(db);
    const removed = await removeSession(db, 'r');
    expect(await db.critiques.count()).toBe(0);
    expect(removed?.critiques).toHaveLength(2);
    await restoreSession(db, removed!);
    expect(await critiquesOf(db, 'r')).toHaveLength(2);
  });

  it('go when the round’s transcript is deleted, since they quote it', async () => {
    const db = freshDb();
    await withRound(db);
    await deleteSessionTranscripts(db, 'r');
    expect(await db.transcripts.count()).toBe(0);
    expect(await db.critiques.count()).toBe(0);
  });
});
