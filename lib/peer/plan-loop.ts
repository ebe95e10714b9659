import type { Framework } from '../frameworks/framework-schema';
import type { Loop, LoopInterview } from './loop-schema';
import { PEER_LIMITS, type PlanPart, type PlanValue } from './peer-schema';

export const DEFAULT_INTERVIEWS = 4;
const INTERVIEW_MINUTES = 45;
/** Core values plus two more keeps a 45-minute interview to about four questions. */
const EXTRA_VALUES_PER_INTERVIEW = 2;

/** The values asked in every interview: the framework's core ones (Judgment and Communication). */
export function everyInterviewValues(framework: Framework): PlanValue[] {
  return framework.coreValueIds.flatMap((id) => {
    const v = framework.values.find((x) => x.id === id);
    return v ? [{ id: v.id, name: v.name }] : [];
  });
}

/**
 * A starting plan: core values in every interview, the other values dealt out in turn so each is
 * asked at least once when there are enough slots, and the second day used for the later half.
 */
export function suggestInterviews(
  framework: Framework,
  count: number,
  days: number,
): LoopInterview[] {
  const core = everyInterviewValues(framework);
  const others = framework.values
    .filter((v) => !core.some((c) => c.id === v.id))
    .map((v) => ({ id: v.id, name: v.name }));
  const perInterview = Math.max(
    EXTRA_VALUES_PER_INTERVIEW,
    Math.ceil(others.length / Math.max(1, count)),
  );
  const room = Math.max(1, Math.min(perInterview, PEER_LIMITS.values - core.length));
  return Array.from({ length: count }, (_, i) => {
    const extra: PlanValue[] = [];
    for (let k = 0; k < room && others.length > 0; k++) {
      const v = others[(i * room + k) % others.length];
      if (v && !extra.some((e) => e.id === v.id)) extra.push(v);
    }
    return {
      no: i + 1,
      interviewer: '',
      values: [...core, ...extra],
      day: days === 2 && i >= Math.ceil(count / 2) ? 2 : 1,
    };
  });
}

interface NewLoopInput {
  id: string;
  name: string;
  candidate: string;
  framework: Framework;
  days: number;
  interviews: LoopInterview[];
  now: number;
}

export function newLoop(input: NewLoopInput): Loop {
  return {
    id: input.id,
    name: input.name.trim() || 'Practice loop',
    candidate: input.candidate.trim() || 'Candidate',
    frameworkId: input.framework.id,
    frameworkName: input.framework.name,
    createdAt: input.now,
    days: input.days,
    minutes: INTERVIEW_MINUTES,
    interviews: input.interviews.map((iv, i) => ({
      ...iv,
      no: i + 1,
      interviewer: iv.interviewer.trim() || `Interviewer ${i + 1}`,
    })),
    revealedAt: null,
  };
}

/** What is wrong with a plan before it is saved, in words; empty when it can be handed out. */
export function planProblems(framework: Framework, interviews: readonly LoopInterview[]): string[] {
  const problems: string[] = [];
  if (interviews.length === 0) problems.push('A loop needs at least one interview.');
  const core = everyInterviewValues(framework);
  interviews.forEach((iv, i) => {
    const who = iv.interviewer.trim() || `Interviewer ${i + 1}`;
    if (iv.values.length === 0) problems.push(`${who} has no values to ask about.`);
    if (iv.values.length > PEER_LIMITS.values) {
      problems.push(`${who} has more than ${PEER_LIMITS.values} values: too many for 45 minutes.`);
    }
    for (const c of core) {
      if (!iv.values.some((v) => v.id === c.id)) {
        problems.push(`${who} must ask about ${c.name}: it comes up in every interview.`);
      }
    }
    if (iv.interviewer.length > PEER_LIMITS.name) {
      problems.push(`Interviewer ${i + 1}'s name is longer than ${PEER_LIMITS.name} characters.`);
    }
  });
  return problems;
}

/** Each interviewer's part, ready to encode as a block. */
export function planPartOf(loop: Loop, no: number): PlanPart | undefined {
  const iv = loop.interviews.find((x) => x.no === no);
  if (!iv) return undefined;
  return {
    loopId: loop.id,
    loopName: loop.name,
    candidate: loop.candidate,
    frameworkId: loop.frameworkId,
    frameworkName: loop.frameworkName,
    interviewNo: iv.no,
    interviewCount: loop.interviews.length,
    interviewer: iv.interviewer,
    values: iv.values,
    minutes: loop.minutes,
    day: iv.day,
  };
}

/** Loop ids go into every block, so they are short: 8 base-36 characters from the random source. */
export function newLoopId(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 8) id += Math.floor(random() * 36).toString(36);
  return id;
}
