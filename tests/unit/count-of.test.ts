import { expect, it } from 'vitest';
import { countOf } from '../../lib/format/count-of';

it('puts the noun in the number the count needs', () => {
  expect(countOf(1, 'interview')).toBe('1 interview');
  expect(countOf(0, 'probe')).toBe('0 probes');
  expect(countOf(1200, 'story', 'stories')).toBe('1,200 stories');
});
