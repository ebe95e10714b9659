/** A spoken word with the punctuation around it, which is what tells a filler from a word. */
export interface Token {
  word: string;
  /** Which input text the token came from. */
  source: number;
  start: number;
  end: number;
  /** First word of a sentence (or of the text). */
  sentenceStart: boolean;
  commaBefore: boolean;
  commaAfter: boolean;
  sentenceEndAfter: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Tokens of several texts in order; each text starts a new sentence (utterances are separate). */
export function tokenize(texts: readonly string[]): Token[] {
  const tokens: Token[] = [];
  texts.forEach((text, source) => tokenizeFrom(text, source, tokens, 0));
  return tokens;
}

/**
 * Tokens of one text, reusing `before` (the tokens of an earlier revision of it) up to where
 * the two revisions first differ. A token is kept only when the text from its start to two
 * characters past its end is unchanged — that is all a word match and the gap before it depend
 * on — and the last kept token's "comma / sentence end after" is worked out again from the new
 * text. The result equals `tokenize([text])`, so a growing caption is read from its changed tail.
 */
export function retokenize(
  before: { text: string; tokens: readonly Token[] },
  text: string,
): Token[] {
  const limit = Math.min(before.text.length, text.length);
  let same = 0;
  while (same < limit && before.text.charCodeAt(same) === text.charCodeAt(same)) same++;
  if (same === text.length && same === before.text.length) return [...before.tokens];
  let keep = 0;
  while (keep < before.tokens.length && (before.tokens[keep] as Token).end + 2 <= same) keep++;
  const tokens = before.tokens.slice(0, keep);
  const last = tokens.at(-1);
  // The last kept token is changed in place below; the earlier revision's array keeps its own.
  if (last) tokens[keep - 1] = { ...last };
  tokenizeFrom(text, 0, tokens, last ? last.end : 0);
  return tokens;
}

/** Appends the tokens of `text` from `from` (0, or the end of the last token of this source). */
function tokenizeFrom(text: string, source: number, tokens: Token[], from: number): void {
  let prevEnd = from;
  let first = from === 0;
  const word = new RegExp(WORD);
  word.lastIndex = from;
  for (const m of text.matchAll(word)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const prev = tokens.at(-1);
    const breakBefore = first || /[.!?]/.test(gap);
    const commaBefore = !first && /[,;:—–]|\s-\s/.test(gap);
    if (prev && !first) {
      prev.commaAfter = commaBefore;
      prev.sentenceEndAfter = /[.!?]/.test(gap);
    }
    tokens.push({
      word: m[0].toLowerCase().replace(/’/g, "'"),
      source,
      start,
      end: start + m[0].length,
      sentenceStart: breakBefore,
      commaBefore,
      commaAfter: false,
      sentenceEndAfter: true,
    });
    prevEnd = start + m[0].length;
    first = false;
  }
  const last = tokens.at(-1);
  if (last && last.source === source && !first) {
    const tail = text.slice(prevEnd);
    last.commaAfter = /[,;:—–]/.test(tail);
    last.sentenceEndAfter = true;
  }
}

export interface PhraseMatch {
  phrase: string;
  /** Index of the first and last token matched. */
  first: number;
  last: number;
}

/** Prepared phrase list: whole-word sequences, longest first so "i'm not sure" beats "not sure". */
interface PhraseIndex {
  byFirstWord: Map<string, { phrase: string; words: string[] }[]>;
}

export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const byFirstWord = new Map<string, { phrase: string; words: string[] }[]>();
  for (const phrase of phrases) {
    const words = Array.from(phrase.toLowerCase().replace(/’/g, "'").matchAll(WORD), (m) => m[0]);
    const head = words[0];
    if (!head) continue;
    const list = byFirstWord.get(head) ?? [];
    list.push({ phrase, words });
    list.sort((a, b) => b.words.length - a.words.length);
    byFirstWord.set(head, list);
  }
  return { byFirstWord };
}

/** Non-overlapping whole-word matches, left to right. Phrases never span two utterances. */
export function findPhrases(tokens: readonly Token[], index: PhraseIndex): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const candidates = t ? index.byFirstWord.get(t.word) : undefined;
    if (!t || !candidates) continue;
    for (const c of candidates) {
      const last = i + c.words.length - 1;
      let ok = true;
      for (let k = 1; k < c.words.length && ok; k++) {
        const tk = tokens[i + k];
        ok = tk !== undefined && tk.source === t.source && tk.word === c.words[k];
      }
      if (ok) {
        matches.push({ phrase: c.phrase, first: i, last });
        i = last;
        break;
      }
    }
  }
  return matches;
}
