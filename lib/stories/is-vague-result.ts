import { foldText } from '../search/fold-text';

/** Praise with no content: these words say the result was good without saying what it was. */
const PRAISE = new Set([
  'well',
  'success',
  'successful',
  'successfully',
  'good',
  'great',
  'fine',
  'ok',
  'okay',
  'happy',
  'pleased',
  'satisfied',
  'smooth',
  'smoothly',
  'positive',
  'positively',
  'worked',
  'improved',
  'better',
  'nice',
  'awesome',
  'amazing',
  'excellent',
  'win',
  'appreciated',
]);

/** Words that carry no specifics of their own. */
const FILLER = new Set(
  (
    'a an the and or but so it its this that was were is are be been went go going got get ' +
    'received turned out ended up overall in the end everyone everybody all team we they i our ' +
    'my their them us me people stakeholders things everything project result results outcome ' +
    'feedback very really quite pretty super extremely much more lot lots always to of with from ' +
    'for on by as at'
  ).split(' '),
);

const MIN_SPECIFIC_WORDS = 3;

/**
 * True when the result is praise and little else ("It went well and everyone was happy"): it uses a
 * word of praise, holds no figure, and has fewer than three words that say what actually changed.
 * English only; results in other languages are never called vague.
 */
export function isVagueResult(result: string): boolean {
  const folded = foldText(result);
  if (/\p{Nd}/u.test(folded)) return false;
  const words = folded.replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.some((w) => PRAISE.has(w))) return false;
  const specific = words.filter((w) => !PRAISE.has(w) && !FILLER.has(w));
  return specific.length < MIN_SPECIFIC_WORDS;
}
