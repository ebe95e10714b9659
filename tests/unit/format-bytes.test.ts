import { describe, expect, it } from 'vitest';
import { formatByteCount, formatBytes } from '../../lib/format/format-bytes';
import { seededRandom } from '../../lib/random/seeded-random';

describe('formatBytes', () => {
  it('uses the unit a person would say', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50.0 MB');
    expect(formatBytes(50 * 1024 * 1024 + 1)).toBe('50.0 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });

  it('counts exact bytes with separators and the right plural', () => {
    expect(formatByteCount(1)).toBe('1 byte');
    expect(formatByteCount(52_428_801)).toBe('52,428,801 bytes');
  });
});

describe('seededRandom', () => {
  it('repeats from a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });
});
