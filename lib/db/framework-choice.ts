import type { Framework } from '../frameworks/framework-schema';
import { activeFrameworkSetting } from '../settings/settings';
import type { LoopsideDb } from './loopside-db';
import { readSetting } from './settings-queries';

export interface StoredFrameworkChoice {
  /** The user's own packs that still pass validation; a bad row is left out, never shown raw. */
  custom: Framework[];
  /** The chosen pack's id; null means the default. */
  activeId: string | null;
}

/** The user's own packs and which pack is chosen, read together. */
export async function readFrameworkChoice(db: LoopsideDb): Promise<StoredFrameworkChoice> {
  const [rows, activeId] = await Promise.all([
    db.frameworks.toArray(),
    readSetting(db, activeFrameworkSetting),
  ]);
  // Validation (zod) loads only when the user has imported frameworks of their own.
  const parse = rows.length ? (await import('../frameworks/parse-framework')).parseFramework : null;
  const custom = rows.flatMap((r) => {
    const parsed = parse?.(r.pack);
    return parsed?.ok ? [parsed.framework] : [];
  });
  return { custom, activeId };
}
