export interface JsonErrorLocation {
  offset: number;
  line: number;
  column: number;
  /** True when the text stops before the data is complete (a cut-off file). */
  atEnd: boolean;
  problem: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

const MAX_NESTING = 10_000;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds the first place where `text` stops being JSON. Engines word JSON.parse errors differently
 * and some give no position at all, so the location is worked out here rather than read from the
 * engine's message. Returns null when the text is valid JSON.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0;
  const ch = () => text[i];
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  function fail(problem: string): never {
    throw new Stop(i, i >= text.length ? 'the file ends here' : problem);
  }
  const describe = (c: string | undefined) =>
    c === undefined ? 'the end' : `"${c === '\n' ? '\\n' : c}"`;

  const string = () => {
    i++; // opening quote
    for (;;) {
      const c = ch();
      if (c === undefined) fail('');
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) {
          i++;
          fail('');
        }
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail('a \\u escape needs four hex digits');
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e as string)) i += 2;
        else {
          i++;
          fail(`unknown escape \\${e as string}`);
        }
      } else if (c.charCodeAt(0) < 0x20) fail('a line break or control character inside text');
      else i++;
    }
  };

  const value = (depth: number) => {
    if (depth > MAX_NESTING) fail('the data is nested too deeply');
    skipSpace();
    const c = ch();
    if (c === '{') {
      i++;
      skipSpace();
      if (ch() === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (ch() !== '"')
          fail(`expected a property name in double quotes, found ${describe(ch())}`);
        string();
        skipSpace();
        if (ch() !== ':') fail(`expected ":", found ${describe(ch())}`);
        i++;
        value(depth + 1);
        skipSpace();
        if (ch() === ',') {
          i++;
          continue;
        }
        if (ch() === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}", found ${describe(ch())}`);
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (ch() === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skipSpace();
        if (ch() === ',') {
          i++;
          continue;
        }
        if (ch() === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]", found ${describe(ch())}`);
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
      // A word cut off by the end of the file is a truncation, not a typo.
      if (word.startsWith(text.slice(i)) && i < text.length) {
        i = text.length;
        fail('');
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return;
    }
    if (c === '-' && i + 1 >= text.length) {
      i++;
      fail('');
    }
    fail(`expected a value, found ${describe(c)}`);
  };

  try {
    value(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(ch())} after the end of the data`);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return {
      ...lineColumn(text, e.offset),
      offset: e.offset,
      atEnd: e.offset >= text.length,
      problem: e.problem,
    };
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
