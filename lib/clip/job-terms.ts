import { COMMON_WORDS, GENERIC_JOB_WORDS } from './common-words';

const DEFAULT_TERM_COUNT = 12;

const WORD = /[A-Za-z0-9][A-Za-z0-9+#.-]*[A-Za-z0-9+#]|[A-Za-z0-9]/g;

const tokenize = (text: string) =>
  (text.toLowerCase().match(WORD) ?? []).filter((w) => !/^\d+$/.test(w));

/** Not everyday English or posting boilerplate: may stand in a phrase. */
const isContent = (w: string) => w.length > 2 && !COMMON_WORDS.has(w);
/** Says something alone too: "data" or "design" only says something in a phrase. */
const isTerm = (w: string) => isContent(w) && !GENERIC_JOB_WORDS.has(w);

const capitalized = (w: string) => /^[A-Z]/.test(w);

/** A tool's spelling: inner capitals (PostgreSQL), symbols (C++, Node.js) or a short acronym (SQL). */
const toolShaped = (w: string) => /[a-z][A-Z]|[+#]|[a-z]\.[a-z]/.test(w) || /^[A-Z]{2,6}$/.test(w);

/**
 * How a posting writes its words. `tools` are spelled like tools; `names` are capitalized inside a
 * sentence (Kafka, Airflow, but also a city); `inNames` stand in a run of capitalized words (a
 * company, a place: "Harbor Lane Studios"). A heading (mostly capitalized, or all in capitals, as
 * "PERKS") says nothing of either.
 */
function wordShapes(lines: readonly string[]) {
  const tools = new Set<string>();
  const names = new Set<string>();
  const inNames = new Set<string>();
  for (const line of lines) {
    const found = [...line.matchAll(WORD)];
    const words = found.map((m) => m[0]);
    const shouted = words.length > 0 && words.every((w) => w === w.toUpperCase());
    const titled = words.length >= 2 && words.filter(capitalized).length / words.length > 0.6;
    if (shouted || titled) continue;
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
      if (toolShaped(w)) tools.add(w.toLowerCase());
      else if (joined(i) || joined(i - 1)) inNames.add(w.toLowerCase());
      else if (i > 0 && capitalized(w)) names.add(w.toLowerCase());
    });
  }
  return { tools, names, inNames };
}

/**
 * The distinctive terms of a job posting: two-word phrases it repeats, then the words it repeats
 * and the tools it names (a tool counts once more than it appears), leaving out everyday English,
 * posting boilerplate and words that only say something in a phrase ("data", "design"). "royalty
 * reporting" says more than "royalty" and "reporting" apart; a tool named once (SQL, Airflow) can
 * still make the list. Pure and deterministic.
 */
export function jobTerms(text: string, limit = DEFAULT_TERM_COUNT): string[] {
  const lines = text.split(/\n|[.;:!?]\s/);
  const { tools, names, inNames } = wordShapes(lines);
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
  // A tool counts as one mention more than it has: it is what a story should name.
  const weight = ([w, n]: [string, number]) => n + (tools.has(w) ? 1 : 0);
  const order = (a: [string, number], b: [string, number]) =>
    weight(b) - weight(a) || firstSeen.get(a[0])! - firstSeen.get(b[0])!;
  const phrases = [...pairs].filter(([, n]) => n >= 2).sort(order);
  const covered = new Set(phrases.flatMap(([p]) => p.split(' ')));
  const words = [...single]
    .filter(([w]) => isTerm(w))
    // Named once is enough (a tool, or Airflow in "Airflow or a similar scheduler"), ranked by
    // its count; a word of a company's or a place's name needs repeating like any other.
    .filter(
      ([w, n]) => n >= 2 || tools.has(w) || names.has(w) || (single.size < 40 && !inNames.has(w)),
    )
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
