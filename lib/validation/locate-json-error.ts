import { scanJsonText } from './scan-json-text';

interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  /** True when the text stops before the data is complete (a cut-off file). */
  atEnd: boolean;
  problem: string;
}

/**
 * Finds the first place where `text` stops being JSON. Engines word JSON.parse errors differently
 * and some give no position at all, so the location is worked out here rather than read from the
 * engine's message. The scan is iterative, so no nesting can overflow the stack. Returns null when
 * the text is valid JSON.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const found = scanJsonText(text);
  if (!found) return null;
  return {
    offset: found.offset,
    line: found.line,
    column: found.column,
    atEnd: found.kind === 'end' || found.offset >= text.length,
    problem: found.problem,
  };
}
