/**
 * English words too common to tell stories apart. Keeping them out of the index stops a query such
 * as "the weekly review" from scoring every story in the bank.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after all also an and any are as at be been before but by can could did do does for ' +
    'from had has have he her him his how i if in into is it its me my no not of on or our out ' +
    'over she so than that the their them then there these they this to up us was we were what ' +
    'when which who will with would you your'
  ).split(' '),
);
