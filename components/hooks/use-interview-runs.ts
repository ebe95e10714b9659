import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { copyText } from '../../lib/browser/clipboard';
import { getDb } from '../../lib/db/loopside-db';
import {
  deleteRun,
  listRuns,
  sealAndStore,
  startRunFromPlan,
  updateRun,
} from '../../lib/db/peer-queries';
import type { InterviewRun } from '../../lib/peer/loop-schema';
import { readPlanPaste } from '../../lib/peer/read-plan-paste';

/** The interviews run in this browser, newest first: the interviewer's side of a peer mock. */
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
  /** Starts an interview from a pasted plan part; the messages say what is wrong otherwise. */
  const importPlan = useCallback(async (text: string): Promise<string[]> => {
    const { plan, problems } = readPlanPaste(text);
    if (plan) await startRunFromPlan(getDb(), plan, Date.now());
    return problems;
  }, []);
  const seal = useCallback((id: string) => sealAndStore(getDb(), id, Date.now()), []);
  const remove = useCallback((id: string) => deleteRun(getDb(), id), []);
  return { update, importPlan, seal, remove, copy: copyText };
}
