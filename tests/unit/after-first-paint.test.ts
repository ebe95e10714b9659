import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, resetFirstPaint } from '../../lib/browser/after-first-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  resetFirstPaint();
});

describe('afterFirstPaint', () => {
  it('waits for a frame, then lets that frame paint, and is the same wait for every caller', async () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => ((frame = cb), 1));
    const seen: string[] = [];
    void afterFirstPaint().then(() => seen.push('a'));
    void afterFirstPaint().then(() => seen.push('b'));
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toEqual([]);
    frame!();
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(['a', 'b']);
  });

  it('does not wait for ever where no frame comes (a background tab)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    let done = false;
    void afterFirstPaint(200).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
