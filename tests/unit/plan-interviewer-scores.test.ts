import { describe, expect, it } from 'vitest';
import type { VoteRow } from '../../lib/peer/loop-schema';
import { chartSeries, interviewerScores, valueProgress } from '../../lib/plan/value-progress';
import { finishedSession } from '../fixtures/finished-session';
import { testFramework } from '../fixtures/test-framework';

const framework = testFramework(['Judgment', 'Courage', 'Candor']);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const sec = (ms: number) => Math.floor(ms / 1000);
const d1 = Date.UTC(2026, 11, 1, 10);
const d2 = Date.UTC(2026, 11, 3, 10);
const d3 = Date.UTC(2026, 11, 5, 10);

function vote(
  over: Partial<VoteRow> & Pick<VoteRow, 'interviewNo' | 'interviewer' | 'values'>,
): VoteRow {
  const loopId = over.loopId ?? 'loop-a';
  const revision = over.revision ?? 1;
  return {
    loopId,
    revision,
    frameworkId: 'test',
    overall: 'hire',
    rationale: '',
    sealedAt: sec(d1),
    id: `${loopId}-${over.interviewNo}-${revision}`,
    origin: 'imported',
    storedAt: d3,
    block: 'LOOPSIDE-VOTE',
    ...over,
  };
}
const score = (valueId: string, s: number) => ({ valueId, score: s, evidence: '' });

const votes: VoteRow[] = [
  // Ana's first vote was replaced by revision 2: only revision 2 counts.
  vote({ interviewNo: 1, interviewer: 'Ana', values: [score('judgment', 1)] }),
  vote({
    interviewNo: 1,
    interviewer: 'Ana',
    revision: 2,
    sealedAt: sec(d2),
    values: [score('judgment', 3), score('courage', 4)],
  }),
  // Ben voted on the first day.
  vote({ interviewNo: 2, interviewer: 'Ben', values: [score('judgment', 2)] }),
  // A vote this browser sealed is the interviewer's own, not the candidate's evidence.
  vote({
    interviewNo: 3,
    interviewer: 'Me',
    origin: 'sealed-here',
    values: [score('judgment', 4), score('candor', 1)],
  }),
];

describe('interviewers’ scores in progress per value', () => {
  it('takes imported votes, latest revision per interviewer, dated by the seal', () => {
    const scores = interviewerScores(votes, dayOf);
    expect(scores).toEqual([
      { day: '2026-12-03', valueId: 'judgment', score: 3, interviewer: 'Ana' },
      { day: '2026-12-03', valueId: 'courage', score: 4, interviewer: 'Ana' },
      { day: '2026-12-01', valueId: 'judgment', score: 2, interviewer: 'Ben' },
    ]);
  });

  it('keeps the same interview number apart across loops', () => {
    const other = vote({
      loopId: 'loop-b',
      interviewNo: 1,
      interviewer: 'Cy',
      values: [score('candor', 2)],
    });
    const scores = interviewerScores([...votes, other], dayOf);
    expect(scores.filter((s) => s.interviewer === 'Ana')).toHaveLength(2);
    expect(scores).toContainEqual({
      day: '2026-12-01',
      valueId: 'candor',
      score: 2,
      interviewer: 'Cy',
    });
  });

  it('puts the scores on the chart by day and value, beside the practice', () => {
    const sessions = [finishedSession('a', d1, [{ value: 'Judgment', score: 2 }])];
    const progress = valueProgress(framework, sessions, dayOf, votes);
    const judgment = progress.find((p) => p.valueId === 'judgment')!;
    expect(judgment.points.map((p) => [p.day, p.answers, p.interviewerScore])).toEqual([
      ['2026-12-01', 1, 2],
      ['2026-12-03', 0, 3],
    ]);
    expect(judgment.total.interviewerScore).toBe(2.5);
    expect(judgment.total.meanScore).toBe(2);
    expect(chartSeries(judgment, 'interviewerScore')).toEqual([
      { day: '2026-12-01', value: 2 },
      { day: '2026-12-03', value: 3 },
    ]);
    // A day with only a vote is no day of practice on the answers chart.
    expect(chartSeries(judgment, 'answers')).toEqual([{ day: '2026-12-01', value: 1 }]);
    const candor = progress.find((p) => p.valueId === 'candor')!;
    expect(candor.total.interviewerScore).toBeNull();
    expect(progress.find((p) => p.valueId === 'courage')!.total.interviewerScore).toBe(4);
  });

  it('leaves out votes cast on another framework, and falls back to the stored time', () => {
    const progress = valueProgress(framework, [], dayOf, [
      vote({
        interviewNo: 1,
        interviewer: 'Ana',
        frameworkId: 'other',
        values: [score('judgment', 4)],
      }),
      vote({ interviewNo: 2, interviewer: 'Ben', sealedAt: 0, values: [score('judgment', 1)] }),
    ]);
    const judgment = progress.find((p) => p.valueId === 'judgment')!;
    expect(judgment.points.map((p) => [p.day, p.interviewerScore])).toEqual([['2026-12-05', 1]]);
  });
});
