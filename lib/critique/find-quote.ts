/** Folds what a model changes when it copies text: case, curly quotes, dashes and spacing. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The quote without the marks and end punctuation a model tends to wrap around it. */
function trimQuote(quote: string): string {
  return foldText(quote)
    .replace(/^["'\s.…-]+/, '')
    .replace(/["'\s.,;:!?…-]+$/, '')
    .replace(/^\.\.\.|\.\.\.$/g, '')
    .trim();
}

/** True when the quote is the candidate's own words: a run of text inside one of the sources. */
export function isOwnWords(quote: string, sources: readonly string[]): boolean {
  const q = trimQuote(quote);
  if (!q) return false;
  // A "quote" with an ellipsis in the middle stitches two places together: each part must be there.
  const parts = q.split(/\s*\.\.\.\s*/).filter(Boolean);
  const folded = sources.map(foldText);
  return parts.every((part) => folded.some((s) => s.includes(part)));
}
