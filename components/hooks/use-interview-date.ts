import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../lib/db/loopside-db';
import { readPlan } from '../../lib/db/plan-queries';

/** Just the interview date, for headers that show the days left; kept apart from the plan code. */
export function useInterviewDate(): string | null | undefined {
  return useLiveQuery(async () => (await readPlan(getDb()))?.interviewDate ?? null, []);
}
