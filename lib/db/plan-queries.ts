import {
  emptyReadiness,
  PLAN_ROW_ID,
  READINESS_ROW_ID,
  type HourEntry,
  type PlanRow,
  type ReadinessRow,
  type Rehearsal,
} from '../plan/plan-schema';
import type { LoopsideDb } from './loopside-db';
import { rehearsalMs } from '../plan/plan-bounds';

export async function readPlan(db: LoopsideDb): Promise<PlanRow | null> {
  return (await db.plans.get(PLAN_ROW_ID)) ?? null;
}

/** Applies a change to the stored plan in one transaction, so quick ticks never undo each other. */
export async function updatePlan(
  db: LoopsideDb,
  change: (current: PlanRow | null) => PlanRow | null,
): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const next = change((await db.plans.get(PLAN_ROW_ID)) ?? null);
    if (next) await db.plans.put(next);
    else await db.plans.delete(PLAN_ROW_ID);
  });
}

export async function readReadiness(db: LoopsideDb, now: number): Promise<ReadinessRow> {
  return (await db.readiness.get(READINESS_ROW_ID)) ?? emptyReadiness(now);
}

export async function updateReadiness(
  db: LoopsideDb,
  change: (current: ReadinessRow) => ReadinessRow,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.readiness, async () => {
    const current = (await db.readiness.get(READINESS_ROW_ID)) ?? emptyReadiness(now);
    await db.readiness.put({ ...change(current), updatedAt: now });
  });
}

export const allHourEntries = (db: LoopsideDb): Promise<HourEntry[]> =>
  db.hourEntries.orderBy('day').toArray();
export const addHourEntry = (db: LoopsideDb, e: HourEntry) => db.hourEntries.add(e);
export const deleteHourEntry = (db: LoopsideDb, id: string) => db.hourEntries.delete(id);

export const allRehearsals = (db: LoopsideDb): Promise<Rehearsal[]> =>
  db.rehearsals.orderBy('at').toArray();
export const addRehearsal = (db: LoopsideDb, r: Rehearsal) =>
  db.rehearsals.add({ ...r, durationMs: rehearsalMs(r.durationMs) });
