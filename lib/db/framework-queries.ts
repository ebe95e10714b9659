import type { Framework } from '../frameworks/framework-schema';
import { BUILTIN_FRAMEWORK_NAMES } from '../frameworks/builtin-framework-ids';
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

/**
 * Why a framework of the user's own may not be called `name`, or null: two entries of the same name
 * in the framework picker cannot be told apart. The pack stored under `id` may keep its own name.
 */
export async function frameworkNameProblem(
  db: LoopsideDb,
  name: string,
  id: string,
): Promise<string | null> {
  const key = name.trim().toLocaleLowerCase();
  const same = (n: string) => n.trim().toLocaleLowerCase() === key;
  if (BUILTIN_FRAMEWORK_NAMES.some(same)) {
    return `“${name.trim()}” is the name of a framework Loopside ships; give yours another name`;
  }
  const rows = await db.frameworks.toArray();
  // Only the name is read: a row whose pack no longer parses has none to clash with.
  const nameOf = (pack: unknown) =>
    typeof pack === 'object' && pack !== null && 'name' in pack && typeof pack.name === 'string'
      ? pack.name
      : null;
  if (rows.some((r) => r.id !== id && same(nameOf(r.pack) ?? ''))) {
    return `you already have a framework called “${name.trim()}”; give this one another name`;
  }
  return null;
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
