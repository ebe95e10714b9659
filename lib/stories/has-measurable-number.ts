import { foldText } from '../search/fold-text';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

// Dates say when, not how much, so they are blanked out before looking for a number.
const DATE_SHAPES: RegExp[] = [
  /\b\d{4}-\d{1,2}(?:-\d{1,2})?\b/g,
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b(?:q[1-4]|h[12]|fy\s?'?\d{2,4})\b/g,
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
  // A year after "in", "since", "early" and the like is a date whatever follows it.
  /\b(?:in|since|during|until|till|from|through|early|late|mid|circa|of|summer|spring|autumn|fall|winter)[\s-]+(?:19|20)\d{2}s?\b/g,
];

const YEAR = /(?<![\p{Nd}$£€¥₹.,])((?:19|20)\d{2})s?(?!\p{Nd}|[.,]\p{Nd})\s*([\p{L}%]*)/gu;
/** Words that may follow a bare year without turning it into a quantity ("2023 and 2024", "2023, we"). */
const YEAR_FOLLOWERS = new Set([
  '',
  'to',
  'and',
  'or',
  'through',
  'until',
  'when',
  'we',
  'i',
  'the',
  'our',
  'my',
  'after',
  'before',
  'while',
  'as',
]);

const SPELLED =
  /\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halved|doubled|tripled|quadrupled|twice|thrice)\b/;

function withoutYears(text: string): string {
  return text.replace(YEAR, (whole, _year: string, follower: string) =>
    YEAR_FOLLOWERS.has(follower) ? ` ${follower}` : whole,
  );
}

/**
 * True when the text holds a quantity: digits in any script ("30%", "$2M", "3x", "٣٠٪"), or a
 * spelled number ("twelve", "halved"). "one" is left out because it is mostly a pronoun. A year or a
 * date alone does not count: it says when something happened, not what changed.
 */
export function hasMeasurableNumber(text: string): boolean {
  let folded = foldText(text);
  for (const shape of DATE_SHAPES) folded = folded.replace(shape, ' ');
  folded = withoutYears(folded);
  return /\p{Nd}/u.test(folded) || SPELLED.test(folded);
}

/** Used to explain the gap when the only figure present is a date. */
export function hasAnyDigit(text: string): boolean {
  return /\p{Nd}/u.test(text);
}
