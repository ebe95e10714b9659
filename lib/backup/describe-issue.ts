import type * as z from 'zod/mini';
import { formatPath } from './format-path';
import { tooLong } from './scan-json-tree';
import { kindOf, typeWord } from '../validation/value-kind';

/** Turns a zod issue into `tables.stories[3].title: expected text, not a number`. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = formatPath(issue.path) || 'the file';
  return `${where}: ${describeProblem(issue, valueAt(data, issue.path))}`;
}

// zod leaves the offending input out of its issues; look it up to say what was found.
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here = data;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    if (!Object.hasOwn(here, key)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

// zod's own wording (with or without a locale) starts like this; anything else was written by us.
const GENERIC_MESSAGE = /^(Invalid|Too (small|big))/;

function describeProblem(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code !== 'invalid_type' && !GENERIC_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return 'is missing';
      return `expected ${typeWord(issue.expected)}, not ${typeWord(kindOf(found))}`;
    case 'invalid_value':
      return `must be ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof found === 'string') {
        return tooLong(found.length, Number(issue.maximum));
      }
      if (issue.origin === 'array')
        return `has too many entries (at most ${String(issue.maximum)})`;
      return `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) === 1 ? 'must not be empty' : 'is too short';
      }
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} entries`;
      return `must be at least ${String(issue.minimum)}`;
    case 'invalid_format':
      if (issue.format === 'datetime')
        return 'expected a date and time such as 2025-01-31T09:30:00Z';
      if (issue.format === 'date') return 'expected a date written YYYY-MM-DD';
      return issue.message;
    default:
      return issue.message;
  }
}
