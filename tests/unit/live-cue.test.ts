import { describe, expect, it } from 'vitest';
import { liveCue } from '../../lib/signals/live-cue';
import { liveCueSchema } from '../../lib/signals/signals-schema';

const named = { valueId: 'judgment', atMs: 20_000, phrase: 'judgment' };
const S = 1000;

describe('liveCue: at most one cue, most urgent first', () => {
  it.each([
    { name: 'early, value named, calm', t: 30 * S, value: named, hedges: [], cue: null },
    { name: 'no value yet but under 90 s', t: 89 * S, value: null, hedges: [], cue: null },
    { name: 'no value after 90 s', t: 90 * S, value: null, hedges: [], cue: 'name-value' },
    { name: 'past target, value named', t: 125 * S, value: named, hedges: [], cue: 'past-target' },
    {
      name: 'past target and no value: value wins',
      t: 125 * S,
      value: null,
      hedges: [],
      cue: 'name-value',
    },
    {
      name: 'past max beats everything',
      t: 181 * S,
      value: null,
      hedges: [170 * S, 171 * S, 172 * S],
      cue: 'over-max',
    },
    {
      name: 'three hedges within a minute',
      t: 60 * S,
      value: named,
      hedges: [10 * S, 30 * S, 55 * S],
      cue: 'hedging',
    },
    {
      name: 'three hedges spread over more than a minute',
      t: 80 * S,
      value: named,
      hedges: [10 * S, 30 * S, 75 * S],
      cue: null,
    },
    { name: 'two hedges only', t: 40 * S, value: named, hedges: [10 * S, 30 * S], cue: null },
    {
      name: 'hedge run but past target: target wins',
      t: 125 * S,
      value: named,
      hedges: [100 * S, 110 * S, 120 * S],
      cue: 'past-target',
    },
  ])('$name → $cue', ({ t, value, hedges, cue }) => {
    const got = liveCue({
      signals: { firstValueNamed: value, hedgeTimesMs: hedges },
      answerElapsedMs: t,
      targetMs: 120 * S,
      maxMs: 180 * S,
    });
    expect(got?.id ?? null).toBe(cue);
    if (got) expect(liveCueSchema.parse(got)).toEqual(got);
  });

  it('uses recentHedgeTimes when given instead of the signals', () => {
    const base = {
      signals: { firstValueNamed: named, hedgeTimesMs: [] },
      targetMs: 120 * S,
      maxMs: 180 * S,
    };
    expect(
      liveCue({ ...base, answerElapsedMs: 50 * S, recentHedgeTimes: [20 * S, 30 * S, 40 * S] })?.id,
    ).toBe('hedging');
  });

  it('cues are short and calm', () => {
    for (const t of [90 * S, 125 * S, 200 * S]) {
      const cue = liveCue({
        signals: { firstValueNamed: null, hedgeTimesMs: [] },
        answerElapsedMs: t,
        targetMs: 120 * S,
        maxMs: 180 * S,
      });
      expect(cue?.text.length).toBeLessThanOrEqual(60);
      expect(cue?.text).not.toMatch(/!/);
    }
  });
});
