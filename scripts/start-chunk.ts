/** What Rollup tells `manualChunks` about a module (the part used here). */
export interface ModuleInfoLike {
  isEntry: boolean;
  /** Modules that import this one statically. */
  importers: readonly string[];
  /** Modules that import this one with `import()`. */
  dynamicImporters: readonly string[];
}

type Info = (id: string) => ModuleInfoLike | null;

/** "…/entrypoints/sidepanel/index.html" → "sidepanel". */
function pageName(entryId: string): string {
  const parts = entryId.split(/[\\/]/);
  return parts[parts.length - 2] ?? 'page';
}

/** The pages whose entries reach `id` through the given kinds of import. */
function reachingPages(info: Info, dynamic: boolean) {
  const known = new Map<string, ReadonlySet<string>>();
  const walk = (id: string, path: Set<string>): ReadonlySet<string> => {
    const seen = known.get(id);
    if (seen) return seen;
    const m = info(id);
    const out = new Set<string>();
    if (!m || path.has(id)) return out;
    path.add(id);
    if (m.isEntry) out.add(pageName(id));
    const by = dynamic ? [...m.importers, ...m.dynamicImporters] : m.importers;
    for (const b of by) for (const p of walk(b, path)) out.add(p);
    path.delete(id);
    // Inside an import cycle the answer above may be cut short: only a complete one is kept.
    if (!by.some((b) => path.has(b))) known.set(id, out);
    return out;
  };
  return (id: string) => walk(id, new Set());
}

/**
 * Rollup's `manualChunks` for the extension pages. Code that pages load at start (reached through
 * static imports from their HTML) goes into one chunk per set of such pages, named for them:
 * `start-practice-room+sidepanel+workspace`, `start-workspace`. Left to itself, Rollup also splits
 * that code by which lazy chunks share it, into many small files, and an extension page fetches
 * its files one at a time, a few ms apiece in Chromium, before its first screen can show.
 *
 * Left to Rollup: a page's own script (it mounts that page, so it must never share a file another
 * page loads; a script every page's HTML loads is shared), styles, code loaded only later, and one page's start code that another page loads
 * lazily (it would bring that page's styles and the rest of its start code along).
 */
export function startChunk() {
  let atStart: ((id: string) => ReadonlySet<string>) | undefined;
  let ever: ((id: string) => ReadonlySet<string>) | undefined;
  return (id: string, meta: { getModuleInfo: Info }) => {
    const m = meta.getModuleInfo(id);
    if (!m || m.isEntry || /\.css($|\?)/.test(id)) return undefined;
    atStart ??= reachingPages(meta.getModuleInfo, false);
    ever ??= reachingPages(meta.getModuleInfo, true);
    const pages = atStart(id);
    if (pages.size === 0 || (pages.size === 1 && ever(id).size > 1)) return undefined;
    // A script one page's HTML loads mounts that page; one every page's HTML loads may share.
    if (pages.size === 1 && m.importers.some((by) => meta.getModuleInfo(by)?.isEntry))
      return undefined;
    return `start-${[...pages].sort().join('+')}`;
  };
}
