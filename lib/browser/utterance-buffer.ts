import { browser } from 'wxt/browser';
import type { Utterance } from '../captions/utterance-schema';

/** Enough for a long round; older lines are dropped first. */
const BUFFER_LIMIT = 600;

const storageKey = (name: string) => `loopside.utterances.${name}`;

function isUtterance(v: unknown): v is Utterance {
  if (typeof v !== 'object' || v === null) return false;
  const u = v as Record<string, unknown>;
  return (
    typeof u.id === 'string' &&
    typeof u.revision === 'number' &&
    typeof u.speaker === 'string' &&
    typeof u.isSelf === 'boolean' &&
    typeof u.text === 'string' &&
    typeof u.start === 'number' &&
    typeof u.end === 'number' &&
    typeof u.final === 'boolean'
  );
}

/**
 * Caption lines heard this browser session, kept in session storage (memory only, cleared when the
 * browser closes) so reloading the panel mid-answer does not forget what was already said.
 */
export async function loadUtterances(name: string): Promise<Utterance[]> {
  try {
    const key = storageKey(name);
    const got = (await browser.storage.session.get(key))[key];
    return Array.isArray(got) ? got.filter(isUtterance) : [];
  } catch {
    return [];
  }
}

async function saveUtterances(name: string, list: readonly Utterance[]): Promise<void> {
  try {
    await browser.storage.session.set({ [storageKey(name)]: list.slice(-BUFFER_LIMIT) });
  } catch {
    // Over quota or unavailable: signals still work for as long as the page stays open.
  }
}

/** The longest a caption line heard waits before it is in session storage. */
export const BUFFER_SAVE_EVERY_MS = 250;

/**
 * Saves the newest lines at most every BUFFER_SAVE_EVERY_MS, one write in flight at a time. A
 * quiet-period debounce would never fire while captions keep changing (a long answer), so a reload
 * mid-answer could lose everything heard since the last pause; this bounds the loss to one period.
 */
export function createBufferSaver(
  name: string,
  write: (name: string, list: readonly Utterance[]) => Promise<void> = saveUtterances,
) {
  let latest: readonly Utterance[] | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  const run = () => {
    timer = undefined;
    if (inFlight || !latest) return;
    const list = latest;
    latest = null;
    inFlight = true;
    void write(name, list).finally(() => {
      inFlight = false;
      if (latest) timer ??= setTimeout(run, BUFFER_SAVE_EVERY_MS);
    });
  };
  return {
    save(list: readonly Utterance[]) {
      latest = list;
      if (!inFlight) timer ??= setTimeout(run, BUFFER_SAVE_EVERY_MS);
    },
    /** Writes what is waiting now (the page is going away); later saves carry on as usual. */
    flush() {
      clearTimeout(timer);
      run();
    },
  };
}
