import { critiqueRowSchema, type CritiqueRow } from '../critique/critique-row-schema';
import type { LoopsideDb } from './loopside-db';

/** Keeps the latest critique for its story or answer (an older one is replaced). */
export async function putCritique(db: LoopsideDb, row: CritiqueRow): Promise<void> {
  await db.critiques.put(row);
}

/**
 * The stored critique under `id`, checked as it is read: one that no longer reads (stored by
 * another version, or damaged) counts as none, so the view offers to ask again, which replaces it.
 */
export async function getCritique(db: LoopsideDb, id: string): Promise<CritiqueRow | undefined> {
  const row: unknown = await db.critiques.get(id);
  if (row === undefined) return undefined;
  const read = critiqueRowSchema.safeParse(row);
  return read.success ? read.data : undefined;
}

/**
 * Every critique about a story or a round, parsed as getCritique parses one: a row that no longer
 * reads is left out. (Deleting a story or a round removes its critiques by their ids.)
 */
export async function critiquesOf(db: LoopsideDb, subjectId: string): Promise<CritiqueRow[]> {
  const rows = await db.critiques.where('subjectId').equals(subjectId).toArray();
  return rows.flatMap((row) => {
    const read = critiqueRowSchema.safeParse(row);
    return read.success ? [read.data] : [];
  });
}
