import {
  CRITIQUE_LIMITS,
  critiqueKinds,
  type CritiqueKind,
  type CritiqueOf,
} from './critique-schema';
import { isOwnWords } from './find-quote';

type GuardResult<K extends CritiqueKind> =
  { ok: true; critique: CritiqueOf<K>; droppedQuotes: number } | { ok: false; message: string };

const NOT_SHOWN = 'so it was not shown and nothing was saved.';

/** Field names a rewrite or a script would come in under; the schema has none of them. */
const WRITES_FOR_YOU =
  /rewrit|improv|revis|script|draft|example|sample|suggested_?(story|answer|line)|better_?(version|story|answer)|model_?answer|polished|say_?this|full_?(story|answer)/i;

const FIRST_PERSON = new Set([
  'i',
  "i'm",
  "i'd",
  "i've",
  "i'll",
  'me',
  'my',
  'mine',
  'myself',
  'we',
  "we're",
  "we'd",
  "we've",
  'our',
  'ours',
  'us',
]);

function leaves(value: unknown, path: (string | number)[] = []): [string, string][] {
  if (typeof value === 'string') return [[formatPath(path), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [];
}

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  }
  return [];
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

/**
 * True when a text reads as someone's own story told in the first person and it is not the
 * candidate's: a sentence of eight words or more with two or more of "I", "my", "we"… that is
 * not found in their words. Quotes of their own words inside a note are taken out first.
 */
export function looksLikeNarrative(text: string, sources: readonly string[]): boolean {
  if (isOwnWords(text, sources)) return false;
  const unquoted = text.replace(/["\u201c]([^"\u201d]{1,400})["\u201d]/g, (whole, inner: string) =>
    isOwnWords(inner, sources) ? ' ' : whole,
  );
  return unquoted.split(/(?<=[.!?])\s+|\n+/).some((sentence) => {
    const words = sentence.toLowerCase().match(/[a-z\u2019']+/g) ?? [];
    const firstPerson = words.filter((w) => FIRST_PERSON.has(w.replace('\u2019', "'"))).length;
    return words.length >= 8 && firstPerson >= 2 && !isOwnWords(sentence, sources);
  });
}

function describeShape(issue: {
  code: string;
  path: PropertyKey[];
  message: string;
  maximum?: unknown;
  keys?: string[];
}): string {
  const where = issue.path.length ? formatPath(issue.path) : 'the reply';
  if (issue.code === 'too_big')
    return `${where} is longer than the ${String(issue.maximum)} allowed`;
  if (issue.code === 'unrecognized_keys') {
    return `${where} has a field Loopside does not accept (${(issue.keys ?? []).join(', ')})`;
  }
  return `${where}: ${issue.message}`;
}

/** Blanks each quote that is not the candidate's own words; returns how many were blanked. */
function checkQuotes(value: unknown, sources: readonly string[]): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + checkQuotes(v, sources), 0);
  if (!value || typeof value !== 'object') return 0;
  const record = value as Record<string, unknown>;
  let dropped = 0;
  if (typeof record.quote === 'string' && record.quote.trim()) {
    if (!isOwnWords(record.quote, sources)) {
      record.quote = '';
      dropped++;
    }
  }
  for (const [k, v] of Object.entries(record))
    if (k !== 'quote') dropped += checkQuotes(v, sources);
  return dropped;
}

/**
 * Everything the model replies goes through here before it is shown or stored. A reply that is
 * too long, not JSON, the wrong shape, or that writes the story or answer for the candidate is
 * refused with a message; quotes that are not the candidate's own words are left out and counted.
 */
export function guardCritique<K extends CritiqueKind>(
  kind: K,
  reply: string,
  sources: readonly string[],
): GuardResult<K> {
  if (reply.length > CRITIQUE_LIMITS.reply) {
    return {
      ok: false,
      message: `The model’s reply was too long (${reply.length.toLocaleString('en-US')} characters; a critique is at most ${CRITIQUE_LIMITS.reply.toLocaleString('en-US')}), ${NOT_SHOWN}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(reply.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return { ok: false, message: `The model’s reply was not readable JSON, ${NOT_SHOWN}` };
  }
  const forbidden = keysOf(data).find((k) => WRITES_FOR_YOU.test(k));
  if (forbidden) {
    return {
      ok: false,
      message: `The model tried to write your words for you (a field called “${forbidden.slice(0, 40)}”). Loopside never shows a rewritten story or a scripted answer, ${NOT_SHOWN}`,
    };
  }
  const parsed = critiqueKinds[kind].safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0] as Parameters<typeof describeShape>[0] | undefined;
    return {
      ok: false,
      message: `The model’s reply did not have the expected shape (${first ? describeShape(first) : 'unknown problem'}), ${NOT_SHOWN}`,
    };
  }
  const narrative = leaves(parsed.data).find(([, text]) => looksLikeNarrative(text, sources));
  if (narrative) {
    return {
      ok: false,
      message: `The model wrote first-person story text that is not yours (in ${narrative[0]}). Loopside never shows a rewritten story or a scripted answer, ${NOT_SHOWN}`,
    };
  }
  const critique = parsed.data as CritiqueOf<K>;
  const droppedQuotes = checkQuotes(critique, sources);
  return { ok: true, critique, droppedQuotes };
}
