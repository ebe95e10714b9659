import { browser } from 'wxt/browser';
import type { Utterance } from '../captions/utterance-schema';

/** Enough for a long round; older lines are dropped first. */
export const BUFFER_LIMIT = 600;

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

export async function saveUtterances(name: string, list: readonly Utterance[]): Promise<void> {
  try {
    await browser.storage.session.set({ [storageKey(name)]: list.slice(-BUFFER_LIMIT) });
  } catch {
    // Over quota or unavailable: signals still work for as long as the page stays open.
  }
}
