import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Story } from '../stories/story-schema';
import type { LoopsideDb } from './loopside-db';
import { allStoriesInPages } from './story-queries';

/** What changed in the stories table: a few keys, or anything (a bulk write, a clear, a reload). */
type StoryChanges = { kind: 'keys'; ids: string[] } | { kind: 'all' };

interface TreeNode {
  from?: unknown;
  to?: unknown;
  l?: TreeNode | null;
  r?: TreeNode | null;
}

/**
 * Reads the changed story ids out of one of Dexie's mutation reports. Dexie names the keys of
 * each written or deleted story as single-key ranges; a wider range (a bulk write, a clear, another
 * tab's upgrade) means "reread everything". The tree may have crossed a BroadcastChannel from
 * another page, so it is walked as plain data, not through RangeSet's methods.
 */
export function storyChanges(parts: ObservabilitySet, dbName: string): StoryChanges | null {
  const tree = parts[`idb://${dbName}/stories/`] as IntervalTree | undefined;
  if (!tree) return null;
  const ids: string[] = [];
  const stack: TreeNode[] = [tree as TreeNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return { kind: 'all' };
    ids.push(node.from);
  }
  return ids.length > 0 ? { kind: 'keys', ids } : null;
}

/**
 * Applies re-read stories to a bank ordered newest edit first, without sorting the whole bank:
 * each changed story leaves its old place and is inserted where its `updatedAt` puts it. A story
 * read back as undefined was deleted.
 */
export function patchStoryList(
  list: readonly Story[],
  ids: readonly string[],
  fresh: readonly (Story | undefined)[],
): Story[] {
  const changed = new Set(ids);
  let next: Story[];
  if (changed.size === 1) {
    // One story saved (each keystroke's save): find it, which is quick while it is the newest,
    // and copy the rest natively rather than calling a filter 10,000 times per keystroke.
    const [id] = changed;
    const at = list.findIndex((s) => s.id === id);
    next = list.slice();
    if (at >= 0) next.splice(at, 1);
  } else {
    next = list.filter((s) => !changed.has(s.id));
  }
  for (const story of fresh) {
    if (!story) continue;
    // First position whose story is older than this one (the list is newest first).
    let lo = 0;
    let hi = next.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (next[mid]!.updatedAt >= story.updatedAt) lo = mid + 1;
      else hi = mid;
    }
    next.splice(lo, 0, story);
  }
  return next;
}

/**
 * Every story, newest edit first, kept current without rereading the bank after each save: the
 * first read takes the whole table once (in pages), then each write (in this page or another of the
 * extension's pages) rereads only the stories it touched. Typing into one story of a 10,000-story
 * bank then costs one small read per save instead of 10,000 records cloned out of IndexedDB.
 */
export function watchStoryBank(
  db: LoopsideDb,
  onChange: (stories: Story[]) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  let list: Story[] | null = null;
  let stopped = false;
  let running = false;
  let pendingAll = true;
  const pendingIds = new Set<string>();

  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && (pendingAll || pendingIds.size > 0)) {
        if (pendingAll || list === null) {
          pendingAll = false;
          pendingIds.clear();
          // In pages, so a big bank never arrives as one long task; a write made between pages
          // is in pendingIds and patched on the next turn of this loop.
          list = await allStoriesInPages(db);
        } else {
          const ids = [...pendingIds];
          pendingIds.clear();
          const fresh = await db.stories.bulkGet(ids);
          list = patchStoryList(list, ids, fresh);
        }
        // Only the last state of a burst of writes is worth a render.
        if (!stopped && !pendingAll && pendingIds.size === 0) onChange(list);
      }
    } catch (error) {
      // The next write (or the next view) tries again from a whole read.
      pendingAll = true;
      if (!stopped) onError(error);
    } finally {
      running = false;
    }
  };

  const listener = (parts: ObservabilitySet) => {
    const change = storyChanges(parts, db.name);
    if (!change) return;
    if (change.kind === 'all') pendingAll = true;
    else for (const id of change.ids) pendingIds.add(id);
    void run();
  };
  Dexie.on.storagemutated.subscribe(listener);
  void run();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}

interface SharedBank {
  latest: Story[] | undefined;
  listeners: Set<(stories: Story[]) => void>;
  stop: () => void;
}

const shared = new WeakMap<LoopsideDb, SharedBank>();

/**
 * One watched bank per database for the whole page, however many views read it (the story list,
 * coverage, the plan): one first read, one small reread per write. The watch stops when the last
 * view lets go. A listener that joins late gets the current bank at once.
 */
export function subscribeStoryBank(
  db: LoopsideDb,
  listener: (stories: Story[]) => void,
): () => void {
  let bank = shared.get(db);
  if (!bank) {
    const created: SharedBank = { latest: undefined, listeners: new Set(), stop: () => undefined };
    created.stop = watchStoryBank(db, (stories) => {
      created.latest = stories;
      for (const l of [...created.listeners]) l(stories);
    });
    shared.set(db, created);
    bank = created;
  }
  const current = bank;
  current.listeners.add(listener);
  if (current.latest) listener(current.latest);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.stop();
      if (shared.get(db) === current) shared.delete(db);
    }
  };
}

/** The bank as last read, if some view is watching it: lets a view mount with data in hand. */
export function latestStoryBank(db: LoopsideDb): Story[] | undefined {
  return shared.get(db)?.latest;
}
