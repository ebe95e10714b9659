import { describe, expect, it } from 'vitest';
import { PAUSES_MAX } from '../../lib/practice/answer-limits';
import { pausesOf, spokenWhileRunning, withEndedPause } from '../../lib/practice/round-pauses';
import { finishSession, startSession, togglePause } from '../../lib/practice/session-actions';
import { onsiteRound } from '../fixtures/onsite-round';

const line = (start: number, text: string) => ({ start, text });
const prompt = {
  key: 'a',
  valueId: 'judgment',
  label: 'Judgment',
  definition: '',
  question: 'A call you got wrong?',
  probeIds: [],
};

describe('a round’s pauses', () => {
  it('leave out lines begun in an ended pause and in the pause the round is in', () => {
    let round = startSession(onsiteRound([prompt], 0), 0);
    round = togglePause(round, 10_000);
    round = togglePause(round, 20_000);
    round = togglePause(round, 40_000);
    const lines = [
      line(5_000, 'before'),
      line(12_000, 'aside'),
      line(25_000, 'after'),
      line(41_000, 'now'),
    ];
    expect(spokenWhileRunning(pausesOf(round), lines).map((l) => l.text)).toEqual([
      'before',
      'after',
    ]);
    // Finished while paused: that pause is ended with the round and still leaves its lines out.
    const done = finishSession(round, 50_000);
    expect(spokenWhileRunning(pausesOf(done), lines).map((l) => l.text)).toEqual([
      'before',
      'after',
    ]);
  });

  it('a round never paused keeps every line, and the list of pauses stays bounded', () => {
    const round = startSession(onsiteRound([prompt], 0), 0);
    const lines = [line(1, 'a'), line(2, 'b')];
    expect(spokenWhileRunning(pausesOf(round), lines)).toBe(lines);
    let pauses: [number, number][] = [];
    for (let i = 0; i < PAUSES_MAX + 5; i++) pauses = withEndedPause(pauses, i * 10, i * 10 + 5);
    expect(pauses).toHaveLength(PAUSES_MAX);
    expect(pauses.at(-1)).toEqual([(PAUSES_MAX + 4) * 10, (PAUSES_MAX + 4) * 10 + 5]);
  });
});
