import { COMMON_WORDS, GENERIC_JOB_WORDS } from './common-words';

export const DEFAULT_TERM_COUNT = 12;

const WORD = /[A-Za-z0-9][A-Za-z0-9+#.-]*[A-Za-z0-9+#]|[A-Za-z0-9]/g;

const tokenize = (text: string) =>
  (text.toLowerCase().match(WORD) ?? []).filter((w) => !/^\d+$/.test(w));

/** Not everyday English or posting boilerplate: may stand in a phrase. */
const isContent = (w: string) => w.length > 2 && !COMMON_WORDS.has(w);
/** Says something alone too: "data" or "design" only says something in a phrase. */
const isTerm = (w: string) => isContent(w) && !GENERIC_JOB_WORDS.has(w);

const capitalized = (w: string) => /^[A-Z]/.test(w);

/**
 * The words a posting writes as names (Kafka, PostgreSQL, SQL, C++, Node.js) rather than as
 * English: capitalized inside a sentence, or spelled with inner capitals or symbols. A heading's
 * title case is not taken as names; words in a run of capitalized words (a company, a city) are
 * set apart, since a company's own name says nothing about the work.
 */
function namedWords(lines: readonly string[]): { named: Set<string>; inNames: Set<string> } {
  const named = new Set<string>();
  const inNames = new Set<string>();
  for (const line of lines) {
    const found = [...line.matchAll(WORD)];
    const words = found.map((m) => m[0]);
    const heading = words.length >= 2 && words.filter(capitalized).length / words.length > 0.6;
    if (heading) continue;
    // Two capitalized words with only a space between them are one name ("Harbor Lane").
    const joined = (i: number) => {
      const a = found[i];
      const b = found[i + 1];
      return (
        !!a &&
        !!b &&
        capitalized(a[0]) &&
        capitalized(b[0]) &&
        /^\s+$/.test(line.slice(a.index + a[0].length, b.index))
      );
    };
    words.forEach((w, i) => {
      const shaped = /[a-z][A-Z]|[+#]|[a-z]\.[a-z]/.test(w) || /^[A-Z]{2,6}$/.test(w);
      if (shaped) named.add(w.toLowerCase());
      else if (joined(i) || joined(i - 1)) inNames.add(w.toLowerCase());
      else if (i > 0 && capitalized(w)) named.add(w.toLowerCase());
    });
  }
  return { named, inNames };
}

/**
 * The distinctive terms of a job posting: two-word phrases it repeats, then the tools and names it
 * mentions and the words it repeats, leaving out everyday English, posting boilerplate and words
 * that only say something in a phrase ("data", "design"). "royalty reporting" says more than
 * "royalty" and "reporting" apart; a tool named once (Airflow) still counts. Pure and deterministic.
 */
export function jobTerms(text: string, limit = DEFAULT_TERM_COUNT): string[] {
  const lines = text.split(/\n|[.;:!?]\s/);
  const { named, inNames } = namedWords(lines);
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
      if (next && isContent(next) && (isTerm(w) || isTerm(next))) {
        const pair = `${w} ${next}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        if (!firstSeen.has(pair)) firstSeen.set(pair, pos);
      }
    });
  }
  // A name counts as one mention more than it has: it is what a story should say.
  const weight = ([w, n]: [string, number]) => n + (named.has(w) ? 1 : 0);
  const order = (a: [string, number], b: [string, number]) =>
    weight(b) - weight(a) || firstSeen.get(a[0])! - firstSeen.get(b[0])!;
  const phrases = [...pairs].filter(([, n]) => n >= 2).sort(order);
  const covered = new Set(phrases.flatMap(([p]) => p.split(' ')));
  const words = [...single]
    .filter(([w]) => isTerm(w))
    .filter(([w, n]) => n >= 2 || named.has(w) || (single.size < 40 && !inNames.has(w)))
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
