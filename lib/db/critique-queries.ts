import type { CritiqueRow } from '../critique/critique-row-schema';
import type { LoopsideDb } from './loopside-db';

/** Keeps the latest critique for its story or answer (an older one is replaced). */
export async function putCritique(db: LoopsideDb, row: CritiqueRow): Promise<void> {
  await db.critiques.put(row);
}

export async function getCritique(db: LoopsideDb, id: string): Promise<CritiqueRow | undefined> {
  return db.critiques.get(id);
}

export async function deleteCritique(db: LoopsideDb, id: string): Promise<void> {
  await db.critiques.delete(id);
}

/** Every critique about a story or a round: they quote its words, so they go with it. */
export async function critiquesOf(db: LoopsideDb, subjectId: string): Promise<CritiqueRow[]> {
  return db.critiques.where('subjectId').equals(subjectId).toArray();
}
