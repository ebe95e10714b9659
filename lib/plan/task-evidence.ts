import type { Framework } from '../frameworks/framework-schema';
import { valueCoverage } from '../coverage/value-coverage';
import type { Session } from '../practice/session-schema';
import type { Story } from '../stories/story-schema';
import type { ReadinessRow } from './plan-schema';
import { readinessStatus } from './readiness';
import type { RoundTag, TaskCheck } from './task-check';

const BEHAVIOURAL = new Set(['onsite', 'hiring-manager']);
/**
 * A custom round is a behavioural mock only at a mock's length: the panel's 5-minute cold-start
 * drill and the prompt library's 15-minute drill of one value are practice, not a mock round.
 */
const MOCK_MINUTES = 30;
const TECHNICAL = new Set(['coding', 'system-design', 'role-screen']);
/** Onsite-style rounds finished on one day that together count as a simulated loop. */
const LOOP_ROUNDS = 4;

const field = (s: Session, key: string): unknown => (s as Record<string, unknown>)[key];
const mentions = (s: Session, word: string) =>
  s.presetId.includes(word) ||
  s.presetName.toLowerCase().includes(word) ||
  String(field(s, 'mode') ?? '').includes(word);

/** Peer mocks happen in two browsers: what reaches the candidate is a vote, then a reveal. */
export interface PeerEvidence {
  /** When each interviewer's vote was imported here. */
  votesImportedAt: readonly number[];
  /** When each peer loop's votes were revealed together. */
  loopsRevealedAt: readonly number[];
}

/**
 * What one finished round counts as. Peer mocks, full loops and cold-start drills are being built
 * alongside this plan; they are recognised by their round type or a `mode`/`loopId` field, so a
 * new kind of round needs one line here and nothing else.
 */
export function roundTags(s: Session): RoundTag[] {
  const tags: RoundTag[] = [];
  const customMock = s.presetId === 'custom' && s.minutes >= MOCK_MINUTES && !mentions(s, 'cold');
  if (BEHAVIOURAL.has(s.presetId) || customMock || s.presetId.startsWith('peer'))
    tags.push('behavioural');
  if (s.presetId === 'recruiter-screen') tags.push('recruiter-screen');
  if (TECHNICAL.has(s.presetId)) tags.push('technical');
  if (s.presetId === 'coding') tags.push('coding');
  if (s.presetId === 'system-design') tags.push('system-design');
  if (s.presetId === 'role-screen') tags.push('role-screen');
  if (mentions(s, 'peer') || field(s, 'interviewerVotes') !== undefined) tags.push('peer-mock');
  if (mentions(s, 'loop') || typeof field(s, 'loopId') === 'string') tags.push('full-loop');
  if (mentions(s, 'cold')) tags.push('cold-start');
  return tags;
}

export interface Evidence {
  roundCounts: Record<RoundTag, number>;
  storiesMapped: number;
  strongStories: number;
  everyValueCovered: boolean;
  /** The fewest strong stories among the three thinnest values. */
  thinnestStrong: number;
  rehearsals: number;
  careerArc: boolean;
  readinessDone: boolean;
}

interface EvidenceInput {
  sessions: readonly Session[];
  stories: readonly Story[];
  framework: Framework;
  rehearsalCount: number;
  readiness: ReadinessRow | null;
  /** Only rounds finished from this moment count toward the plan. */
  since: number;
  dayOf: (ms: number) => string;
  /** Votes imported and loops revealed; each imported vote is one peer mock done. */
  peer?: PeerEvidence;
}

export function gatherEvidence(input: EvidenceInput): Evidence {
  const roundCounts = {} as Record<RoundTag, number>;
  const onsiteByDay = new Map<string, number>();
  for (const s of input.sessions) {
    if (s.status !== 'finished' || (s.finishedAt ?? s.createdAt) < input.since) continue;
    for (const t of roundTags(s)) roundCounts[t] = (roundCounts[t] ?? 0) + 1;
    if (s.presetId === 'onsite') {
      const day = input.dayOf(s.finishedAt ?? s.createdAt);
      onsiteByDay.set(day, (onsiteByDay.get(day) ?? 0) + 1);
    }
  }
  const loopsByDay = [...onsiteByDay.values()].filter((n) => n >= LOOP_ROUNDS).length;
  roundCounts['full-loop'] = (roundCounts['full-loop'] ?? 0) + loopsByDay;
  const since = (at: number) => at >= input.since;
  const votes = input.peer?.votesImportedAt.filter(since).length ?? 0;
  const reveals = input.peer?.loopsRevealedAt.filter(since).length ?? 0;
  roundCounts['peer-mock'] = (roundCounts['peer-mock'] ?? 0) + votes;
  roundCounts['full-loop'] = roundCounts['full-loop'] + reveals;
  const coverage = valueCoverage(input.framework, input.stories);
  const thinnest = coverage.rows.filter((r) => coverage.thinnest.includes(r.valueId));
  const status = input.readiness ? readinessStatus(input.readiness, []) : null;
  return {
    roundCounts,
    storiesMapped: input.stories.filter((s) => !s.archived && s.values.length > 0).length,
    strongStories: coverage.strongStories,
    everyValueCovered: coverage.rows.every((r) => r.strong + r.weak > 0),
    thinnestStrong: Math.min(...thinnest.map((r) => r.strong), Infinity),
    rehearsals: input.rehearsalCount,
    careerArc: !!status?.items.find((i) => i.id === 'career-arc')?.done,
    readinessDone: !!status && status.items.filter((i) => i.id !== 'thinnest').every((i) => i.done),
  };
}

/** Whether the product has seen a task done. Manual tasks never tick themselves. */
export function isTaskSeenDone(check: TaskCheck, e: Evidence): boolean {
  switch (check.kind) {
    case 'manual':
      return false;
    case 'stories-mapped':
      return e.storiesMapped >= check.count;
    case 'stories-every-value':
      return e.everyValueCovered;
    case 'stories-strong':
      return e.strongStories >= check.count;
    case 'stories-thinnest':
      return e.thinnestStrong >= check.perValue;
    case 'rounds':
      return (e.roundCounts[check.tag] ?? 0) >= check.count;
    case 'rehearsals':
      return e.rehearsals >= check.count;
    case 'career-arc':
      return e.careerArc;
    case 'readiness':
      return e.readinessDone;
  }
}
