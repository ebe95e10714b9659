import { daysBetween, type IsoDay } from './day-math';
import type { ReadinessRow } from './plan-schema';

export interface ReadinessItem {
  id: 'comp' | 'career-arc' | 'wants' | 'keeper' | 'thinnest';
  label: string;
  done: boolean;
  /** Why it is not ready yet, in words the candidate can act on. */
  warning: string | null;
}

// Hedges, not words that sit beside a figure: "$250,000 base, open to equity" has its number.
const VAGUE_PAY =
  /\b(flexible|negotiable|depends|whatever|market rate|not sure|tbd|open to (?:any|anything|offers?|discussion|negotiation))\b/i;
/** Pay data older than this has likely moved. */
const STALE_DAYS = 90;
/** About two minutes spoken at a calm pace. */
const ARC_MIN_WORDS = 120;
const ARC_MAX_WORDS = 360;

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

export function compWarning(row: ReadinessRow, today: IsoDay | null): string | null {
  const n = row.compNumber.trim();
  if (!n)
    return 'No number yet. Expect the recruiter to ask in the first call; pay is set to your personal market, and they expect you to have looked it up.';
  if (VAGUE_PAY.test(n) || !/\d/.test(n))
    return 'Saying you are flexible reads as not having done the homework — and that impression spreads beyond pay. Give one researched figure.';
  if (row.compSources.length === 0)
    return 'Add where the number comes from (levels data, a competing offer, a pay survey); a sourced number is expected, not pushy.';
  if (!row.compResearchedOn)
    return 'Add the date you researched it, so you know when to check again.';
  if (today && daysBetween(row.compResearchedOn, today) > STALE_DAYS)
    return `Researched more than ${STALE_DAYS} days ago; check the figures again before the call.`;
  return null;
}

export function readinessStatus(
  row: ReadinessRow,
  thinnest: readonly string[],
  today: IsoDay | null = null,
): { items: ReadinessItem[]; ready: number } {
  const comp = compWarning(row, today);
  const arcWords = words(row.careerArc);
  const arcWarning =
    arcWords === 0
      ? 'Not written yet: where you started, the turns you chose and why, where you are heading.'
      : arcWords < ARC_MIN_WORDS
        ? `${arcWords} ${arcWords === 1 ? 'word' : 'words'}; about ${ARC_MIN_WORDS}–${ARC_MAX_WORDS} fill two minutes spoken.`
        : arcWords > ARC_MAX_WORDS
          ? `${arcWords} words is more than two minutes out loud; cut to the turns that explain your next move.`
          : null;
  const wantsWarning =
    !row.wants.trim() || !row.dontWants.trim()
      ? 'Write both what you want and what you do not want; recruiters end the process when the two do not fit how the team works.'
      : null;
  const keeperWarning = !row.keeperAnswer
    ? 'Answer it honestly: would your current manager fight to keep you, and why?'
    : row.keeperAnswer !== 'yes' && !row.keeperWhy.trim()
      ? 'Note what would change the answer, and which story shows you at your best.'
      : null;
  const unplanned = thinnest.filter((v) => !row.plannedStories[v]);
  const items: ReadinessItem[] = [
    { id: 'comp', label: 'A researched pay number', done: !comp, warning: comp },
    { id: 'career-arc', label: 'A two-minute career arc', done: !arcWarning, warning: arcWarning },
    {
      id: 'wants',
      label: 'What you want, and do not want',
      done: !wantsWarning,
      warning: wantsWarning,
    },
    {
      id: 'keeper',
      label: 'The Keeper Test, asked of yourself',
      done: !keeperWarning,
      warning: keeperWarning,
    },
    {
      id: 'thinnest',
      label: 'A story planned for each of the three thinnest values',
      done: thinnest.length > 0 && unplanned.length === 0,
      warning: unplanned.length ? `No story planned yet for ${unplanned.join(', ')}.` : null,
    },
  ];
  return { items, ready: items.filter((i) => i.done).length };
}
