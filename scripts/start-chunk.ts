/** What Rollup tells `manualChunks` about a module (the part used here). */
export interface ModuleInfoLike {
  isEntry: boolean;
  /** Modules that import this one statically. */
  importers: readonly string[];
  /** Modules that import this one with `import()`. */
  dynamicImporters: readonly string[];
  /** Modules this one imports statically. */
  importedIds: readonly string[];
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
 * One page's start code that other pages load lazily gets its own chunk (`start-workspace-lent-
 * sidepanel`), so that those pages do not fetch the rest of that page's start code with it.
 * Left to Rollup: a page's own script (it mounts that page, so it must never share a file another
 * page loads; a script every page's HTML loads is shared), styles, and code loaded only later.
 */
export function startChunk() {
  let chunkOf: ((id: string) => string | undefined) | undefined;
  return (id: string, meta: { getModuleInfo: Info }) => {
    chunkOf ??= startChunkOf(meta.getModuleInfo);
    return chunkOf(id);
  };
}

function startChunkOf(info: Info) {
  const atStart = reachingPages(info, false);
  const ever = reachingPages(info, true);
  const names = (pages: ReadonlySet<string>) => [...pages].sort().join('+');
  return (id: string): string | undefined => {
    const m = info(id);
    if (!m || m.isEntry || /\.css($|\?)/.test(id)) return undefined;
    const pages = atStart(id);
    if (pages.size === 0) return undefined;
    if (pages.size > 1) return `start-${names(pages)}`;
    // A script one page's HTML loads mounts that page; one every page's HTML loads may share.
    if (m.importers.some((by) => info(by)?.isEntry)) return undefined;
    // Rollup pulls the unassigned static imports of a chunk's modules into that chunk: code lent
    // to other pages is assigned too, or it would land in this page's own start chunk.
    const others = [...ever(id)].filter((p) => !pages.has(p));
    return others.length
      ? `start-${names(pages)}-lent-${names(new Set(others))}`
      : `start-${names(pages)}`;
  };
}
