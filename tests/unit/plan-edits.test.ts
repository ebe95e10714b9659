import { describe, expect, it } from 'vitest';
import { withInterviewDate, withTicked } from '../../lib/plan/plan-edits';
import { PLAN_ROW_ID, type PlanRow } from '../../lib/plan/plan-schema';

// Local noon: the plan's days are the candidate's local days.
const noon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();

const plan: PlanRow = {
  id: PLAN_ROW_ID,
  interviewDate: '2026-12-20',
  startDate: '2026-11-20',
  frameworkId: 'netflix',
  track: 'pm',
  chosenLength: 4,
  ticked: ['w1-stories'],
  unticked: ['w1-mock'],
  updatedAt: 1,
};

describe('setting the interview date', () => {
  it('starts a plan today when there is none', () => {
    const p = withInterviewDate(null, '2026-12-28', 'netflix', noon(2026, 11, 30));
    expect(p).toMatchObject({
      interviewDate: '2026-12-28',
      startDate: '2026-11-30',
      frameworkId: 'netflix',
      track: 'engineer',
      ticked: [],
      unticked: [],
    });
  });

  it('moving a date still ahead keeps the start, the ticks and the chosen length', () => {
    const p = withInterviewDate(plan, '2027-01-08', 'amazon', noon(2026, 11, 30));
    expect(p).toEqual({ ...plan, interviewDate: '2027-01-08', updatedAt: noon(2026, 11, 30) });
  });

  it('the interview day itself still counts as ahead', () => {
    const p = withInterviewDate(plan, '2026-12-27', 'netflix', noon(2026, 12, 20));
    expect(p.startDate).toBe('2026-11-20');
  });

  it('after the old date has passed, a new plan begins today and keeps only the track', () => {
    const p = withInterviewDate(plan, '2027-02-01', 'amazon', noon(2026, 12, 21));
    expect(p).toMatchObject({
      startDate: '2026-12-21',
      frameworkId: 'amazon',
      track: 'pm',
      chosenLength: null,
      ticked: [],
      unticked: [],
    });
  });
});

describe('ticking a task by hand', () => {
  it('keeps a hand tick only where the product sees nothing done', () => {
    expect(withTicked(plan, 'w2-plan', true, false).ticked).toEqual(['w1-stories', 'w2-plan']);
    expect(withTicked(plan, 'w2-plan', true, true).ticked).toEqual(['w1-stories']);
  });

  it('keeps a hand untick only where the product counts the task done', () => {
    expect(withTicked(plan, 'w2-mock', false, true).unticked).toEqual(['w1-mock', 'w2-mock']);
    expect(withTicked(plan, 'w1-stories', false, false)).toMatchObject({
      ticked: [],
      unticked: ['w1-mock'],
    });
  });

  it('ticking a task that was unticked by hand drops the untick, and never lists it twice', () => {
    const p = withTicked(withTicked(plan, 'w1-mock', true, true), 'w1-mock', true, true);
    expect(p.unticked).toEqual([]);
    expect(p.ticked).toEqual(['w1-stories']);
    const twice = withTicked(withTicked(plan, 'x', true, false), 'x', true, false);
    expect(twice.ticked).toEqual(['w1-stories', 'x']);
  });
});
