import type { OverallVote } from './peer-schema';

type LoopVerdict = 'hire' | 'leaning-hire' | 'borderline' | 'leaning-no-hire' | 'no-hire';

export const verdictLabels: Record<LoopVerdict, string> = {
  hire: 'Hire',
  'leaning-hire': 'Leaning hire',
  borderline: 'Borderline',
  'leaning-no-hire': 'Leaning no hire',
  'no-hire': 'No hire',
};

/** The rule in words, shown beside every outcome so nobody has to guess how it was reached. */
export const LOOP_RULE: readonly string[] = [
  'Every interviewer decides alone and there is no group debrief, so each vote counts as given.',
  'Two or more no-hire votes (of either strength) mean no hire: one strong advocate rarely outweighs two skeptics.',
  'A single strong no hire leans no hire, whatever the others say.',
  'A single plain no hire leaves the loop borderline, or leaning hire when at least one other interviewer is a strong hire.',
  'With no no-hire votes the loop is a hire.',
];

export interface LoopOutcome {
  verdict: LoopVerdict;
  counts: Record<OverallVote, number>;
  /** Why, in one sentence that names the counts. */
  reason: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Pure and order-free: the outcome of a loop from the overall votes that are in. */
export function loopOutcome(votes: readonly OverallVote[]): LoopOutcome | null {
  if (votes.length === 0) return null;
  const counts: Record<OverallVote, number> = {
    'strong-hire': 0,
    hire: 0,
    'no-hire': 0,
    'strong-no-hire': 0,
  };
  for (const v of votes) counts[v]++;
  const skeptics = counts['no-hire'] + counts['strong-no-hire'];
  const advocates = counts['strong-hire'];
  if (skeptics >= 2) {
    return {
      verdict: 'no-hire',
      counts,
      reason:
        `${plural(skeptics, 'interviewer', 'interviewers')} voted no hire` +
        (advocates > 0
          ? `; ${plural(advocates, 'strong advocate does', 'strong advocates do')} not outweigh two or more skeptics.`
          : '.'),
    };
  }
  if (counts['strong-no-hire'] === 1) {
    return {
      verdict: 'leaning-no-hire',
      counts,
      reason:
        'One interviewer voted strong no hire, a serious objection the other votes do not clear.',
    };
  }
  if (skeptics === 1) {
    return advocates > 0
      ? {
          verdict: 'leaning-hire',
          counts,
          reason: `One no hire against ${plural(advocates, 'strong hire', 'strong hires')}: a close call that leans hire.`,
        }
      : {
          verdict: 'borderline',
          counts,
          reason: 'One no hire and no strong advocate: a close call either way.',
        };
  }
  return {
    verdict: 'hire',
    counts,
    reason:
      votes.length === 1
        ? 'The one vote in is a hire.'
        : `All ${votes.length} votes are hire or strong hire.`,
  };
}

/** Ordered from worst to best, so tests and views can compare verdicts. */
export const VERDICT_ORDER: readonly LoopVerdict[] = [
  'no-hire',
  'leaning-no-hire',
  'borderline',
  'leaning-hire',
  'hire',
];
