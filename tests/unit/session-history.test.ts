import { describe, expect, it } from 'vitest';
import { createSession } from '../../lib/practice/session-actions';
import { filterSessions, storyPractice } from '../../lib/practice/session-history';
import type { Session } from '../../lib/practice/session-schema';
import { reportIdFromHash, sessionReportHash } from '../../lib/practice/report-link';

function round(
  id: string,
  presetId: string,
  valueId: string,
  notes: string,
  storyIds: string[] = [],
  at = 1_000,
): Session {
  const s = createSession({
    id,
    frameworkId: 'netflix-values',
    frameworkName: 'Netflix values',
    presetId,
    presetName: presetId,
    minutes: 45,
    seed: 1,
    prompts: [{ key: 'a', valueId, label: valueId, definition: '', question: 'Q', probeIds: [] }],
    now: at,
  });
  return {
    ...s,
    status: 'finished',
    finishedAt: at,
    answers: s.answers.map((a) => ({ ...a, status: 'answered', notes, storyIds })),
  };
}

const rounds = [
  round('r1', 'onsite', 'judgment', 'Talked about the Café launch and its 40% drop'),
  round('r2', 'recruiter-screen', 'courage', 'Compensation answer too vague'),
  round('r3', 'onsite', 'courage', 'Good pause before the number'),
];

describe('practice history filters', () => {
  it('filters by round type, by value and by words in the notes', () => {
    const ids = (f: Partial<Parameters<typeof filterSessions>[1]>) =>
      filterSessions(rounds, { presetId: '', valueId: '', notes: '', ...f }).map((s) => s.id);
    expect(ids({})).toEqual(['r1', 'r2', 'r3']);
    expect(ids({ presetId: 'onsite' })).toEqual(['r1', 'r3']);
    expect(ids({ valueId: 'courage' })).toEqual(['r2', 'r3']);
    expect(ids({ presetId: 'onsite', valueId: 'courage' })).toEqual(['r3']);
    // Case and accents do not matter; every word must be there.
    expect(ids({ notes: 'cafe LAUNCH' })).toEqual(['r1']);
    expect(ids({ notes: 'cafe number' })).toEqual([]);
  });
});

describe('story practice counts', () => {
  it('counts each round a story was used in, with the latest date, and skips demo rounds', () => {
    const sessions = [
      round('a', 'onsite', 'judgment', '', ['s1'], 1_000),
      round('b', 'onsite', 'judgment', '', ['s1', 's2'], 5_000),
      round('demo', 'onsite', 'judgment', '', ['s1', 's3'], 9_000),
    ];
    const p = storyPractice(sessions, new Set(['demo']));
    expect(p.get('s1')).toEqual({ count: 2, lastAt: 5_000 });
    expect(p.get('s2')).toEqual({ count: 1, lastAt: 5_000 });
    expect(p.has('s3')).toBe(false);
    // Opened, then the answer skipped: not practice.
    const skipped = round('c', 'onsite', 'judgment', '', ['s4'], 7_000);
    const passed = {
      ...skipped,
      answers: skipped.answers.map((a) => ({ ...a, status: 'skipped' as const })),
    };
    expect(storyPractice([passed], new Set()).has('s4')).toBe(false);
  });
});

describe('report links', () => {
  it('round-trips a round id through the workspace address', () => {
    expect(reportIdFromHash(sessionReportHash('a b/c'))).toBe('a b/c');
    expect(reportIdFromHash('#sessions')).toBeNull();
    expect(reportIdFromHash('#session=%E0%A4%A')).toBeNull();
  });
});
