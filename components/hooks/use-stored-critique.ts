import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { CritiqueRow } from '../../lib/critique/critique-row-schema';
import { getCritique, putCritique } from '../../lib/db/critique-queries';
import { getDb } from '../../lib/db/loopside-db';

/** The latest stored critique under `id` (undefined while loading or when there is none). */
export function useStoredCritique(id: string) {
  const row = useLiveQuery(() => getCritique(getDb(), id), [id]);
  const save = useCallback((next: CritiqueRow) => putCritique(getDb(), next), []);
  return { row, save };
}
