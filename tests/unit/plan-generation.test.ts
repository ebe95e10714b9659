import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDay } from '../../lib/plan/day-math';
import { arrangePlan, generatePlan, type PlanInput } from '../../lib/plan/generate-plan';
import { emptyReadiness } from '../../lib/plan/plan-schema';
import { gatherEvidence, isTaskSeenDone, roundTags } from '../../lib/plan/task-evidence';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import { finishedSession } from '../fixtures/finished-session';
import { testFramework } from '../fixtures/test-framework';

const today = '2026-12-01';
const emptyBank = { totalStories: 0, strongStories: 0 };
const readyBank = { totalStories: 10, strongStories: 9 };
const input = (over: Partial<PlanInput>): PlanInput => ({
  today,
  startDate: today,
  interviewDate: addDays(today, 28),
  bank: emptyBank,
  track: 'engineer',
  chosenLength: null,
  ...over,
});

describe('plan generation', () => {
  it('four weeks out: the four-week plan, every task between today and the day before the interview', () => {
    const plan = generatePlan(input({}));
    expect(plan.length).toBe(4);
    expect(plan.fit).toBe('fits');
    expect(plan.daysLeft).toBe(28);
    expect(plan.tasks.length).toBeGreaterThan(10);
    for (const t of plan.tasks) {
      expect(t.day >= today).toBe(true);
      expect(t.day < plan.interviewDate).toBe(true);
    }
    expect(plan.tasks.map((t) => t.title)).toContain('Behavioural mock 3 of 3');
    expect(plan.tasks.map((t) => t.title)).toContain('A full simulated loop');
    // Story work comes before the loop.
    const day = (title: string) => plan.tasks.find((t) => t.title.startsWith(title))!.day;
    expect(day('Map your stories') < day('A full simulated loop')).toBe(true);
  });

  it('eight weeks out from a thin bank: the eight-week plan; a ready bank gets four weeks', () => {
    expect(generatePlan(input({ interviewDate: addDays(today, 60) })).length).toBe(8);
    expect(generatePlan(input({ interviewDate: addDays(today, 60), bank: readyBank })).length).toBe(
      4,
    );
  });

  it('between two and four weeks: the two-week plan, with a warning when the bank is thin', () => {
    const thin = generatePlan(input({ interviewDate: addDays(today, 16) }));
    expect(thin.length).toBe(2);
    expect(thin.fit).toBe('fits');
    expect(thin.notes.join(' ')).toMatch(/assumes a ready story bank/);
    const ready = generatePlan(input({ interviewDate: addDays(today, 16), bank: readyBank }));
    expect(ready.notes.join(' ')).not.toMatch(/assumes a ready story bank/);
  });

  it('far out: the plan runs its own length up to the interview and says when it starts', () => {
    const plan = generatePlan(input({ interviewDate: addDays(today, 120), chosenLength: 8 }));
    expect(plan.fit).toBe('fits');
    const days = plan.tasks.map((t) => daysBetween(today, t.day));
    // Not stretched over four months: everything in the last eight weeks, before the date.
    expect(Math.min(...days)).toBe(120 - 56);
    expect(Math.max(...days)).toBeLessThan(120);
    expect(plan.notes.join(' ')).toContain(
      `Your 8-week plan starts on ${formatDay(addDays(today, 64))}, 8 weeks before the interview.`,
    );
    const exact = generatePlan(input({}));
    expect(exact.notes.join(' ')).not.toMatch(/plan starts on/);
    // A few spare days do not hold the start back.
    const near = generatePlan(input({ interviewDate: addDays(today, 32) }));
    expect(near.notes.join(' ')).not.toMatch(/plan starts on/);
    expect(near.tasks[0]!.day).toBe(today);
  });

  it('too close for two weeks: a compressed plan that says so and still fits before the date', () => {
    const plan = generatePlan(input({ interviewDate: addDays(today, 5) }));
    expect(plan.fit).toBe('compressed');
    expect(plan.notes[0]).toMatch(/Compressed: the 2-week plan needs 14 days and there are 5/);
    const tomorrow = generatePlan(input({ interviewDate: addDays(today, 1) }));
    expect(tomorrow.notes[0]).toMatch(/needs 14 days and there is 1\./);
    const days = new Set(plan.tasks.map((t) => t.day));
    expect([...days].every((d) => daysBetween(today, d) >= 0 && daysBetween(today, d) < 5)).toBe(
      true,
    );
    expect(plan.tasks.length).toBe(
      generatePlan(input({ interviewDate: addDays(today, 14) })).tasks.length,
    );
  });

  it('choosing a longer plan than the days allow compresses it and names the suggestion', () => {
    const plan = generatePlan(input({ interviewDate: addDays(today, 20), chosenLength: 8 }));
    expect(plan.length).toBe(8);
    expect(plan.fit).toBe('compressed');
    expect(plan.notes.join(' ')).toMatch(/You chose the 8-week plan; .* suggests 2 weeks/);
  });

  it('a past date and today are handled without tasks', () => {
    const past = generatePlan(input({ interviewDate: addDays(today, -3) }));
    expect(past.fit).toBe('past');
    expect(past.daysLeft).toBe(-3);
    expect(past.tasks).toEqual([]);
    expect(past.notes[0]).toMatch(/has passed/);
    expect(generatePlan(input({ interviewDate: today })).fit).toBe('today');
  });

  it('keeps its schedule when opened on a later day, and role tracks change the technical tasks', () => {
    const start = generatePlan(input({}));
    const later = generatePlan(input({ today: addDays(today, 10) }));
    expect(later.tasks).toEqual(start.tasks);
    const pm = generatePlan(input({ track: 'pm' }));
    expect(pm.tasks.map((t) => t.title)).toContain('Role screen practice');
    expect(pm.tasks.map((t) => t.title)).not.toContain(
      'One system-design round at streaming scale',
    );
  });

  it('missed days roll forward to today; finished past tasks stay behind', () => {
    const plan = generatePlan(input({}));
    const later = addDays(today, 8);
    const doneIds = new Set([plan.tasks[0]!.id]);
    const { done, days } = arrangePlan(plan, later, (t) => ({
      done: doneIds.has(t.id),
      seen: false,
    }));
    expect(done.map((d) => d.task.id)).toEqual([plan.tasks[0]!.id]);
    expect(days[0]!.day).toBe(later);
    const carried = days[0]!.tasks.filter((t) => t.carriedFrom);
    expect(carried.length).toBe(plan.tasks.filter((t) => t.day < later).length - 1);
    expect(carried.every((t) => t.carriedFrom! < later)).toBe(true);
    expect(days.every((d) => d.day >= later)).toBe(true);
  });
});

describe('tasks ticked by what the product saw', () => {
  const framework = testFramework(['Judgment', 'Courage', 'Candor', 'Impact']);
  const since = Date.UTC(2026, 11, 1);
  const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const strong = (id: string, value: string): Story => ({
    ...emptyStory(id, 1),
    title: id,
    situation: 'The launch was at risk.',
    task: 'Decide whether to ship.',
    action: 'I paused the rollout and told the team why.',
    result: 'Errors fell by 40% in two weeks.',
    outcome: 'Errors fell 40%',
    reflection: 'I would raise it a day earlier.',
    valueLine: `The value I acted on was ${value} because the data was thin.`,
    values: [value],
  });
  const evidence = (over: Partial<Parameters<typeof gatherEvidence>[0]>) =>
    gatherEvidence({
      sessions: [],
      stories: [],
      framework,
      rehearsalCount: 0,
      readiness: null,
      since,
      dayOf,
      ...over,
    });

  it('counts behavioural rounds finished since the plan began', () => {
    const before = finishedSession('old', since - 1000, [{ value: 'Judgment' }]);
    const after = finishedSession('new', since + 1000, [{ value: 'Judgment' }]);
    const e = evidence({ sessions: [before, after] });
    expect(isTaskSeenDone({ kind: 'rounds', tag: 'behavioural', count: 1 }, e)).toBe(true);
    expect(isTaskSeenDone({ kind: 'rounds', tag: 'behavioural', count: 2 }, e)).toBe(false);
    expect(isTaskSeenDone({ kind: 'manual' }, e)).toBe(false);
  });

  it("counts the panel's cold-start drill, imported peer votes and revealed loops", () => {
    const day = since + 3_600_000;
    const drill = finishedSession('d', day, [{ value: 'Judgment' }], {
      presetId: 'custom',
      presetName: 'Cold start drill',
    });
    expect(roundTags(drill)).toContain('cold-start');
    // A drill is not a mock: the five minutes of one prompt do not tick "Behavioural mock 1 of 3".
    expect(roundTags({ ...drill, minutes: 5 })).not.toContain('behavioural');
    const oneValue = finishedSession('v', day, [{ value: 'Judgment' }], {
      presetId: 'custom',
      presetName: 'Custom round',
    });
    expect(roundTags({ ...oneValue, minutes: 15 })).not.toContain('behavioural');
    expect(roundTags({ ...oneValue, minutes: 30 })).toContain('behavioural');
    const peer = { votesImportedAt: [since - 5, day, day + 1], loopsRevealedAt: [day + 2] };
    const e = evidence({ peer });
    expect(isTaskSeenDone({ kind: 'rounds', tag: 'peer-mock', count: 2 }, e)).toBe(true);
    expect(isTaskSeenDone({ kind: 'rounds', tag: 'peer-mock', count: 3 }, e)).toBe(false);
    expect(isTaskSeenDone({ kind: 'rounds', tag: 'full-loop', count: 1 }, e)).toBe(true);
    const before = evidence({
      peer: { votesImportedAt: [since - 5], loopsRevealedAt: [since - 1] },
    });
    expect(isTaskSeenDone({ kind: 'rounds', tag: 'peer-mock', count: 1 }, before)).toBe(false);
    expect(isTaskSeenDone({ kind: 'rounds', tag: 'full-loop', count: 1 }, before)).toBe(false);
  });

  it('four onsite rounds on one day count as a full loop; peer, loop and cold-start rounds by type', () => {
    const day = since + 3_600_000;
    const four = [1, 2, 3, 4].map((i) =>
      finishedSession(`o${i}`, day + i, [{ value: 'Judgment' }]),
    );
    expect(
      isTaskSeenDone({ kind: 'rounds', tag: 'full-loop', count: 1 }, evidence({ sessions: four })),
    ).toBe(true);
    expect(
      isTaskSeenDone(
        { kind: 'rounds', tag: 'full-loop', count: 1 },
        evidence({ sessions: four.slice(1) }),
      ),
    ).toBe(false);
    expect(roundTags(finishedSession('p', day, [], { presetId: 'peer-mock' }))).toContain(
      'peer-mock',
    );
    expect(roundTags(finishedSession('c', day, [], { presetId: 'cold-start' }))).toContain(
      'cold-start',
    );
    expect(roundTags({ ...finishedSession('l', day, []), loopId: 'L1' } as never)).toContain(
      'full-loop',
    );
    expect(roundTags(finishedSession('s', day, [], { presetId: 'system-design' }))).toEqual([
      'technical',
      'system-design',
    ]);
  });

  it('story tasks follow the bank: mapped, every value, thinnest values with two strong stories', () => {
    const stories = ['Judgment', 'Courage', 'Candor', 'Impact'].flatMap((v) => [
      strong(`${v}-1`, v),
      strong(`${v}-2`, v),
    ]);
    const full = evidence({ stories });
    expect(isTaskSeenDone({ kind: 'stories-mapped', count: 8 }, full)).toBe(true);
    expect(isTaskSeenDone({ kind: 'stories-every-value' }, full)).toBe(true);
    expect(isTaskSeenDone({ kind: 'stories-thinnest', perValue: 2 }, full)).toBe(true);
    const thin = evidence({ stories: stories.slice(1) });
    expect(isTaskSeenDone({ kind: 'stories-thinnest', perValue: 2 }, thin)).toBe(false);
    expect(isTaskSeenDone({ kind: 'stories-mapped', count: 8 }, thin)).toBe(false);
  });

  it('readiness and career-arc tasks follow the readiness sheet', () => {
    const arc = Array.from({ length: 150 }, () => 'word').join(' ');
    const sheet = {
      ...emptyReadiness(1),
      compNumber: '$420k total',
      compSources: ['levels' as const],
      compResearchedOn: '2026-11-28',
      careerArc: arc,
      wants: 'Ownership of a product area.',
      dontWants: 'Heavy process.',
      keeperAnswer: 'yes' as const,
    };
    const e = evidence({ readiness: sheet });
    expect(isTaskSeenDone({ kind: 'readiness' }, e)).toBe(true);
    expect(isTaskSeenDone({ kind: 'career-arc' }, e)).toBe(true);
    const flexible = evidence({ readiness: { ...sheet, compNumber: "I'm flexible" } });
    expect(isTaskSeenDone({ kind: 'readiness' }, flexible)).toBe(false);
  });
});
