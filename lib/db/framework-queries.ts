import type { Framework } from '../frameworks/framework-schema';
import { customFrameworkIdProblem } from '../frameworks/custom-framework-rules';
import type { CustomFrameworkRow, LoopsideDb } from './loopside-db';

/** Stores a validated framework of the user's own, under its pack's id. */
export async function saveCustomFramework(
  db: LoopsideDb,
  framework: Framework,
  builtinIds: readonly string[],
  now: number,
): Promise<{ ok: true; replaced: boolean } | { ok: false; error: string }> {
  const problem = customFrameworkIdProblem(framework.id, builtinIds);
  if (problem) return { ok: false, error: `id: ${problem}` };
  const replaced = (await db.frameworks.get(framework.id)) !== undefined;
  await db.frameworks.put({ id: framework.id, pack: framework, importedAt: now });
  return { ok: true, replaced };
}

/** Puts back a framework removed a moment ago (the row deleteCustomFramework returned). */
export async function restoreCustomFramework(
  db: LoopsideDb,
  row: CustomFrameworkRow,
): Promise<void> {
  await db.frameworks.put(row);
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
