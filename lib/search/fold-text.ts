/**
 * Latin accents, Arabic harakat and Hebrew niqqud are optional when people type, so both the
 * index and the query drop them; NFKD also folds ligatures and full-width forms.
 */
const OPTIONAL_MARKS =
  /[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]/g;
const PLAIN_ASCII = /^[ -~]*$/;

export function foldText(text: string): string {
  // Most words are plain ASCII, where NFKD changes nothing; skipping it makes indexing cheaper.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(OPTIONAL_MARKS, '').toLowerCase();
}
