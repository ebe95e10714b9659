import type { Dexie } from 'dexie';

/**
 * Opens the database, reporting a failed open or upgrade instead of throwing, so the entrypoint can
 * show the recovery screen rather than a blank page. A failed upgrade leaves the data at its old
 * version (the upgrade transaction aborts).
 */
export async function openDbSafely(
  db: Dexie,
): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await db.open();
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}
