import { foldText } from '../search/fold-text';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

// Suffixes dropped so "courageous", "innovative", "judgement" or "inclusive" still name the value.
const SUFFIXES = ['ation', 'ment', 'ness', 'osity', 'ity', 'sion', 'tion', 'ence', 'ance'];
const MIN_STEM = 4;

function stemOf(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/**
 * True when the line names one of the values, loosely: a single-word value matches any word that
 * starts with its stem; a value of several words ("Bias for Action") must appear as that phrase.
 */
export function namesAValue(line: string, valueNames: readonly string[]): boolean {
  const lineWords = words(line);
  const joined = ` ${lineWords.join(' ')} `;
  return valueNames.some((name) => {
    const nameWords = words(name);
    if (nameWords.length === 0) return false;
    if (nameWords.length > 1) return joined.includes(` ${nameWords.join(' ')} `);
    const stem = stemOf(nameWords[0] ?? '');
    return lineWords.some((w) => w.startsWith(stem));
  });
}

// A few languages beyond English, since people rehearse in the language of the interview.
const REASON_PHRASES = [
  'because',
  'since',
  'so that',
  'so',
  'in order to',
  'given that',
  'which meant',
  'that is why',
  'thats why',
  'the reason',
  'cuz',
  'porque',
  'parce que',
  'car',
  'weil',
  'denn',
  'لأن',
  'لان',
  'بسبب',
  'כי',
  'מפני ש',
  'בגלל',
].map((p) => words(p).join(' '));

/** True when the line gives a reason ("… because …", "… so that …"), not just a label. */
export function givesReason(line: string): boolean {
  const joined = ` ${words(line.replace(/[’']/g, '')).join(' ')} `;
  // Hebrew writes "since that" as one word ("מפני שה…"), so the phrase may run into the next word.
  return REASON_PHRASES.some((p) =>
    p.endsWith(' ש') ? joined.includes(` ${p}`) : joined.includes(` ${p} `),
  );
}
