import { COMMON_WORDS } from './common-words';

export const DEFAULT_TERM_COUNT = 12;

const tokenize = (text: string) =>
  (text.toLowerCase().match(/[a-z0-9][a-z0-9+#.-]*[a-z0-9+#]|[a-z0-9]/g) ?? []).filter(
    (w) => !/^\d+$/.test(w),
  );

const isContent = (w: string) => w.length > 2 && !COMMON_WORDS.has(w);

/**
 * The distinctive terms of a job posting: words and two-word phrases it repeats that are not
 * everyday English or posting boilerplate. Phrases repeated at least twice come first, since
 * "royalty reporting" says more than "royalty" and "reporting" apart. Pure and deterministic.
 */
export function jobTerms(text: string, limit = DEFAULT_TERM_COUNT): string[] {
  const lines = text.split(/\n|[.;:!?]\s/);
  const single = new Map<string, number>();
  const pairs = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  let pos = 0;
  for (const line of lines) {
    const words = tokenize(line);
    words.forEach((w, i) => {
      pos++;
      if (!isContent(w)) return;
      single.set(w, (single.get(w) ?? 0) + 1);
      if (!firstSeen.has(w)) firstSeen.set(w, pos);
      const next = words[i + 1];
      if (next && isContent(next)) {
        const pair = `${w} ${next}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        if (!firstSeen.has(pair)) firstSeen.set(pair, pos);
      }
    });
  }
  const order = (a: [string, number], b: [string, number]) =>
    b[1] - a[1] || firstSeen.get(a[0])! - firstSeen.get(b[0])!;
  const phrases = [...pairs].filter(([, n]) => n >= 2).sort(order);
  const covered = new Set(phrases.flatMap(([p]) => p.split(' ')));
  const words = [...single]
    .filter(([, n]) => n >= 2 || single.size < 40)
    .sort(order)
    // A word that only ever appears inside a kept phrase adds nothing.
    .filter(([w, n]) => !covered.has(w) || n > (phrases.find(([p]) => p.includes(w))?.[1] ?? 0));
  return [...phrases, ...words].slice(0, limit).map(([t]) => t);
}

/** The terms a story's text uses (whole words, any case). */
export function termsUsed(text: string, terms: readonly string[]): string[] {
  const t = ` ${tokenize(text).join(' ')} `;
  return terms.filter((term) => t.includes(` ${tokenize(term).join(' ')} `));
}
