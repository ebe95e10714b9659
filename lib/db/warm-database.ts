/**
 * Starts a connection to the database at a page's first moment and closes it once it is open.
 * In Chromium the first IndexedDB open of an extension page takes 40-55 ms on its own (measured on
 * the side panel at 1,000 stories); begun while the page's scripts are still being fetched, that
 * wait overlaps them, and the database open that the page makes once its scripts run (through
 * Dexie) then takes about 20 ms instead of about 47.
 *
 * It never changes the database: opened without a version, it opens whatever is there; on a new
 * profile (where the open would create an empty database) the creation is aborted, so the
 * extension's own open creates the database with its schema. The connection closes as soon as it
 * opens, and at once if an upgrade elsewhere asks for it, so it never holds an upgrade up.
 */
export function warmDatabase(factory: IDBFactory, name: string): void {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name);
  } catch {
    return; // Storage unavailable (a private window's policy): the page's own open will say so.
  }
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onsuccess = () => {
    const db = request.result;
    db.onversionchange = () => db.close();
    db.close();
  };
  // The aborted creation on a new profile ends here; nothing to report.
  request.onerror = (event) => event.preventDefault();
  request.onblocked = () => undefined;
}
