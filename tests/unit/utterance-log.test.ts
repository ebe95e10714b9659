import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../lib/captions/utterance-schema';
import {
  answerEndAt,
  answerIndexAt,
  mergeUtterance,
  speakersSeen,
} from '../../lib/live/utterance-log';

const u = (id: string, revision: number, speaker = 'You', text = 'hello'): Utterance => ({
  id,
  revision,
  speaker,
  isSelf: speaker === 'You',
  text,
  start: 0,
  end: 0,
  final: false,
});

describe('utterance log', () => {
  it('keeps the highest revision of each utterance and ignores stale ones', () => {
    let log = mergeUtterance(new Map(), u('a', 1, 'You', 'I think'));
    log = mergeUtterance(log, u('a', 3, 'You', 'I think we should'));
    const same = mergeUtterance(log, u('a', 2, 'You', 'I thin'));
    expect(same).toBe(log);
    expect(log.get('a')?.text).toBe('I think we should');
  });

  it('stays bounded over a long call', () => {
    let log: ReadonlyMap<string, Utterance> = new Map();
    for (let i = 0; i < 50; i++) log = mergeUtterance(log, u(`id${i}`, 0), 10);
    expect(log.size).toBe(10);
    expect([...log.keys()][0]).toBe('id40');
  });

  it('lists speakers in order of first appearance', () => {
    let log: ReadonlyMap<string, Utterance> = new Map();
    for (const [id, s] of [
      ['1', 'Alex'],
      ['2', 'You'],
      ['3', 'Alex'],
      ['4', ' '],
    ] as const)
      log = mergeUtterance(log, u(id, 0, s));
    expect(speakersSeen(log)).toEqual(['Alex', 'You']);
  });
});

describe('answer windows', () => {
  // Answer 0 ran 0–60 s of speaking but was paused for 30 s in the middle, so it ended at 90 s.
  const answers = [
    { clock: { startedAt: 0, pausedAt: 90_000 }, durationMs: 60_000 },
    { clock: { startedAt: 90_000, pausedAt: null }, durationMs: null },
  ];

  it('ends a closed answer when it was closed on the wall clock, pauses included', () => {
    expect(answerEndAt(answers[0]!)).toBe(90_000);
  });

  it.each([
    [10_000, 0],
    [75_000, 0], // after the pause, before moving on: still the first answer
    [92_000, 1], // the next answer is open-ended
    [-5, -1],
  ])('speech at %i ms belongs to answer %i', (at, index) => {
    expect(answerIndexAt(answers, at)).toBe(index);
  });
});
