import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSession,
  nextPrompt,
  skipPrompt,
  startSession,
  togglePause,
  finishSession,
} from '../../lib/practice/session-actions';
import { canShowSession, recoverSession } from '../../lib/practice/session-health';
import type { Session } from '../../lib/practice/session-schema';

const T0 = Date.UTC(2024, 5, 1);
const fresh = (prompts: number) =>
  createSession({
    id: 'r',
    frameworkId: 'netflix-values',
    frameworkName: 'Netflix interview values',
    presetId: 'onsite',
    presetName: 'Onsite',
    minutes: 45,
    seed: 1,
    now: T0,
    prompts: Array.from({ length: prompts }, (_, i) => ({
      key: `k${i}`,
      valueId: null,
      label: `Prompt ${i}`,
      definition: '',
      question: '?',
      probeIds: [],
    })),
  });

const steps = fc.array(fc.constantFrom('start', 'next', 'skip', 'pause', 'finish'), {
  maxLength: 12,
});

describe('rounds the coach can show', () => {
  it('every round the app itself makes can be shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), steps, (n, actions) => {
        let s: Session = fresh(n);
        let now = T0;
        for (const a of actions) {
          now += 1000;
          if (a === 'start') s = startSession(s, now);
          else if (a === 'next') s = nextPrompt(s, now);
          else if (a === 'skip') s = skipPrompt(s, now);
          else if (a === 'pause') s = togglePause(s, now);
          else s = finishSession(s, now);
          expect(canShowSession(s)).toBe(true);
        }
      }),
    );
  });

  it('a broken round is recognised, and finishing it leaves one the history can show', () => {
    const active = startSession(fresh(3), T0 + 1000);
    const broken: Session[] = [
      { ...active, answers: [] },
      { ...active, currentIndex: 9 },
      { ...active, answers: active.answers.map((a) => ({ ...a, status: 'pending' as const })) },
      { ...active, status: 'finished' },
      { ...active, createdAt: 9e15 },
    ];
    for (const s of broken) {
      expect(canShowSession(s)).toBe(false);
      const done = recoverSession(s, T0 + 5000);
      expect(done.status).toBe('finished');
      expect(done.finishedAt).toBe(T0 + 5000);
      expect(done.answers.some((a) => a.status === 'current')).toBe(false);
      if (s.answers.length > 0 && s.createdAt < 8e15) expect(canShowSession(done)).toBe(true);
    }
    // Notes typed in the broken round are kept.
    const noted = {
      ...active,
      currentIndex: 9,
      answers: active.answers.map((a) => ({ ...a, notes: 'keep me' })),
    };
    expect(recoverSession(noted, T0 + 5000).answers.map((a) => a.notes)).toEqual([
      'keep me',
      'keep me',
      'keep me',
    ]);
  });

  it('a broken round that was paused keeps the pause it was in out of its answers', () => {
    const paused = togglePause(startSession(fresh(3), T0 + 1000), T0 + 2000);
    const broken = { ...paused, currentIndex: 9 };
    expect(canShowSession(broken)).toBe(false);
    expect(recoverSession(broken, T0 + 5000).pauses).toEqual([[T0 + 2000, T0 + 5000]]);
  });

  it('a pause that ends before it starts, or at no date, is a problem', () => {
    const round = finishSession(startSession(fresh(2), T0), T0 + 9000);
    expect(canShowSession({ ...round, pauses: [[T0 + 1000, T0 + 2000]] })).toBe(true);
    expect(canShowSession({ ...round, pauses: [[T0 + 2000, T0 + 1000]] })).toBe(false);
    expect(canShowSession({ ...round, pauses: [[1e300, T0]] })).toBe(false);
  });

  it('a row of another shape entirely is not shown either', () => {
    expect(canShowSession({ id: 'x', status: 'active' } as unknown as Session)).toBe(false);
  });
});
