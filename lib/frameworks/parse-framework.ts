import type * as z from 'zod/mini';
import { frameworkSchema, type Framework } from './framework-schema';
import { valueNameKey } from '../coverage/same-value-name';
import { jsonSyntaxMessage } from '../validation/json-syntax-message';
import { locateJsonError } from '../validation/locate-json-error';
import { kindOf, typeWord } from '../validation/value-kind';

export type ParseFrameworkResult =
  { ok: true; framework: Framework } | { ok: false; error: string };

const MAX_LISTED_PROBLEMS = 3;

/**
 * Validates a user-imported framework pack (a parsed object or raw JSON text). The error names
 * the field, e.g. `values[3].prompts: every value needs at least one prompt`, so the user can fix
 * the file without reading code.
 */
export function parseFramework(input: unknown): ParseFrameworkResult {
  let data = input;
  if (typeof input === 'string') {
    // Some editors save a byte-order mark, which JSON.parse refuses (backups allow it too).
    const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
    try {
      data = JSON.parse(text);
    } catch {
      const at = locateJsonError(text);
      return {
        ok: false,
        error: `the file is ${jsonSyntaxMessage(at)}`,
      };
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      error: 'a framework pack must be a JSON object with id, name, source, values and probes',
    };
  }
  const result = frameworkSchema.safeParse(data);
  if (result.success) {
    const twice = repeatedValueName(result.data);
    return twice ? { ok: false, error: twice } : { ok: true, framework: result.data };
  }
  const problems = result.error.issues.map((issue) => describeIssue(issue, data));
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return { ok: false, error: more > 0 ? `${shown} (and ${more} more)` : shown };
}

/**
 * Stories are tagged by a value's name, so a new pack may not name two values alike. Checked here,
 * where a pack comes in, not in the schema: a stored pack or an older backup stays readable.
 */
function repeatedValueName(f: Framework): string | null {
  const seen = new Set<string>();
  for (const [i, v] of f.values.entries()) {
    const key = valueNameKey(v.name);
    if (seen.has(key))
      return `values[${i}].name: value names must be unique: "${v.name}" is used twice`;
    seen.add(key);
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const where = formatPath(issue.path);
  return `${where || 'pack'}: ${describeMessage(issue, valueAt(data, issue.path))}`;
}

// zod leaves the offending input out of issues by default; look it up to say what was found.
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here = data;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeMessage(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === 'invalid_type') {
    if (found === undefined) return 'is missing';
    return `should be ${typeWord(issue.expected)}, not ${typeWord(kindOf(found))}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return `must be one of ${allowed}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `is too long (at most ${String(issue.maximum)} characters)`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') {
    return 'should be a date written YYYY-MM-DD';
  }
  return issue.message;
}
