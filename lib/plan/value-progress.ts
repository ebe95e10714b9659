import { valueNameKey } from '../coverage/same-value-name';
import type { ValueCoverage } from '../coverage/value-coverage';
import type { Framework } from '../frameworks/framework-schema';
import { currentVotes } from '../peer/import-votes';
import type { VoteRow } from '../peer/loop-schema';
import type { Answer, Session } from '../practice/session-schema';
import type { IsoDay } from './day-math';

export type MetricId =
  | 'answers'
  | 'meanScore'
  | 'interviewerScore'
  | 'hedgesPerMin'
  | 'namedRate'
  | 'secondsToName'
  | 'resultRate'
  | 'reflectionRate';

export interface Metric {
  id: MetricId;
  label: string;
  /** Which direction is better, so charts and "practise next" read the same way. */
  better: 'up' | 'down';
  format: (v: number) => string;
}

const pct = (v: number) => `${Math.round(v * 100)}%`;
export const metrics: readonly Metric[] = [
  { id: 'answers', label: 'Answers practised', better: 'up', format: (v) => String(v) },
  { id: 'meanScore', label: 'Self-score (1–4)', better: 'up', format: (v) => v.toFixed(1) },
  {
    id: 'interviewerScore',
    label: 'Interviewers’ score (1–4)',
    better: 'up',
    format: (v) => v.toFixed(1),
  },
  { id: 'hedgesPerMin', label: 'Hedges per minute', better: 'down', format: (v) => v.toFixed(1) },
  { id: 'namedRate', label: 'Value named', better: 'up', format: pct },
  {
    id: 'secondsToName',
    label: 'Seconds until the value is named',
    better: 'down',
    format: (v) => `${Math.round(v)} s`,
  },
  { id: 'resultRate', label: 'Measurable result', better: 'up', format: pct },
  { id: 'reflectionRate', label: 'Reflection', better: 'up', format: pct },
];

type ProgressPoint = { day: IsoDay } & Record<MetricId, number | null>;

export interface ValueProgress {
  valueId: string;
  valueName: string;
  points: ProgressPoint[];
  total: Record<MetricId, number | null>;
}

interface Acc {
  answers: number;
  scores: number[];
  peer: number[];
  hedges: number;
  talkMin: number;
  named: number;
  nameSecs: number[];
  results: number;
  reflections: number;
}
const emptyAcc = (): Acc => ({
  answers: 0,
  scores: [],
  peer: [],
  hedges: 0,
  talkMin: 0,
  named: 0,
  nameSecs: [],
  results: 0,
  reflections: 0,
});
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

interface InterviewerScore {
  day: IsoDay;
  valueId: string;
  score: number;
  interviewer: string;
}

/**
 * The interviewers' per-value scores the candidate imported: only the latest revision of each
 * interview in each loop counts, dated by when it was sealed (or stored, if it has no seal time).
 * Votes sealed in this browser are the interviewer's own and are left out.
 */
export function interviewerScores(
  votes: readonly VoteRow[],
  dayOf: (ms: number) => IsoDay,
): InterviewerScore[] {
  const byLoop = new Map<string, VoteRow[]>();
  for (const v of votes) {
    if (v.origin !== 'imported') continue;
    byLoop.set(v.loopId, [...(byLoop.get(v.loopId) ?? []), v]);
  }
  const out: InterviewerScore[] = [];
  for (const loopVotes of byLoop.values()) {
    for (const v of currentVotes(loopVotes).values()) {
      // sealedAt travels in seconds; storedAt is milliseconds.
      const day = dayOf(v.sealedAt > 0 ? v.sealedAt * 1000 : v.storedAt);
      for (const vv of v.values)
        out.push({ day, valueId: vv.valueId, score: vv.score, interviewer: v.interviewer });
    }
  }
  return out;
}

function addAnswer(acc: Acc, a: Answer): void {
  acc.answers += 1;
  if (a.score !== null) acc.scores.push(a.score);
  const sig = a.signals;
  // Captions give the evidence when they ran; the candidate's own ticks stand in when they did not.
  const named = sig ? sig.valuesNamed.length > 0 : a.ticks.namedValue;
  if (named) acc.named += 1;
  if (sig?.firstValueNamed) acc.nameSecs.push(sig.firstValueNamed.atMs / 1000);
  if (sig ? sig.resultNumbers.length > 0 : a.ticks.measurableOutcome) acc.results += 1;
  if (sig ? sig.reflected : a.ticks.differently) acc.reflections += 1;
  if (sig && sig.talkMs > 0) {
    acc.hedges += sig.hedgeCount;
    acc.talkMin += sig.talkMs / 60_000;
  }
}

function figures(acc: Acc): Record<MetricId, number | null> {
  const rate = (n: number) => (acc.answers ? n / acc.answers : null);
  return {
    answers: acc.answers,
    meanScore: mean(acc.scores),
    interviewerScore: mean(acc.peer),
    hedgesPerMin: acc.talkMin > 0 ? acc.hedges / acc.talkMin : null,
    namedRate: rate(acc.named),
    secondsToName: mean(acc.nameSecs),
    resultRate: rate(acc.results),
    reflectionRate: rate(acc.reflections),
  };
}

/**
 * Per value of the framework, one point per day with practice or an interviewer's vote: figures
 * from that day's answered prompts, and the mean of the imported interviewers' scores (see
 * `interviewerScores`). Answers from another framework count under a value of the same name;
 * votes count when they were cast on this framework.
 */
export function valueProgress(
  framework: Framework,
  sessions: readonly Session[],
  dayOf: (ms: number) => IsoDay,
  votes: readonly VoteRow[] = [],
): ValueProgress[] {
  const byKey = new Map(framework.values.map((v) => [valueNameKey(v.name), v] as const));
  const daily = new Map<string, Map<IsoDay, Acc>>();
  const totals = new Map<string, Acc>();
  const ordered = [...sessions].sort((a, b) => a.createdAt - b.createdAt);
  for (const s of ordered) {
    if (s.status !== 'finished') continue;
    const day = dayOf(s.finishedAt ?? s.createdAt);
    for (const a of s.answers) {
      if (a.status !== 'answered' || a.prompt.valueId === null) continue;
      const value =
        framework.values.find((v) => v.id === a.prompt.valueId && s.frameworkId === framework.id) ??
        byKey.get(valueNameKey(a.prompt.label));
      if (!value) continue;
      const days = daily.get(value.id) ?? new Map<IsoDay, Acc>();
      daily.set(value.id, days);
      const acc = days.get(day) ?? emptyAcc();
      days.set(day, acc);
      addAnswer(acc, a);
      const total = totals.get(value.id) ?? emptyAcc();
      totals.set(value.id, total);
      addAnswer(total, a);
    }
  }
  const ids = new Set(framework.values.map((v) => v.id));
  const sameFramework = votes.filter((v) => v.frameworkId === framework.id);
  for (const s of interviewerScores(sameFramework, dayOf)) {
    if (!ids.has(s.valueId)) continue;
    const days = daily.get(s.valueId) ?? new Map<IsoDay, Acc>();
    daily.set(s.valueId, days);
    const acc = days.get(s.day) ?? emptyAcc();
    days.set(s.day, acc);
    acc.peer.push(s.score);
    const total = totals.get(s.valueId) ?? emptyAcc();
    totals.set(s.valueId, total);
    total.peer.push(s.score);
  }
  return framework.values.map((v) => ({
    valueId: v.id,
    valueName: v.name,
    points: [...(daily.get(v.id) ?? new Map<IsoDay, Acc>()).entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, acc]) => ({ day, ...figures(acc) })),
    total: figures(totals.get(v.id) ?? emptyAcc()),
  }));
}

export interface PractiseNext {
  valueId: string;
  valueName: string;
  /** Higher means more in need of work. */
  need: number;
  reasons: string[];
}

/** The three values that most need work, by what the bank and the rounds show. */
export function practiseNext(
  progress: readonly ValueProgress[],
  coverage: ValueCoverage,
  count = 3,
): PractiseNext[] {
  const rows = new Map(coverage.rows.map((r) => [r.valueId, r] as const));
  return progress
    .map((p, order) => {
      const row = rows.get(p.valueId);
      const strong = row?.strong ?? 0;
      const t = p.total;
      const reasons: string[] = [];
      let need = 0;
      if (strong < 2) {
        need += (2 - strong) * 2;
        reasons.push(strong === 0 ? 'no strong story yet' : 'only one strong story');
      }
      if (!t.answers) {
        need += 3;
        reasons.push('not practised yet');
      } else {
        if (t.meanScore !== null && t.meanScore < 3) {
          need += 3 - t.meanScore;
          reasons.push(`self-score ${t.meanScore.toFixed(1)}`);
        }
        if (t.namedRate !== null && t.namedRate < 0.75) {
          need += (1 - t.namedRate) * 2;
          reasons.push(`value named in ${Math.round(t.namedRate * 100)}% of answers`);
        }
        if (t.resultRate !== null && t.resultRate < 0.5) {
          need += 1 - t.resultRate;
          reasons.push('few measurable results');
        }
        // Fewer answers means less certainty that the value is solid.
        need += 1 / (1 + t.answers);
      }
      return { valueId: p.valueId, valueName: p.valueName, need, reasons, order };
    })
    .sort((a, b) => b.need - a.need || a.order - b.order)
    .slice(0, count)
    .map(({ order: _order, ...rest }) => rest);
}

export interface SeriesPoint {
  day: IsoDay;
  value: number;
}

/** The points a chart draws for one value and measure; answers are shown as a running total. */
export function chartSeries(p: ValueProgress, metric: MetricId): SeriesPoint[] {
  let running = 0;
  const out: SeriesPoint[] = [];
  for (const point of p.points) {
    const v = point[metric];
    if (metric === 'answers') {
      // A day with only an interviewer's vote has no practice to count.
      if (!v) continue;
      running += v;
      out.push({ day: point.day, value: running });
    } else if (v !== null) out.push({ day: point.day, value: v });
  }
  return out;
}

/** Fixed ranges for rates and scores, so two values' charts compare at a glance. */
export function metricRange(metric: MetricId, series: readonly SeriesPoint[][]): [number, number] {
  if (metric === 'meanScore' || metric === 'interviewerScore') return [1, 4];
  if (metric.endsWith('Rate')) return [0, 1];
  const max = Math.max(0, ...series.flat().map((p) => p.value));
  return [0, max > 0 ? max : 1];
}
