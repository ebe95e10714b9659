// CJK full stops end a sentence with no space after them; Latin ones need a space or the end.
const SENTENCE_END = /[。！？]+["'”’」』)\]]*|[.!?؟…]+["'”’)\]]*(?=\s|$)/gu;
/** Dots that end an abbreviation, not a sentence ("e.g. the billing service"). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'inc',
  'ltd',
  'co',
  'approx',
  'no',
  'st',
  'jr',
  'sr',
  'u.s',
]);

export function firstSentence(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? '';
  for (const match of line.matchAll(SENTENCE_END)) {
    const before = line.slice(0, match.index).match(/([\p{L}.]+)$/u)?.[1] ?? '';
    if (match[0].startsWith('.') && ABBREVIATIONS.has(before.toLowerCase())) continue;
    return line.slice(0, match.index + match[0].length).trim();
  }
  return line.trim();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Cuts text to at most `max` visible characters, at a word boundary when one is near, and marks
 * the cut with an ellipsis. Counts graphemes so an emoji or an accented letter is never split.
 */
export function clampLine(text: string, max: number): string {
  const graphemes = Array.from(segmenter.segment(text), (s) => s.segment);
  if (graphemes.length <= max) return text;
  const head = graphemes.slice(0, max - 1).join('');
  const lastSpace = head.search(/\s\S*$/u);
  // Only back off to a space when it keeps most of the line; a long URL is better cut mid-word.
  const cut = lastSpace > head.length / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}
