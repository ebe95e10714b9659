import { expect, it } from 'vitest';
import { addDays, daysBetween, isValidDay } from '../../lib/plan/day-math';

it('knows calendar days, years under 100 included, and counts days across them', () => {
  expect(isValidDay('2026-02-28')).toBe(true);
  expect(isValidDay('2026-02-31')).toBe(false);
  expect(isValidDay('2026-13-01')).toBe(false);
  // A date field gives "0024-05-01" for a year typed as "24"; it is a day (of the year 24).
  expect(isValidDay('0024-05-01')).toBe(true);
  expect(addDays('0024-12-31', 1)).toBe('0025-01-01');
  expect(daysBetween('2026-12-01', '2027-01-01')).toBe(31);
  expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
});
