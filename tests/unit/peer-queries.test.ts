import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { addVotes, votesSealedHere } from '../../lib/db/peer-queries';
import { sampleLoop, sampleVoteRow } from '../fixtures/peer-rows';

const open: LoopsideDb[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

describe('votes sealed here', () => {
  it('lists only this browser’s own seals, newest first, a later revision of one seal first', async () => {
    const db = new LoopsideDb(`peer-queries-${Math.random()}`);
    open.push(db);
    const loop = sampleLoop();
    const own = (no: number, revision: number, sealedAt: number) => ({
      ...sampleVoteRow(loop, no, 'hire'),
      id: `own-${no}-${revision}`,
      origin: 'sealed-here' as const,
      revision,
      sealedAt,
    });
    await addVotes(db, [
      own(1, 1, 100),
      own(2, 1, 300),
      own(1, 2, 300),
      sampleVoteRow(loop, 2, 'no-hire'),
    ]);
    expect((await votesSealedHere(db)).map((v) => v.id)).toEqual(['own-1-2', 'own-2-1', 'own-1-1']);
  });
});
