import { netflixValues } from '../frameworks/netflix-values';
import type { Story } from './story-schema';

/** Generated stories are tagged with the default framework's value names. */
const VALUE_NAMES = netflixValues.values.map((v) => v.name);

const SYSTEMS = [
  'billing service',
  'checkout flow',
  'recommendation model',
  'edge cache',
  'on-call rota',
  'event pipeline',
  'mobile release train',
  'search ranking',
  'subtitle renderer',
  'identity service',
  'playback client',
  'experiment platform',
  'data warehouse',
  'design system',
  'onboarding funnel',
  'partner API',
  'support tooling',
  'metadata catalogue',
  'encoding farm',
  'pricing page',
];
const TEAMS = [
  'payments',
  'growth',
  'platform',
  'studio tools',
  'content delivery',
  'trust and safety',
  'localisation',
  'devices',
  'marketing technology',
  'finance engineering',
];
const PEOPLE = [
  'my manager',
  'the product lead',
  'a senior engineer',
  'the design director',
  'two new hires',
  'the head of sales',
  'a partner team',
  'our data scientist',
  'the legal reviewer',
  'a skeptical architect',
  'the support lead',
  'an external vendor',
];
const PROBLEMS = [
  'latency kept creeping up after every release',
  'a noisy alert woke the on-call engineer most nights',
  'trial users were leaving before the second week',
  'two teams were building the same feature in parallel',
  'the roadmap promised more than the team could deliver',
  'a migration had stalled halfway for months',
  'customers in smaller markets saw broken translations',
  'the quarterly plan relied on numbers nobody trusted',
  'an outage had exposed gaps in our incident process',
  'reviews took so long that engineers stopped asking for them',
  'a vendor contract was about to renew on bad terms',
  'accessibility complaints were piling up in the backlog',
];
const VERBS = [
  'mapped',
  'measured',
  'rewrote',
  'proposed',
  'negotiated',
  'prototyped',
  'documented',
  'paired on',
  'escalated',
  'simplified',
  'audited',
  'benchmarked',
  'reprioritised',
  'untangled',
  'instrumented',
  'championed',
];
const OBJECTS = [
  'the dependency graph',
  'a rollback plan',
  'the alert thresholds',
  'a one-page decision memo',
  'the slowest queries',
  'a staged rollout',
  'the hiring loop',
  'a shared glossary',
  'the error budget',
  'a small pilot',
  'the weekly review',
  'a dashboard everyone could read',
];
const METRICS = [
  'p95 latency',
  'weekly churn',
  'pages per night',
  'time to first review',
  'conversion on the trial page',
  'cost per stream hour',
  'support tickets',
  'release lead time',
  'crash-free sessions',
  'translation defects',
];
const REASONS = [
  'the data pointed one way while the loudest opinion pointed the other',
  'nobody else owned the problem and it was hurting customers',
  'saying the uncomfortable thing early was cheaper than a failed launch',
  'the people affected were not in the room',
  'the shortcut would have hidden a real risk from leadership',
  'a small experiment could settle the argument in days',
];
const LESSONS = [
  'bring finance in during the first week instead of the last',
  'write the decision down before the meeting rather than after',
  'ask the quietest person in the room for their view first',
  'set a kill date for the experiment up front',
  'share the bad news in writing so it could not be softened',
  'hand the follow-up to someone who wanted to grow into it',
];
const TAGS = [
  'conflict',
  'ambiguity',
  'failure',
  'leadership',
  'data',
  'deadline',
  'feedback',
  'hiring',
  'cross-team',
  'customer',
];
const ROLES = [
  'Senior Engineer',
  'Staff Engineer',
  'Product Manager',
  'Engineering Manager',
  'Designer',
];
const COMPANIES = ['Northwind', 'Globex', 'Initech', 'Umbrella Media', 'Hooli', 'Stark Retail'];
const SYLLABLES = ['ka', 'tor', 'vel', 'mi', 'ran', 'os', 'lu', 'zen', 'dar', 'qui', 'bel', 'nox'];

type Rng = () => number;

// mulberry32: tiny, fast and good enough to make fixtures repeatable from a seed.
function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pickSome<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  for (let n = between(rng, min, max); n > 0 && pool.length > 0; n--) {
    out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0] as T);
  }
  return out;
}

function codename(rng: Rng): string {
  const word = Array.from({ length: between(rng, 2, 3) }, () => pick(rng, SYLLABLES)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SENTENCES: ((rng: Rng, project: string) => string)[] = [
  (r) => `On the ${pick(r, TEAMS)} team, ${pick(r, PROBLEMS)}.`,
  (r, p) => `Project ${p} depended on the ${pick(r, SYSTEMS)}, and ${pick(r, PROBLEMS)}.`,
  (r) => `${capitalise(pick(r, PEOPLE))} asked me to look at the ${pick(r, SYSTEMS)}.`,
  (r) => `I ${pick(r, VERBS)} ${pick(r, OBJECTS)} with ${pick(r, PEOPLE)}.`,
  (r) => `Then I ${pick(r, VERBS)} ${pick(r, OBJECTS)} so ${pick(r, PEOPLE)} could decide quickly.`,
  (r) =>
    `We had ${between(r, 2, 9)} weeks before the ${pick(r, SYSTEMS)} freeze, and ${pick(r, PEOPLE)} disagreed with the plan.`,
  (r) => `My part was to own the ${pick(r, SYSTEMS)} changes and keep ${pick(r, TEAMS)} informed.`,
  (r) =>
    `${capitalise(pick(r, METRICS))} moved from ${between(r, 20, 90)} to ${between(r, 5, 19)} over the quarter.`,
  (r, p) => `The ${p} launch reached ${between(r, 2, 40)} markets without a rollback.`,
];

function paragraph(rng: Rng, project: string): string {
  return Array.from({ length: between(rng, 2, 5) }, () => pick(rng, SENTENCES)(rng, project)).join(
    ' ',
  );
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 1);

/**
 * Stories of realistic length and vocabulary for benchmarks and end-to-end seeding. The same
 * `n` and `seed` always give the same stories.
 */
export function generateStories(n: number, seed: number): Story[] {
  const rng = seededRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const project = codename(rng);
    const system = pick(rng, SYSTEMS);
    const values = pickSome(rng, VALUE_NAMES, 1, 3);
    const createdAt = EPOCH + between(rng, 0, 365) * DAY;
    return {
      id: `gen-${seed}-${i}`,
      title: `${capitalise(pick(rng, VERBS))} the ${system} for ${project}`,
      situation: paragraph(rng, project),
      task: paragraph(rng, project),
      action: paragraph(rng, project),
      result: paragraph(rng, project),
      outcome: `${capitalise(pick(rng, METRICS))} improved by ${between(rng, 5, 60)}% within ${between(rng, 2, 12)} weeks.`,
      reflection: `Next time I would ${pick(rng, LESSONS)}.`,
      valueLine: `The value I acted on was ${values[0] ?? 'Judgment'} because ${pick(rng, REASONS)}.`,
      values,
      role: pick(rng, ROLES),
      company: pick(rng, COMPANIES),
      when: String(between(rng, 2016, 2025)),
      tags: pickSome(rng, TAGS, 0, 3),
      archived: false,
      createdAt,
      updatedAt: createdAt + between(rng, 0, 30) * DAY,
      lastPractisedAt: rng() < 0.4 ? 0 : createdAt + between(rng, 1, 60) * DAY,
    };
  });
}
