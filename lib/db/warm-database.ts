/**
 * Starts a connection to the database early in a page's life and closes it once it is open.
 * In Chromium the first IndexedDB open of an extension page took 12-55 ms in my probes; begun
 * while the page's scripts are still being fetched, that wait overlaps them. The gain is small:
 * paired runs of the side panel at 1,000 stories were 3-4% sooner (277.9 -> 267.4 and
 * 317.3 -> 309.2 ms median), as no script runs in an extension page for about its first 100 ms.
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
