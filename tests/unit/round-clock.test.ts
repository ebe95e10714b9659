import { describe, expect, it } from 'vitest';
import {
  answerBand,
  countdown,
  elapsedMs,
  formatDuration,
  idleClock,
  pauseClock,
  resumeClock,
  startClock,
} from '../../lib/practice/round-clock';

describe('round clock', () => {
  it('reads zero before it starts', () => {
    expect(elapsedMs(idleClock, 1_000_000)).toBe(0);
  });

  it('is now minus start while running', () => {
    const c = startClock(10_000);
    expect(elapsedMs(c, 10_000)).toBe(0);
    expect(elapsedMs(c, 75_000)).toBe(65_000);
  });

  it('stands still while paused and subtracts the pause after resuming', () => {
    let c = startClock(0);
    c = pauseClock(c, 30_000);
    expect(elapsedMs(c, 30_000)).toBe(30_000);
    expect(elapsedMs(c, 90_000)).toBe(30_000);
    c = resumeClock(c, 90_000);
    expect(elapsedMs(c, 100_000)).toBe(40_000);
    c = pauseClock(c, 110_000);
    c = resumeClock(c, 170_000);
    expect(elapsedMs(c, 180_000)).toBe(60_000);
  });

  it('ignores a double pause or a resume while running', () => {
    const c = pauseClock(startClock(0), 5_000);
    expect(pauseClock(c, 9_000)).toBe(c);
    const running = startClock(0);
    expect(resumeClock(running, 9_000)).toBe(running);
  });

  it('gives the same reading however often it is asked (no drift)', () => {
    const c = resumeClock(pauseClock(startClock(1_000), 61_000), 121_000);
    const readings = Array.from({ length: 1000 }, () => elapsedMs(c, 181_000));
    expect(new Set(readings)).toEqual(new Set([120_000]));
  });
});

describe('countdown', () => {
  it.each([
    [30 * 60_000, 10 * 60_000, { remainingMs: 20 * 60_000, overtimeMs: 0, overtime: false }],
    [30 * 60_000, 30 * 60_000, { remainingMs: 0, overtimeMs: 0, overtime: false }],
    [30 * 60_000, 31 * 60_000, { remainingMs: 0, overtimeMs: 60_000, overtime: true }],
  ])('limit %i, elapsed %i', (limit, elapsed, expected) => {
    expect(countdown(limit, elapsed)).toEqual(expected);
  });
});

describe('answer band', () => {
  it.each([
    [0, 'calm'],
    [120_000, 'calm'],
    [120_001, 'amber'],
    [180_000, 'amber'],
    [180_001, 'red'],
  ] as const)('%i ms is %s with a 2–3 minute band', (elapsed, band) => {
    expect(answerBand(elapsed, 120_000, 180_000)).toBe(band);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [65_000, '1:05'],
    [3_723_000, '1:02:03'],
    [-5_000, '0:05'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
