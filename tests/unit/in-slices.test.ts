import { afterEach, describe, expect, it, vi } from 'vitest';
import { inSlices } from '../../lib/async/in-slices';

afterEach(() => vi.useRealTimers());

describe('inSlices', () => {
  it('calls the work once per task, each with a deadline ahead, until it is done', () => {
    vi.useFakeTimers();
    const deadlines: number[] = [];
    const left = [false, false, true];
    inSlices((deadline) => {
      deadlines.push(deadline - performance.now());
      return left.shift()!;
    }, 5);
    // Nothing runs in the caller's own task.
    expect(deadlines).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(deadlines).toHaveLength(1);
    vi.runAllTimers();
    expect(deadlines).toHaveLength(3);
    for (const ahead of deadlines) expect(ahead).toBeCloseTo(5, 0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops between slices when told to', () => {
    vi.useFakeTimers();
    let calls = 0;
    const stop = inSlices(() => {
      calls++;
      return false;
    });
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(calls).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
