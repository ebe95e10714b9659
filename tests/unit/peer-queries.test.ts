import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import {
  addVotes,
  listRuns,
  saveRun,
  startRunFromPlan,
  votesSealedHere,
} from '../../lib/db/peer-queries';
import { encodePlanPart } from '../../lib/peer/block-codec';
import { planPartOf } from '../../lib/peer/plan-loop';
import { readPlanPaste } from '../../lib/peer/read-plan-paste';
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

describe('starting an interview from a pasted plan part', () => {
  it('reads one part, and names a vote pasted on the wrong side or two parts at once', () => {
    const loop = sampleLoop();
    const part1 = encodePlanPart(planPartOf(loop, 1)!);
    const part2 = encodePlanPart(planPartOf(loop, 2)!);
    expect(readPlanPaste(`Here you go:\n${part1}\nthanks`)).toMatchObject({
      plan: { interviewNo: 1 },
      problems: [],
    });
    expect(readPlanPaste(`${part1}\n${part2}`)).toEqual({
      plan: null,
      problems: ['Paste one interviewer’s part at a time.'],
    });
    const vote = sampleVoteRow(loop, 1, 'hire').block;
    expect(readPlanPaste(vote).problems[0]).toMatch(/is a sealed vote, not a loop plan/);
    expect(readPlanPaste('nothing here').plan).toBeNull();
  });

  it('brings back an interview whose vote was sealed here rather than starting a second', async () => {
    const db = new LoopsideDb(`peer-queries-${Math.random()}`);
    open.push(db);
    const plan = planPartOf(sampleLoop(), 1)!;
    await startRunFromPlan(db, plan, 1_000);
    const [first] = await listRuns(db);
    await saveRun(db, { ...first!, sealedVoteIds: ['v1'] });
    await startRunFromPlan(db, plan, 2_000);
    const runs = await listRuns(db);
    expect(runs.map((r) => [r.id, r.createdAt])).toEqual([[first!.id, 2_000]]);
    // Another interviewer's part is another interview.
    await startRunFromPlan(db, planPartOf(sampleLoop(), 2)!, 3_000);
    expect(await listRuns(db)).toHaveLength(2);
  });
});
