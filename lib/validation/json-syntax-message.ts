interface JsonSyntaxPlace {
  line: number;
  column: number;
  problem: string;
}

/**
 * The one wording for text that is not JSON, used by backups and framework packs alike:
 * "not valid JSON at line 3, column 22: expected a property name in double quotes, found ",""
 * (without a place when none is known). Callers put their own subject in front.
 */
export function jsonSyntaxMessage(at: JsonSyntaxPlace | null): string {
  return at
    ? `not valid JSON at line ${at.line}, column ${at.column}: ${at.problem}`
    : 'not valid JSON';
}
