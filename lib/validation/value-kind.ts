/** The JSON kind of a value, as a validation message names it. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // zod refuses Infinity as "a number"; saying "not a number" would contradict itself.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'infinite';
  return typeof value;
}

const words: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  undefined: 'missing',
  infinite: 'a number too large to store',
};

/** A kind in words a person reads ("text", "a list"), for messages about imported files. */
export function typeWord(kind: string): string {
  return words[kind] ?? kind;
}
