/** The JSON kind of a value, as a validation message names it. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
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
};

/** A kind in words a person reads ("text", "a list"), for messages about imported files. */
export function typeWord(kind: string): string {
  return words[kind] ?? kind;
}
