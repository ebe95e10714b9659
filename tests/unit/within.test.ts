import { afterEach, describe, expect, it, vi } from 'vitest';
import { within } from '../../lib/async/within';

afterEach(() => {
  vi.useRealTimers();
});

describe('within: stop waiting after a while', () => {
  it('gives the value of work that settles in time', async () => {
    expect(await within(Promise.resolve('done'), 1_000)).toBe('done');
  });

  it('gives undefined once the time is up, and passes a rejection inside the time', async () => {
    vi.useFakeTimers();
    let answer: string | undefined = 'not yet';
    void within(new Promise<string>(() => {}), 200).then((v) => (answer = v));
    await vi.advanceTimersByTimeAsync(199);
    expect(answer).toBe('not yet');
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBeUndefined();
    vi.useRealTimers();
    await expect(within(Promise.reject(new Error('no')), 1_000)).rejects.toThrow('no');
  });
});
