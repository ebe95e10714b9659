/** Whitespace-normalised caption text; platforms pad and wrap text with layout whitespace. */
export function cleanCaptionText(text: string): string {
  // Most text is already clean; testing first avoids rebuilding a long monologue on every mutation.
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/**
 * `cleanCaptionText(raw)` when `raw` extends `prevRaw` (whose clean form is `prevClean`), doing
 * work only on the added part; null when it does not extend it. Captions mostly grow at the end.
 */
export function cleanAppended(prevRaw: string, prevClean: string, raw: string): string | null {
  if (!raw.startsWith(prevRaw)) return null;
  const added = raw.slice(prevRaw.length);
  const tail = cleanCaptionText(added);
  if (tail === '') return prevClean;
  if (prevClean === '') return tail;
  const seam = /\s$/.test(prevRaw) || /^\s/.test(added);
  return seam ? `${prevClean} ${tail}` : prevClean + tail;
}

const UNKNOWN_SPEAKERS = new Set([
  '',
  'unknown',
  'unknown speaker',
  'unbekannt',
  'inconnu',
  'desconocido',
]);

/** Platforms show a placeholder name until they resolve who is talking. */
export function isUnknownSpeaker(speaker: string): boolean {
  const name = speaker.trim().toLowerCase();
  // "Speaker 2" is our own stand-in (Zoom) until the participant list names the person.
  return UNKNOWN_SPEAKERS.has(name) || /^speaker \d+$/.test(name);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
}

/**
 * Whether `next` reads as a correction or continuation of `prev` rather than fresh speech.
 * Recognisers mostly rewrite the tail, so half of the shorter text's leading words must agree.
 */
export function isRelatedText(prev: string, next: string): boolean {
  if (prev === '' || next === '' || next.startsWith(prev) || prev.startsWith(next)) return true;
  // On a long monologue a tail correction is decided by one native compare, without splitting words.
  const half = Math.max(40, Math.ceil(Math.min(prev.length, next.length) / 2));
  if (half <= Math.min(prev.length, next.length) && next.startsWith(prev.slice(0, half)))
    return true;
  const a = words(prev);
  const b = words(next);
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.max(1, Math.ceil(shorter * 0.5));
}

/** Meet drops a long monologue's text and starts over: a big shrink is new speech, not an edit. */
export function isCaptionReset(prev: string, next: string): boolean {
  if (prev.length <= 40) return false;
  return next.length < prev.length / 2 || !isRelatedText(prev, next);
}

/**
 * The part of `text` after an already-finalised `prefix`. Falls back to counting words when the
 * platform has re-punctuated the prefix, so earlier speech is not emitted twice.
 */
export function textAfterPrefix(text: string, prefix: string): { rest: string; prefix: string } {
  if (prefix === '' || text.startsWith(prefix)) {
    return { rest: text.slice(prefix.length).trim(), prefix };
  }
  const skip = prefix.split(' ').filter((w) => w !== '').length;
  const parts = text.split(' ');
  const head = parts.slice(0, skip).join(' ');
  return { rest: parts.slice(skip).join(' ').trim(), prefix: head };
}
