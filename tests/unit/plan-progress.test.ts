import { describe, expect, it } from 'vitest';
import { valueCoverage } from '../../lib/coverage/value-coverage';
import { practiceHours } from '../../lib/plan/practice-hours';
import { practiseNext, valueProgress } from '../../lib/plan/value-progress';
import { compWarning, readinessStatus } from '../../lib/plan/readiness';
import { emptyReadiness } from '../../lib/plan/plan-schema';
import { finishedSession } from '../fixtures/finished-session';
import { testFramework } from '../fixtures/test-framework';

const framework = testFramework(['Judgment', 'Courage', 'Candor', 'Impact']);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const d1 = Date.UTC(2026, 11, 1, 10);
const d2 = Date.UTC(2026, 11, 3, 10);

const sessions = [
  finishedSession('a', d1, [
    {
      value: 'Judgment',
      score: 2,
      signals: {
        talkMs: 120_000,
        hedgeCount: 6,
        valuesNamed: ['judgment'],
        firstValueNamed: { valueId: 'judgment', atMs: 80_000, phrase: 'judgment' },
      },
    },
    { value: 'Courage', score: 3, ticks: { namedValue: true, measurableOutcome: true } },
    { value: 'Candor', status: 'skipped' },
  ]),
  finishedSession('b', d2, [
    {
      value: 'Judgment',
      score: 4,
      signals: {
        talkMs: 120_000,
        hedgeCount: 2,
        valuesNamed: ['judgment'],
        firstValueNamed: { valueId: 'judgment', atMs: 20_000, phrase: 'judgment' },
        resultNumbers: ['40 percent'],
        reflected: true,
      },
    },
  ]),
];

describe('progress per value', () => {
  it('one point per day with the figures of that day’s answers', () => {
    const progress = valueProgress(framework, sessions, dayOf);
    const judgment = progress.find((p) => p.valueName === 'Judgment')!;
    expect(judgment.points.map((p) => p.day)).toEqual(['2026-12-01', '2026-12-03']);
    const [first, second] = judgment.points;
    expect(first).toMatchObject({
      answers: 1,
      meanScore: 2,
      hedgesPerMin: 3,
      namedRate: 1,
      secondsToName: 80,
      resultRate: 0,
      reflectionRate: 0,
    });
    expect(second).toMatchObject({
      answers: 1,
      meanScore: 4,
      hedgesPerMin: 1,
      secondsToName: 20,
      resultRate: 1,
      reflectionRate: 1,
    });
    expect(judgment.total).toMatchObject({
      answers: 2,
      meanScore: 3,
      hedgesPerMin: 2,
      secondsToName: 50,
      resultRate: 0.5,
    });
    expect(judgment.total.interviewerScore).toBeNull();
  });

  it('uses the candidate’s own ticks when no captions ran, and ignores skipped prompts', () => {
    const progress = valueProgress(framework, sessions, dayOf);
    const courage = progress.find((p) => p.valueName === 'Courage')!;
    expect(courage.total).toMatchObject({
      answers: 1,
      namedRate: 1,
      resultRate: 1,
      hedgesPerMin: null,
    });
    expect(progress.find((p) => p.valueName === 'Candor')!.total.answers).toBe(0);
  });

  it('counts answers from another framework under a value of the same name', () => {
    const other = finishedSession('c', d2, [{ value: 'Courage', score: 1 }], {
      frameworkId: 'memo',
    });
    const progress = valueProgress(framework, [...sessions, other], dayOf);
    expect(progress.find((p) => p.valueName === 'Courage')!.total.answers).toBe(2);
  });

  it('practise next: unpractised values without strong stories first, then weak scores', () => {
    const progress = valueProgress(framework, sessions, dayOf);
    const next = practiseNext(progress, valueCoverage(framework, []));
    expect(next.map((n) => n.valueName)).toEqual(['Candor', 'Impact', 'Courage']);
    expect(next[0]!.reasons).toEqual(['no strong story yet', 'not practised yet']);
  });
});

describe('practice hours', () => {
  it('adds rounds, rehearsals and logged entries against the 40–60 hour range', () => {
    const h = practiceHours(
      sessions,
      [{ id: 'm', day: '2026-12-02', minutes: 90, label: 'Mock with a friend', createdAt: 1 }],
      [{ id: 'r', storyId: 's', at: d2, rating: 3, durationMs: 3 * 60_000 }],
      dayOf,
    );
    expect(h.roundsMinutes).toBe(60);
    expect(h.rehearsalMinutes).toBe(3);
    expect(h.manualMinutes).toBe(90);
    expect(h.totalHours).toBe(2.6);
    expect(h.status).toBe('below');
    expect(h.byDay).toEqual([
      { day: '2026-12-01', minutes: 30 },
      { day: '2026-12-02', minutes: 90 },
      { day: '2026-12-03', minutes: 33 },
    ]);
    const lots = practiceHours(
      [],
      [{ id: 'x', day: '2026-12-02', minutes: 45 * 60, label: 'all', createdAt: 1 }],
      [],
      dayOf,
    );
    expect(lots.status).toBe('in-range');
  });
});

describe('recruiter-screen readiness', () => {
  const base = emptyReadiness(1);
  it('warns on an empty or "flexible" pay answer and asks for sources and a date', () => {
    expect(compWarning(base, null)).toMatch(/No number yet/);
    expect(compWarning({ ...base, compNumber: "I'm flexible" }, null)).toMatch(/homework/);
    expect(compWarning({ ...base, compNumber: 'open to offers' }, null)).toMatch(/homework/);
    // A figure with words beside it is a figure, not a hedge.
    expect(compWarning({ ...base, compNumber: '$250,000 base, open to equity' }, null)).not.toMatch(
      /homework/,
    );
    expect(compWarning({ ...base, compNumber: 'competitive' }, null)).toMatch(/homework/);
    expect(compWarning({ ...base, compNumber: '$380k' }, null)).toMatch(
      /where the number comes from/,
    );
    const sourced = { ...base, compNumber: '$380k', compSources: ['offers' as const] };
    expect(compWarning(sourced, null)).toMatch(/date you researched/);
    expect(compWarning({ ...sourced, compResearchedOn: '2026-11-01' }, '2026-11-20')).toBeNull();
    expect(compWarning({ ...sourced, compResearchedOn: '2026-01-01' }, '2026-11-20')).toMatch(
      /more than 90 days/,
    );
  });

  it('counts what is ready and names the thinnest values without a planned story', () => {
    const s = readinessStatus({ ...base, plannedStories: { Candor: 'st' } }, [
      'Candor',
      'Impact',
      'Courage',
    ]);
    expect(s.ready).toBe(0);
    expect(s.items.find((i) => i.id === 'thinnest')!.warning).toBe(
      'No story planned yet for Impact, Courage.',
    );
    const shortArc = readinessStatus({ ...base, careerArc: 'Engineer, then lead.' }, []);
    expect(shortArc.items.find((i) => i.id === 'career-arc')!.warning).toMatch(/^3 words/);
  });
});
