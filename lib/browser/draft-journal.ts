/**
 * A synchronous write-ahead journal for text the user is typing. localStorage writes complete before
 * the page can close, so a panel closed mid-sentence (before the debounced IndexedDB save) still
 * has every character; the next load reconciles the journal with the database.
 */
interface DraftEntry {
  text: string;
  at: number;
}

const PREFIX = 'loopside:draft:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, text: string, at: number): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ text, at }));
  } catch {
    // Quota or privacy mode: the debounced database save still runs.
  }
}

export function readDraft(key: string): DraftEntry | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    if (
      typeof v === 'object' &&
      v !== null &&
      typeof (v as DraftEntry).text === 'string' &&
      typeof (v as DraftEntry).at === 'number'
    ) {
      return v as DraftEntry;
    }
  } catch {
    // A corrupt entry is dropped below; the database copy stands.
  }
  clearDraft(key);
  return undefined;
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Every journalled draft, so a load can flush what a closed page did not save. */
export function listDrafts(): { key: string; entry: DraftEntry }[] {
  const s = storage();
  if (!s) return [];
  const out: { key: string; entry: DraftEntry }[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (!k?.startsWith(PREFIX)) continue;
    const key = k.slice(PREFIX.length);
    const entry = readDraft(key);
    if (entry) out.push({ key, entry });
  }
  return out;
}
