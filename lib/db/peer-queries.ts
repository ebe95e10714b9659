import { decodeBlocks, encodeVote } from '../peer/block-codec';
import { planVoteImport, type VoteImportPlan } from '../peer/import-votes';
import { newInterviewRun, sealRun, voteIdOf } from '../peer/interview-run';
import type { InterviewRun, Loop, VoteRow } from '../peer/loop-schema';
import type { PlanPart, SealedVote } from '../peer/peer-schema';
import type { LoopsideDb } from './loopside-db';

export async function listLoops(db: LoopsideDb): Promise<Loop[]> {
  return db.loops.orderBy('createdAt').reverse().toArray();
}

export async function saveLoop(db: LoopsideDb, loop: Loop): Promise<void> {
  await db.loops.put(loop);
}

/** A loop goes with its votes: they mean nothing without it. */
export async function deleteLoop(db: LoopsideDb, id: string): Promise<void> {
  await db.transaction('rw', db.loops, db.votes, async () => {
    await db.votes.where('loopId').equals(id).delete();
    await db.loops.delete(id);
  });
}

export async function revealLoop(db: LoopsideDb, id: string, now: number): Promise<void> {
  await db.loops.update(id, { revealedAt: now });
}

export async function allVotes(db: LoopsideDb): Promise<VoteRow[]> {
  return db.votes.toArray();
}

/** Votes sealed in this browser, newest first (a later revision of one seal first). */
export async function votesSealedHere(db: LoopsideDb): Promise<VoteRow[]> {
  return (await db.votes.where('origin').equals('sealed-here').toArray()).sort(
    (a, b) => b.sealedAt - a.sealedAt || b.revision - a.revision,
  );
}

/** Adds votes in one transaction; a vote already stored is never overwritten (sealed is final). */
export async function addVotes(db: LoopsideDb, rows: readonly VoteRow[]): Promise<number> {
  return db.transaction('rw', db.votes, async () => {
    let added = 0;
    for (const row of rows) {
      if (await db.votes.get(row.id)) continue;
      await db.votes.add(row);
      added++;
    }
    return added;
  });
}

export async function listRuns(db: LoopsideDb): Promise<InterviewRun[]> {
  return db.interviews.orderBy('createdAt').reverse().toArray();
}

export async function saveRun(db: LoopsideDb, run: InterviewRun): Promise<void> {
  await db.interviews.put(run);
}

export async function deleteRun(db: LoopsideDb, id: string): Promise<void> {
  await db.interviews.delete(id);
}

export async function updateRun(
  db: LoopsideDb,
  id: string,
  change: (r: InterviewRun) => InterviewRun,
): Promise<InterviewRun | undefined> {
  return db.transaction('rw', db.interviews, async () => {
    const current = await db.interviews.get(id);
    if (!current) return undefined;
    const next = change(current);
    if (next !== current) await db.interviews.put(next);
    return next;
  });
}

/** Seals the draft and stores the vote in one transaction, so a sealed run always has its vote. */
export async function sealAndStore(
  db: LoopsideDb,
  id: string,
  now: number,
): Promise<SealedVote | undefined> {
  return db.transaction('rw', db.interviews, db.votes, async () => {
    const current = await db.interviews.get(id);
    if (!current) return undefined;
    const sealed = sealRun(current, now);
    if (!sealed) return undefined;
    const voteId = voteIdOf(sealed.vote);
    if (await db.votes.get(voteId)) return undefined;
    await db.votes.add({
      ...sealed.vote,
      id: voteId,
      origin: 'sealed-here',
      storedAt: now,
      block: encodeVote(sealed.vote),
    });
    await db.interviews.put(sealed.run);
    return sealed.vote;
  });
}

/**
 * Starts the interview a plan part describes. The same part pasted again after its vote was
 * sealed here (the block was lost, or the vote needs changing) brings that interview back to the
 * front with its sealed vote, its block and "Replace this vote", rather than a second run whose
 * vote could never be stored.
 */
export async function startRunFromPlan(db: LoopsideDb, plan: PlanPart, now: number): Promise<void> {
  const sealedBefore = (await listRuns(db)).find(
    (r) =>
      r.plan.loopId === plan.loopId &&
      r.plan.interviewNo === plan.interviewNo &&
      r.sealedVoteIds.length > 0,
  );
  if (sealedBefore) {
    await saveRun(db, { ...sealedBefore, createdAt: now });
    return;
  }
  const id = `${plan.loopId}-${plan.interviewNo}-${now.toString(36)}`;
  await saveRun(db, newInterviewRun(plan, id, now));
}

/** Checks a paste of votes whole and stores what it may; nothing when a block is bad, unless told. */
export async function importVoteBlocks(
  db: LoopsideDb,
  text: string,
  acceptPartial: boolean,
  now: number,
): Promise<VoteImportPlan & { added: number }> {
  const [loops, votes] = await Promise.all([listLoops(db), allVotes(db)]);
  const plan = planVoteImport(decodeBlocks(text), loops, votes, now, acceptPartial);
  const added = plan.rows.length ? await addVotes(db, plan.rows) : 0;
  return { ...plan, added };
}
