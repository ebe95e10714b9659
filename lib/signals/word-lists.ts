/**
 * Phrase lists behind the live signals, as data so they are easy to extend or localise.
 * Entries are lower case; multi-word entries match as whole-word sequences.
 */

/** Softeners that stop an answer from taking a position. */
export const HEDGE_PHRASES: readonly string[] = [
  'i guess',
  'sort of',
  'kind of',
  'it depends',
  'depends on the situation',
  'i suppose',
  'maybe',
  'perhaps',
  'probably',
  'more or less',
  'hard to say',
  'not sure',
  "i'm not sure",
  'i think maybe',
  'somewhat',
  'to some extent',
  'in a way',
  'arguably',
];

/** Always-filler sounds: counted wherever they appear. */
export const FILLER_SOUNDS: readonly string[] = [
  'um',
  'umm',
  'uh',
  'uhh',
  'er',
  'erm',
  'ah',
  'hmm',
];

/**
 * Words that are fillers only in filler positions (set off by commas, opening a sentence, or next
 * to another filler); elsewhere they are ordinary words ("I like the way", "do you know").
 */
export const POSITIONAL_FILLERS: readonly string[] = [
  'like',
  'you know',
  'i mean',
  'basically',
  'literally',
  'actually',
];

/** Words before "you know" that make it a real question or verb ("do you know", "if you know"). */
export const YOU_KNOW_NOT_FILLER_BEFORE: readonly string[] = [
  'do',
  'did',
  'does',
  "don't",
  "didn't",
  'if',
  'whether',
  'as',
  'would',
  'could',
  'will',
  'what',
  'how',
  'that',
];

export const I_WORDS: readonly string[] = [
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'me',
  'my',
  'mine',
  'myself',
];
export const WE_WORDS: readonly string[] = [
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
  'us',
  'our',
  'ours',
  'ourselves',
];

/** Cues that an answer has reached each part of situation–task–action–result. */
export const STAR_CUES = {
  situation: [
    'at the time',
    'back when',
    'back in',
    'when i was',
    'the situation',
    'the context',
    'the background',
    'we were',
    'our team was',
    'at my last',
    'at my previous',
  ],
  task: [
    'my job was',
    'my role was',
    'i was responsible',
    'i was asked to',
    'i needed to',
    'i had to',
    'the goal was',
    'the task was',
    'the challenge was',
    'it was on me',
    'i owned',
  ],
  action: [
    'so i',
    'i decided',
    'i chose',
    'i built',
    'i proposed',
    'i started',
    'i stopped',
    'i wrote',
    'i talked to',
    'i set up',
    'i pushed',
    'i asked',
    'what i did',
    'my first step',
  ],
  result: [
    'as a result',
    'the result',
    'in the end',
    'we ended up',
    'ended up',
    'the outcome',
    'which meant',
    'that led to',
    'we shipped',
    'we saved',
    'we cut',
    'we grew',
    'went from',
    'reduced',
    'increased',
    'improved',
  ],
} as const satisfies Record<string, readonly string[]>;
export type StarPart = keyof typeof STAR_CUES;

/** Looking back on the story: what was learned or would change. */
export const REFLECTION_PHRASES: readonly string[] = [
  'looking back',
  'in hindsight',
  'next time',
  'if i did it again',
  'if i had to do it again',
  'i would do differently',
  "i'd do differently",
  'do it differently',
  'what i learned',
  'i learned',
  'the lesson',
  'i should have',
  "i'd change",
  'i would change',
  'i would have',
  "i'd have",
  'taught me',
];

/** Units that make a number a measurable outcome ("40 percent", "3 weeks", "$2 million"). */
export const RESULT_UNITS: readonly string[] = [
  '%',
  'percent',
  'per cent',
  'percentage points',
  'points',
  'x',
  'times',
  'ms',
  'milliseconds',
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'quarters',
  'years',
  'users',
  'customers',
  'people',
  'engineers',
  'teams',
  'dollars',
  'euros',
  'pounds',
  'k',
  'thousand',
  'million',
  'billion',
  'requests',
  'tickets',
  'incidents',
  'bugs',
  'releases',
  'subscribers',
  'signups',
];

/** Spoken numbers, for captions that spell them out. */
export const NUMBER_WORDS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'half',
  'double',
];
