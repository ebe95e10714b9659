/**
 * What strong and weak evidence sounds like for each shipped value: observable things an
 * interviewer can hear in an answer, written for Loopside. Loaded by the interviewer view and
 * the workspace's prompt library, never by the side panel.
 */
import type { Framework } from './framework-schema';

export interface EvidenceSigns {
  strong: readonly string[];
  weak: readonly string[];
}

type Signs = Record<string, EvidenceSigns>;

const s = (strong: string[], weak: string[]): EvidenceSigns => ({ strong, weak });

// Values that appear in both Netflix lists share their signs.
const netflixShared: Signs = {
  judgment: s(
    [
      'Names the options they weighed and what each would have cost',
      'Says what they did not know at the time and how they decided anyway',
      'Explains which part of the call they would weigh differently now',
      'Separates reversible from hard-to-undo decisions and spent effort accordingly',
    ],
    [
      'Describes the outcome but never the choice behind it',
      'Credits the decision to the team or the manager when asked who made it',
      'Claims the call was obvious, with no trade-off mentioned',
      'Cannot say what signal would have changed their mind',
    ],
  ),
  selflessness: s(
    [
      'Gave up something they personally valued: credit, scope, headcount, a project',
      'Names the wider goal that beat their own team’s interest',
      'Mentions the colleague who got the recognition, by role',
    ],
    [
      'The sacrifice cost them nothing in the end',
      'Every story ends with their own promotion or visibility',
      'Talks about helping others only in general terms',
    ],
  ),
  courage: s(
    [
      'Said the uncomfortable thing directly to the person concerned',
      'Describes the personal risk they took and why it was worth it',
      'Stopped or challenged something they had backed before',
    ],
    [
      'Raised the concern only after the outcome was clear',
      'Went around the person instead of talking to them',
      'The “risk” had no real downside for them',
    ],
  ),
  inclusion: s(
    [
      'Changed how the group worked so a quieter or different view was heard',
      'Sought out a perspective unlike their own before deciding',
      'Names a concrete change that lasted beyond the one meeting',
    ],
    [
      'Speaks of inclusion as a value without an action behind it',
      'The only change was inviting more people to a meeting',
      'Cannot name whose view was missing or what it changed',
    ],
  ),
};

const netflixValues: Signs = {
  ...netflixShared,
  communication: s(
    [
      'Leads with the point, then the supporting detail',
      'Adapted the message to a specific audience and says how',
      'Checked that the message landed and corrected a misunderstanding',
      'The answer itself is concise, structured and easy to follow',
    ],
    [
      'Long scene-setting before any action or result',
      'Cannot say how the audience reacted',
      'Relies on “we aligned” with no detail of how',
    ],
  ),
  innovation: s(
    [
      'Replaced an accepted way of working with something simpler or new',
      'Describes how they tested the idea cheaply before committing',
      'Shares a result that shows the idea mattered',
    ],
    [
      'Calls a routine improvement innovative',
      'The idea was someone else’s and their part is unclear',
      'No evidence the new approach worked',
    ],
  ),
  integrity: s(
    [
      'Told the truth when it cost them or their team something',
      'Owned a mistake before anyone else found it',
      'Treated people the same whether or not they were in the room',
    ],
    [
      'Reframes a mistake as someone else’s doing',
      'Admits the error only because it was discovered',
      'The ethical choice had no real temptation on the other side',
    ],
  ),
  passion: s(
    [
      'Talks about the work with specific, unprompted detail',
      'Went beyond the brief because they cared about the result',
      'Connects what they did to why the company or the customer matters to them',
    ],
    [
      'Enthusiasm in words only, no example of extra effort',
      'Interest fades when asked a follow-up about the details',
      'Motivation is mostly about title or pay',
    ],
  ),
  impact: s(
    [
      'States the result with a number, a before and an after',
      'Separates their own contribution from the team’s',
      'Picked the work with the largest effect over the easiest',
    ],
    [
      'Lists activities rather than outcomes',
      'The result is “it went well” without a measure',
      'Cannot say what would have happened without them',
    ],
  ),
};

const netflixMemo: Signs = {
  ...netflixShared,
  candor: s(
    [
      'Gave direct feedback to a peer or manager, and describes the words used',
      'Asked for critical feedback and acted on it',
      'Disagreed openly, with reasons, rather than in private later',
    ],
    [
      'Feedback was softened until it said nothing',
      'Only ever gave feedback to people junior to them',
      'Describes holding back to keep the peace',
    ],
  ),
  creativity: s(
    [
      'Reframed the problem before solving it',
      'Combined ideas from outside their field',
      'Describes an idea that others first doubted and how they made it real',
    ],
    [
      'The solution was the standard one, described as novel',
      'No sign of alternatives considered',
      'Cannot explain where the idea came from',
    ],
  ),
  curiosity: s(
    [
      'Learned something outside their role to solve a problem',
      'Asks good questions back to the interviewer',
      'Describes a belief they changed after digging in',
    ],
    [
      'Learning was only what the job required',
      'Accepted the first explanation without checking',
      'No example of seeking out an unfamiliar view',
    ],
  ),
  resilience: s(
    [
      'Describes a real setback and what they did the next day',
      'Names what they changed so it would not happen again',
      'Kept the team steady while things were going wrong',
    ],
    [
      'The setback was minor or someone else’s',
      'Dwells on blame rather than recovery',
      'No lesson or change afterwards',
    ],
  ),
};

const amazon: Signs = {
  'customer-obsession': s(
    [
      'Starts from a specific customer problem, with evidence of it',
      'Changed a plan because of what customers said or did',
      'Measures success by a customer outcome',
    ],
    [
      'Customers appear only as a general justification',
      'Focus is on internal metrics or the competition',
      'No contact with customers or their data',
    ],
  ),
  ownership: s(
    [
      'Took on a problem outside their remit because it mattered',
      'Thinks in years, not the current quarter',
      'Never says “that’s not my job” — and shows it',
    ],
    [
      'Handed the problem to another team and stopped there',
      'Blames a dependency for the result',
      'Short-term win at a long-term cost, unacknowledged',
    ],
  ),
  'invent-and-simplify': s(
    [
      'Removed steps, parts or people from a process and kept the result',
      'Borrowed an idea from elsewhere and adapted it',
      'Accepted being misunderstood for a while to try something new',
    ],
    [
      'Added complexity and called it innovation',
      'Cannot explain the idea simply',
      'Only iterated on what already existed',
    ],
  ),
  'are-right-a-lot': s(
    [
      'Shows a track record of calls, including one they got wrong',
      'Sought views that disagreed with theirs before deciding',
      'Describes the instinct and the data behind a call',
    ],
    [
      'Claims to always be right',
      'Decided alone without testing the view',
      'Cannot name a belief they later changed',
    ],
  ),
  'learn-and-be-curious': s(
    [
      'Taught themself something new to unblock the work',
      'Explored a question nobody asked them to',
      'Shares what they are learning now and why',
    ],
    [
      'Learning only through formal training',
      'No recent example of something new',
      'Stops at the first answer',
    ],
  ),
  'hire-and-develop-the-best': s(
    [
      'Raised the bar in a hiring decision and explains the reasoning',
      'Coached someone who then grew into a bigger role',
      'Gave hard development feedback and followed up',
    ],
    [
      'Hired to fill a seat quickly',
      'Development means sending people to training',
      'Cannot name someone they helped grow',
    ],
  ),
  'insist-on-the-highest-standards': s(
    [
      'Refused to ship something not good enough, and says what it cost',
      'Raised the team’s bar with a concrete mechanism',
      'Fixed a defect at its root, not just the symptom',
    ],
    [
      'Standards are described as “high” without an example',
      'Accepted a known flaw without a plan to fix it',
      'Quality came from someone else’s review',
    ],
  ),
  'think-big': s(
    [
      'Proposed a direction much larger than the task in front of them',
      'Communicated a bold vision that others adopted',
      'Describes how they made the big idea concrete',
    ],
    ['Only incremental goals', 'Big words without a plan', 'The vision stayed on paper'],
  ),
  'bias-for-action': s(
    [
      'Acted quickly on a reversible decision and explains why speed mattered',
      'Took a calculated risk without waiting for full data',
      'Shows how they limited the downside',
    ],
    [
      'Waited for certainty on a decision that could be undone',
      'Acted fast on something irreversible without thought',
      'Speed is claimed, not shown',
    ],
  ),
  frugality: s(
    [
      'Achieved more with fewer people, money or time, with numbers',
      'Turned down extra resources and found another way',
      'Cut a cost without hurting the customer',
    ],
    [
      'Success depended on more headcount or budget',
      'Cost cutting that hurt quality',
      'No sense of what things cost',
    ],
  ),
  'earn-trust': s(
    [
      'Admitted a mistake openly, even when it was awkward',
      'Listened first and changed course on what they heard',
      'Repaired a damaged working relationship and says how',
    ],
    [
      'Trust is asserted, not shown',
      'Blames others for friction',
      'Never had to rebuild trust with anyone',
    ],
  ),
  'dive-deep': s(
    [
      'Knows the details and numbers of their own story without notes',
      'Found a root cause by checking data others had accepted',
      'Audited something that looked fine and found it was not',
    ],
    [
      'Vague when asked for the specific numbers',
      'Relied on a summary without checking',
      'Delegates every detail question',
    ],
  ),
  'have-backbone-disagree-and-commit': s(
    [
      'Disagreed with a decision openly, with data',
      'Committed fully once the decision went the other way',
      'Held their position under pressure when it mattered',
    ],
    [
      'Went along without voicing the concern',
      'Kept arguing after the decision was made',
      'Disagreement was only with people junior to them',
    ],
  ),
  'deliver-results': s(
    [
      'Hit the goal despite a real setback, with numbers',
      'Names the few inputs that mattered most',
      'Owned a miss and says what they did next',
    ],
    [
      'Effort described, result missing',
      'The goal moved and they did not say so',
      'Results belong to the team with their part unclear',
    ],
  ),
  'strive-to-be-earths-best-employer': s(
    [
      'Made a team safer, fairer or more humane in a concrete way',
      'Helped someone grow even when it meant losing them',
      'Measured how their people were doing and acted on it',
    ],
    [
      'Good intentions without an action',
      'Wellbeing treated as perks only',
      'No example about their own team',
    ],
  ),
  'success-and-scale-bring-broad-responsibility': s(
    [
      'Considered second-order effects on people outside the company',
      'Changed a plan to reduce harm, at some cost',
      'Left something better than they found it',
    ],
    [
      'Effects beyond the project never came up',
      'Responsibility is someone else’s department',
      'No trade-off between growth and harm considered',
    ],
  ),
};

const shipped: Record<string, Signs> = {
  'netflix-values': netflixValues,
  'netflix-memo-2024': netflixMemo,
  'amazon-leadership-principles': amazon,
};

/** For packs without their own signs: what good evidence sounds like for any value. */
export const genericSigns: EvidenceSigns = s(
  [
    'Names the value they acted on, unprompted, and why',
    'A specific situation, their own actions, and a measurable result',
    'Says what they would do differently now',
    'Takes a clear position and defends it under a probe',
  ],
  [
    'Talks about “we” with their own part unclear',
    'Hedges: “I think maybe”, “sort of”, no firm view',
    'No result, or a result without a measure',
    'Cannot connect the story to the value when asked',
  ],
);

/** The pack's own signs, else the shipped ones for that value, else the generic ones. */
export function evidenceSignsFor(
  framework: Framework | undefined,
  frameworkId: string,
  valueId: string,
): { signs: EvidenceSigns; generic: boolean } {
  const own = framework?.values.find((v) => v.id === valueId)?.evidence;
  if (own) return { signs: own, generic: false };
  const known = shippedSigns(frameworkId, valueId);
  return known ? { signs: known, generic: false } : { signs: genericSigns, generic: true };
}

export function shippedSigns(frameworkId: string, valueId: string): EvidenceSigns | undefined {
  return shipped[frameworkId]?.[valueId];
}
