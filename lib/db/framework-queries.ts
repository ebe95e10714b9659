import type { Framework } from '../frameworks/framework-schema';
import type { CustomFrameworkRow, LoopsideDb } from './loopside-db';

/**
 * Stores a validated framework of the user's own. A pack may not take a built-in's id: the
 * built-in would silently win, and the user would never see their import.
 */
export async function saveCustomFramework(
  db: LoopsideDb,
  framework: Framework,
  builtinIds: readonly string[],
  now: number,
): Promise<{ ok: true; replaced: boolean } | { ok: false; error: string }> {
  if (builtinIds.includes(framework.id)) {
    return {
      ok: false,
      error: `id: "${framework.id}" belongs to a framework Loopside ships; give your pack its own id`,
    };
  }
  const replaced = (await db.frameworks.get(framework.id)) !== undefined;
  await db.frameworks.put({ id: framework.id, pack: framework, importedAt: now });
  return { ok: true, replaced };
}

/** Returns the removed row, so the view can offer to put it back. */
export async function deleteCustomFramework(
  db: LoopsideDb,
  id: string,
): Promise<CustomFrameworkRow | undefined> {
  return db.transaction('rw', db.frameworks, async () => {
    const row = await db.frameworks.get(id);
    if (row) await db.frameworks.delete(id);
    return row;
  });
}
