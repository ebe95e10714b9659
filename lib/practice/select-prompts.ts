import { seededRandom } from '../random/seeded-random';
import type { Framework, FrameworkValue, ProbeKind } from '../frameworks/framework-schema';
import {
  codingTopics,
  decisionStoryTopic,
  recruiterTopics,
  roleTopics,
  systemDesignTopics,
  type RoleTrack,
  type RoundTopic,
} from './round-topics';

export interface RoundPrompt {
  /** Unique within a round: `<valueId>:<variant>` or `topic:<topicId>:<variant>`. */
  key: string;
  /** null for topic prompts (career arc, compensation, system design…). */
  valueId: string | null;
  label: string;
  definition: string;
  question: string;
  probeIds: string[];
}

interface SelectPromptsInput {
  framework: Framework;
  presetId: string;
  /** Same seed, same round: a session can be redrawn exactly from what it stored. */
  seed: number;
  /** Values to drill in a custom round; all values when omitted. Other presets ignore it. */
  valueIds?: string[];
  /** How many prompts to aim for; each preset has a sensible default. */
  count?: number;
  /** Which functional screen to draw for the role-screen preset. */
  role?: RoleTrack;
}

const DEFAULT_COUNT: Record<string, number> = {
  'recruiter-screen': 5,
  'hiring-manager': 5,
  'role-screen': 5,
  // Six questions leave roughly seven minutes each, probes included, in a 45-minute interview.
  onsite: 6,
  'system-design': 3,
};

// Follow-ups that test how a decision was made, for rounds built around defending choices.
const DECISION_PROBE_KINDS: readonly ProbeKind[] = ['revisit', 'position', 'differently'];
const GENERAL_PROBE_KINDS: readonly ProbeKind[] = [
  'depth',
  'differently',
  'feedback',
  'limits',
  'keeper',
  'position',
  'revisit',
];

/**
 * Draws the prompts for one practice round. Pure and deterministic for a given seed, so a session
 * can store the seed and the UI can redraw the same round.
 */
export function selectPrompts(input: SelectPromptsInput): RoundPrompt[] {
  const draw = new Drawer(input.framework, input.seed);
  const count = Math.max(1, Math.floor(input.count ?? DEFAULT_COUNT[input.presetId] ?? 5));
  switch (input.presetId) {
    case 'onsite':
      return onsiteRound(draw, count);
    case 'recruiter-screen':
      return recruiterRound(draw, count);
    case 'hiring-manager':
      return hiringManagerRound(draw, count);
    case 'role-screen':
      return roleScreenRound(draw, count, input.role ?? 'engineer');
    case 'coding':
      return [
        ...codingTopics.flatMap((t) => draw.topic(t)),
        ...draw.valuePrompts(draw.decisionFirst(), 1, true),
      ];
    case 'system-design':
      return systemDesignRound(draw, count);
    case 'custom':
      return customRound(draw, input.valueIds, input.count);
    default:
      throw new Error(`unknown round preset "${input.presetId}"`);
  }
}

function onsiteRound(draw: Drawer, count: number): RoundPrompt[] {
  const core = draw.coreValues();
  const target = Math.max(count, core.length);
  const others = draw.shuffle(draw.values().filter((v) => !core.includes(v)));
  const distinct = [...core, ...others].slice(0, target);
  const picked = draw.valuePrompts(distinct, distinct.length, false);
  // Only when the framework has fewer values than the round needs: a second variant, core first.
  for (const v of [...core, ...others]) {
    if (picked.length >= target) break;
    picked.push(...draw.valuePrompts([v], 1, false));
  }
  return draw.shuffle(picked);
}

function recruiterRound(draw: Drawer, count: number): RoundPrompt[] {
  const [careerArc, wantTopic, compensation] = recruiterTopics;
  const valueCount = Math.min(2, Math.max(1, count - recruiterTopics.length));
  const core = draw.shuffle(draw.coreValues());
  const rest = draw.shuffle(draw.values().filter((v) => !core.includes(v)));
  // One core value and, when there is room, one the candidate might not have rehearsed.
  const pool = [...core.slice(0, 1), ...rest, ...core.slice(1)];
  return [
    ...draw.topic(careerArc),
    ...draw.topic(wantTopic),
    ...draw.valuePrompts(pool, valueCount, false),
    ...draw.topic(compensation),
  ];
}

function hiringManagerRound(draw: Drawer, count: number): RoundPrompt[] {
  const storyCount = Math.min(2, Math.max(1, count - 1));
  const stories = draw.topic(decisionStoryTopic, storyCount);
  const values = draw.valuePrompts(draw.decisionFirst(), Math.max(1, count - storyCount), true);
  return interleave(stories, values);
}

function roleScreenRound(draw: Drawer, count: number, role: RoleTrack): RoundPrompt[] {
  const topics = roleTopics[role];
  const valueCount = count >= 4 ? 2 : 1;
  const roleCount = Math.max(1, count - valueCount);
  const rolePrompts: RoundPrompt[] = [];
  // Round-robin so a longer screen covers every area of the track before repeating one.
  for (let i = 0; rolePrompts.length < roleCount && i < roleCount * topics.length; i++) {
    const t = topics[i % topics.length];
    if (t) rolePrompts.push(...draw.topic(t));
  }
  const core = draw.shuffle(draw.coreValues());
  const pool = [...core, ...draw.decisionFirst().filter((v) => !core.includes(v))];
  return [...rolePrompts, ...draw.valuePrompts(pool, valueCount, false)];
}

function systemDesignRound(draw: Drawer, count: number): RoundPrompt[] {
  const areas = draw.shuffle([...systemDesignTopics]).slice(0, Math.max(1, count - 1));
  return [
    ...areas.flatMap((t) => draw.topic(t)),
    ...draw.valuePrompts(draw.decisionFirst(), 1, true),
  ];
}

function customRound(draw: Drawer, valueIds: string[] | undefined, count?: number): RoundPrompt[] {
  const chosen = valueIds ? draw.values().filter((v) => valueIds.includes(v.id)) : draw.values();
  const prompts = draw.valuePrompts(draw.shuffle(chosen), chosen.length, false);
  for (const v of draw.coreValues().filter((c) => chosen.includes(c))) {
    prompts.push(...draw.valuePrompts([v], 1, false));
  }
  return count === undefined ? prompts : prompts.slice(0, Math.max(1, Math.floor(count)));
}

function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined) out.push(x);
    if (y !== undefined) out.push(y);
  }
  return out;
}

class Drawer {
  private readonly random: () => number;
  private readonly usedKeys = new Set<string>();

  constructor(
    private readonly framework: Framework,
    seed: number,
  ) {
    this.random = seededRandom(Number.isFinite(seed) ? seed : 0);
  }

  values(): FrameworkValue[] {
    return [...this.framework.values];
  }

  coreValues(): FrameworkValue[] {
    return this.framework.values.filter((v) => this.framework.coreValueIds.includes(v.id));
  }

  /** Values that show how someone decides, core ones first, then the rest shuffled. */
  decisionFirst(): FrameworkValue[] {
    const { coreValueIds, decisionValueIds = [] } = this.framework;
    const rank = (v: FrameworkValue) => {
      const isCore = coreValueIds.includes(v.id);
      const isDecision = decisionValueIds.includes(v.id);
      return isCore && isDecision ? 0 : isDecision ? 1 : isCore ? 2 : 3;
    };
    const shuffled = this.shuffle(this.values());
    return shuffled.sort((a, b) => rank(a) - rank(b));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  private pickIndex(length: number): number {
    return Math.floor(this.random() * length);
  }

  /** One unused prompt for each of the first `count` values that still has one. */
  valuePrompts(
    values: readonly FrameworkValue[],
    count: number,
    decisionProbes: boolean,
  ): RoundPrompt[] {
    const out: RoundPrompt[] = [];
    for (const value of values) {
      if (out.length >= count) break;
      const free = value.prompts
        .map((question, i) => ({ question, key: `${value.id}:${i}` }))
        .filter((p) => !this.usedKeys.has(p.key));
      const choice = free[this.pickIndex(free.length)];
      if (!choice) continue;
      this.usedKeys.add(choice.key);
      out.push({
        key: choice.key,
        valueId: value.id,
        label: value.name,
        definition: value.definition,
        question: choice.question,
        probeIds: this.valueProbes(decisionProbes),
      });
    }
    return out;
  }

  /** Up to `count` unused wordings of a topic; fewer when the topic runs out of them. */
  topic(t: RoundTopic, count = 1): RoundPrompt[] {
    const out: RoundPrompt[] = [];
    while (out.length < count) {
      const free = t.questions
        .map((question, i) => ({ question, key: `topic:${t.id}:${i}` }))
        .filter((p) => !this.usedKeys.has(p.key));
      const choice = free[this.pickIndex(free.length)];
      if (!choice) break;
      this.usedKeys.add(choice.key);
      out.push({
        key: choice.key,
        valueId: null,
        label: t.label,
        definition: t.definition,
        question: choice.question,
        probeIds: this.probesOfKinds(
          [...t.probeKinds, 'differently', 'depth'],
          2 + this.pickIndex(2),
        ),
      });
    }
    return out;
  }

  /** Principle probe first: naming the value is what these rounds test. */
  private valueProbes(decision: boolean): string[] {
    const kinds = decision
      ? [...this.shuffle(DECISION_PROBE_KINDS), ...this.shuffle(GENERAL_PROBE_KINDS)]
      : this.shuffle(GENERAL_PROBE_KINDS);
    return this.probesOfKinds(['principle', ...kinds], 2 + this.pickIndex(2));
  }

  private probesOfKinds(kinds: readonly ProbeKind[], count: number): string[] {
    const out: string[] = [];
    const seenKinds = new Set<ProbeKind>();
    for (const kind of kinds) {
      if (out.length >= count) break;
      if (seenKinds.has(kind)) continue;
      seenKinds.add(kind);
      const ofKind = this.framework.probes.filter((p) => p.kind === kind);
      const probe = ofKind[this.pickIndex(ofKind.length)];
      if (probe) out.push(probe.id);
    }
    return out;
  }
}
