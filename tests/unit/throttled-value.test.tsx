import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from '../../components/hooks/use-throttled-value.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => vi.useRealTimers());

describe('useThrottledValue', () => {
  it('shows the first change at once and the newest of a burst within the interval', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottledValue(v, 300), {
      initialProps: { v: 'a' },
    });
    rerender({ v: 'b' });
    act(() => vi.advanceTimersByTime(0));
    expect(result.current).toBe('b');
    for (const v of ['c', 'd', 'e']) {
      rerender({ v });
      act(() => vi.advanceTimersByTime(50));
    }
    expect(result.current).toBe('b');
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe('e');
  });
});
