import { describe, expect, it } from 'vitest';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { newRound } from '../../lib/practice/new-round';
import { findPreset } from '../../lib/practice/round-presets';

describe('a new round', () => {
  it('starts a custom round at once on the chosen values, with both clocks running', () => {
    const round = newRound({
      id: 'r',
      framework: netflixValues,
      presetId: 'custom',
      valueIds: ['judgment'],
      count: 1,
      seed: 7,
      now: 1_000,
    });
    expect(round.status).toBe('active');
    expect(round.clock.startedAt).toBe(1_000);
    expect(round.answers).toHaveLength(1);
    expect(round.answers[0]?.prompt.valueId).toBe('judgment');
    expect(round.answers[0]?.status).toBe('current');
    expect(round.answers[0]?.clock.startedAt).toBe(1_000);
  });

  it('keeps the minutes inside what the round type allows', () => {
    const preset = findPreset('onsite')!;
    const at = (minutes: number) =>
      newRound({ id: 'r', framework: netflixValues, presetId: 'onsite', minutes, seed: 1, now: 0 })
        .minutes;
    expect(at(1)).toBe(preset.minMinutes);
    expect(at(10_000)).toBe(preset.maxMinutes);
  });

  it('refuses a round type it does not know, in words', () => {
    expect(() =>
      newRound({ id: 'r', framework: netflixValues, presetId: 'nope', seed: 1, now: 0 }),
    ).toThrow('Unknown round type "nope".');
  });
});
