import { describe, expect, it } from 'vitest';
import { localDay } from '../../lib/format/local-day';
import { addDays, formatDay } from '../../lib/plan/day-math';
import { arrangePlan, generatePlan } from '../../lib/plan/generate-plan';
import { emptyReadiness } from '../../lib/plan/plan-schema';
import { planToMarkdown, UPCOMING_SHOWN } from '../../lib/plan/plan-to-markdown';
import { practiceHours } from '../../lib/plan/practice-hours';
import { readinessStatus } from '../../lib/plan/readiness';
import { rehearsalQueue } from '../../lib/plan/rehearsal-queue';
import { valueProgress } from '../../lib/plan/value-progress';
import { emptyStory } from '../../lib/stories/story-schema';
import { finishedSession } from '../fixtures/finished-session';
import { testFramework } from '../fixtures/test-framework';

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('plan as Markdown', () => {
  it('carries the plan with ticks, hours, readiness with warnings, progress and the due stories', () => {
    const today = '2026-12-01';
    const framework = testFramework(['Judgment', 'Courage']);
    const plan = generatePlan({
      today,
      startDate: today,
      interviewDate: addDays(today, 28),
      bank: { totalStories: 0, strongStories: 0 },
      track: 'engineer',
      chosenLength: null,
    });
    const arranged = arrangePlan(plan, addDays(today, 2), (t) => ({
      done: t.title === 'Read the culture memo end to end',
      seen: false,
    }));
    const sessions = [
      finishedSession('s', Date.UTC(2026, 11, 2, 9), [{ value: 'Judgment', score: 3 }]),
    ];
    const readiness = {
      ...emptyReadiness(1),
      compNumber: 'flexible',
      careerArc: '# Started in support\n- then moved to *platform*',
      plannedStories: { Courage: 'st' },
      compSources: ['levels' as const, 'offers' as const],
      keeperAnswer: 'yes' as const,
    };
    const stories = [
      { ...emptyStory('st', 1), title: 'Told the VP no' },
      { ...emptyStory('later', Date.UTC(2026, 11, 10, 12)), title: 'Cut the launch scope' },
    ];
    const queue = rehearsalQueue(stories, [], Date.UTC(2026, 11, 3));
    const md = planToMarkdown({
      plan,
      arranged,
      hours: practiceHours(
        sessions,
        [{ id: 'h', day: today, minutes: 45, label: 'Read the memo', createdAt: 1 }],
        [],
        dayOf,
      ),
      manualHours: [{ id: 'h', day: today, minutes: 45, label: 'Read the memo', createdAt: 1 }],
      readiness,
      readinessItems: readinessStatus(readiness, ['Judgment', 'Courage']).items,
      progress: valueProgress(framework, sessions, dayOf),
      due: queue.due,
      upcoming: queue.upcoming,
      storyTitle: (id) => (id === 'st' ? 'Told the VP no' : '?'),
    });
    expect(md).toContain('# Interview prep plan');
    expect(md).toContain('4-week plan · 28 days left');
    expect(md).toMatch(/## Done\n\n- \[x\] Read the culture memo end to end/);
    expect(md).toMatch(/- \[ \] Map your stories to the values \(moved from Wed 2 Dec\)/);
    expect(md).toContain('1 h 15 min of the 40–60 h');
    expect(md).toContain('  - 2026-12-01: 45 min — Read the memo');
    expect(md).toMatch(/- \[ \] A researched pay number — Saying you are flexible/);
    // User text cannot turn into headings or lists.
    expect(md).toContain('\\# Started in support  \n\\- then moved to \\*platform\\*');
    expect(md).toContain('- Courage: Told the VP no');
    // Choices read as on the form, not as stored ids; an answer with no reason is not "not written".
    expect(md).toContain('Sources: Levels data (e.g. Levels.fyi), Competing offers');
    expect(md).toMatch(
      /### The Keeper Test, on myself\n\nWould my manager fight to keep me\? Yes\n/,
    );
    expect(md).not.toMatch(/Keeper Test[^#]*Not written yet/);
    expect(md).toContain('| Judgment | 1 | 3.0 |');
    expect(md).toContain('| Courage | 0 | — |');
    // Every story's rehearsal, not only today's: the one not due yet shows when it comes due.
    expect(md).toMatch(/## Story rehearsal\n\n### Due now\n\n- Told the VP no\n/);
    const comingDay = formatDay(localDay(queue.upcoming[0]!.card.due));
    expect(md).toContain(`### Coming up\n\n- Cut the launch scope — ${comingDay}\n`);
  });

  it('lists the next stories coming up, not every story of a big bank', () => {
    const stories = Array.from({ length: UPCOMING_SHOWN + 3 }, (_, i) => ({
      ...emptyStory(`s${i}`, Date.UTC(2026, 11, 10 + i, 12)),
      title: `Story ${i}`,
    }));
    const queue = rehearsalQueue(stories, [], Date.UTC(2026, 11, 3));
    const md = planToMarkdown({
      plan: null,
      arranged: null,
      hours: practiceHours([], [], [], (ms) => new Date(ms).toISOString().slice(0, 10)),
      manualHours: [],
      readiness: emptyReadiness(1),
      readinessItems: [],
      progress: [],
      due: queue.due,
      upcoming: queue.upcoming,
      storyTitle: () => '?',
    });
    expect(md).toContain('- Story 0 — ');
    expect(md).toContain(`- Story ${UPCOMING_SHOWN - 1} — `);
    expect(md).not.toContain(`- Story ${UPCOMING_SHOWN} — `);
    expect(md).toContain('- …and 3 more stories after that');
  });
});
