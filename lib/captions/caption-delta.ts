import { UTTERANCE_TEXT_MAX } from './utterance-limits';
import type { Utterance } from './utterance-schema';

/**
 * A revision sent as the change from an earlier one: the receiver keeps the first `from`
 * characters of the text it holds at revision `after` and appends the utterance's `text`.
 */
interface CaptionDelta {
  from: number;
  after: number;
}

export interface WireUtterance {
  utterance: Utterance;
  delta?: CaptionDelta;
}

/** Below this much unchanged text a delta saves too little to be worth it. */
const MIN_SHARED = 80;
/** Every so many revisions the whole text goes again, so a panel opened mid-answer catches up. */
export const FULL_EVERY = 16;
/** Open utterances remembered per reader; a call rarely has more than a few at once. */
const MAX_OPEN = 32;

function sharedPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The reader's side: each caption update of a long answer carries only what changed, instead of
 * the whole monologue again. Settled text always goes whole, so the stored record never depends
 * on a delta having arrived.
 */
export function createDeltaEncoder(): (u: Utterance) => WireUtterance {
  const sent = new Map<string, { text: string; revision: number }>();
  return (u) => {
    const prev = sent.get(u.id);
    sent.delete(u.id);
    if (!u.final) {
      sent.set(u.id, { text: u.text, revision: u.revision });
      if (sent.size > MAX_OPEN) sent.delete(sent.keys().next().value as string);
    }
    if (!prev || u.final || u.revision % FULL_EVERY === 0) return { utterance: u };
    const from = sharedPrefix(prev.text, u.text);
    if (from < MIN_SHARED) return { utterance: u };
    return {
      utterance: { ...u, text: u.text.slice(from) },
      delta: { from, after: prev.revision },
    };
  };
}

/**
 * The panel's side: rebuilds each revision from the one before. Returns null for a delta whose
 * base it does not hold (the panel opened mid-answer or a message was lost); the next whole
 * revision, at most FULL_EVERY later and always the final one, brings it back in step.
 */
export function createDeltaDecoder(): (w: WireUtterance) => Utterance | null {
  const held = new Map<string, { text: string; revision: number }>();
  return ({ utterance: u, delta }) => {
    let text = u.text;
    if (delta) {
      const base = held.get(u.id);
      if (!base || base.revision !== delta.after || delta.from > base.text.length) return null;
      text = base.text.slice(0, delta.from) + u.text;
      if (text.length > UTTERANCE_TEXT_MAX) return null;
    }
    held.delete(u.id);
    if (!u.final) {
      held.set(u.id, { text, revision: u.revision });
      if (held.size > MAX_OPEN) held.delete(held.keys().next().value as string);
    }
    return delta ? { ...u, text } : u;
  };
}
