import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { copyText } from '../../lib/browser/clipboard';
import { downloadText } from '../../lib/browser/download-text';
import { getDb } from '../../lib/db/loopside-db';
import {
  addVotes,
  allVotes,
  deleteLoop,
  deleteRun,
  listLoops,
  listRuns,
  revealLoop,
  saveLoop,
  saveRun,
  sealAndStore,
  updateRun,
  votesSealedHere,
} from '../../lib/db/peer-queries';
import { decodeBlocks } from '../../lib/peer/block-codec';
import { planVoteImport, type VoteImportPlan } from '../../lib/peer/import-votes';
import { newInterviewRun } from '../../lib/peer/interview-run';
import type { InterviewRun, Loop } from '../../lib/peer/loop-schema';

export function useInterviewRuns(): InterviewRun[] | undefined {
  return useLiveQuery(() => listRuns(getDb()), []);
}

export function useRunActions() {
  const update = useCallback(
    (id: string, change: (r: InterviewRun, now: number) => InterviewRun) => {
      const now = Date.now();
      return updateRun(getDb(), id, (r) => change(r, now));
    },
    [],
  );
  /** Starts an interview from a pasted plan part; the message says what is wrong otherwise. */
  const importPlan = useCallback(async (text: string): Promise<string[]> => {
    const decoded = decodeBlocks(text);
    const problems = decoded.problems.map((p) => p.message);
    const plans = decoded.blocks.flatMap((b) => (b.kind === 'plan' ? [b.plan] : []));
    for (const b of decoded.blocks) {
      if (b.kind === 'vote') {
        problems.push(
          `Block ${b.index} (line ${b.line}) is a sealed vote, not a loop plan: the candidate imports votes in the workspace, under Loops.`,
        );
      }
    }
    if (plans.length > 1) problems.push('Paste one interviewer’s part at a time.');
    const plan = plans[0];
    if (problems.length > 0 || !plan) return problems;
    const db = getDb();
    // The same part pasted again after its vote was sealed here (the block was lost, or the vote
    // needs changing): that interview comes back to the front with its sealed vote, its block and
    // "Replace this vote", rather than a second run whose vote could never be stored.
    const sealedBefore = (await listRuns(db)).find(
      (r) =>
        r.plan.loopId === plan.loopId &&
        r.plan.interviewNo === plan.interviewNo &&
        r.sealedVoteIds.length > 0,
    );
    if (sealedBefore) {
      await saveRun(db, { ...sealedBefore, createdAt: Date.now() });
      return [];
    }
    const id = `${plan.loopId}-${plan.interviewNo}-${Date.now().toString(36)}`;
    await saveRun(db, newInterviewRun(plan, id, Date.now()));
    return [];
  }, []);
  const seal = useCallback((id: string) => sealAndStore(getDb(), id, Date.now()), []);
  const remove = useCallback((id: string) => deleteRun(getDb(), id), []);
  return { update, importPlan, seal, remove, copy: copyText };
}

export function useLoops() {
  return useLiveQuery(async () => {
    const db = getDb();
    const [loops, votes] = await Promise.all([listLoops(db), allVotes(db)]);
    return { loops, votes };
  }, []);
}

export function useLoopActions() {
  const create = useCallback((loop: Loop) => saveLoop(getDb(), loop), []);
  const reveal = useCallback((id: string) => revealLoop(getDb(), id, Date.now()), []);
  const remove = useCallback((id: string) => deleteLoop(getDb(), id), []);
  /** Checks a paste of votes whole; stores nothing when a block is bad unless told to. */
  const importVotes = useCallback(
    async (text: string, acceptPartial: boolean): Promise<VoteImportPlan & { added: number }> => {
      const db = getDb();
      const [loops, votes] = await Promise.all([listLoops(db), allVotes(db)]);
      const plan = planVoteImport(decodeBlocks(text), loops, votes, Date.now(), acceptPartial);
      const added = plan.rows.length ? await addVotes(db, plan.rows) : 0;
      return { ...plan, added };
    },
    [],
  );
  const download = useCallback(
    (filename: string, markdown: string) => downloadText(filename, markdown, 'text/markdown'),
    [],
  );
  return { create, reveal, remove, importVotes, download, copy: copyText };
}

/** Votes sealed in this browser, newest first: the interviewer's own, to copy again or replace. */
export function useSealedHere() {
  return useLiveQuery(() => votesSealedHere(getDb()), []);
}
