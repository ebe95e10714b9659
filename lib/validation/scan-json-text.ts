import { formatPath } from '../backup/format-path';

type JsonTextProblemKind = 'syntax' | 'end' | 'depth' | 'duplicate-key' | 'overflow' | 'count';

export interface JsonTextProblem {
  kind: JsonTextProblemKind;
  offset: number;
  line: number;
  column: number;
  /** Where in the data, e.g. `tables.stories[3].title`; empty at the top level. */
  path: string;
  problem: string;
}

interface JsonTextLimits {
  /** Containers nested deeper than this are refused (the top-level object is depth 0). */
  maxDepth?: number;
  /** Values (of any kind) in the whole text. */
  maxValues?: number;
  /** JSON.parse keeps the last of two equal keys without a word; report them instead. */
  duplicateKeys?: boolean;
  /**
   * JSON.parse turns 1e400 into Infinity (which JSON.stringify later writes as null) and 1e-400
   * into 0; report both instead.
   */
  overflow?: boolean;
}

interface Frame {
  object: boolean;
  openedAt: number;
  keys: Set<string> | null;
  key: string | number;
}

const WANT_VALUE = 0;
const AFTER_VALUE = 1;
const WANT_KEY = 2;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
// eslint-disable-next-line no-control-regex -- control characters are what ends a run of text
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const SPACE = /[ \t\n\r]*/y;

class Stop {
  constructor(
    readonly kind: JsonTextProblemKind,
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/**
 * One pass over JSON text, without recursion and before JSON.parse, that finds the first place
 * the text is not JSON or is JSON a backup must not be: nested too deep, a key given twice, a
 * number too large to hold. Nothing here grows the call stack, so a file of a million unclosed
 * brackets is answered as quickly as a good one. Returns null when the text passes.
 */
export function scanJsonText(text: string, limits: JsonTextLimits = {}): JsonTextProblem | null {
  const maxDepth = limits.maxDepth ?? Infinity;
  const maxValues = limits.maxValues ?? Infinity;
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  let values = 0;
  let state = WANT_VALUE;

  const describe = (at: number) => {
    if (at >= n) return 'the end';
    const c = text[at] as string;
    if (c === '\n') return '"\\n"';
    const code = c.charCodeAt(0);
    // An invisible character would show as nothing at all; name it by its code instead.
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && /[\s\p{C}]/u.test(c))) {
      return `an invisible character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    }
    return `"${c}"`;
  };
  const stop = (kind: JsonTextProblemKind, problem: string, at = i): never => {
    throw new Stop(at >= n && kind === 'syntax' ? 'end' : kind, at, problem);
  };
  const skipSpace = () => {
    SPACE.lastIndex = i;
    i += (SPACE.exec(text) as RegExpExecArray)[0].length;
  };
  /** Reads a string starting at its opening quote; returns where its contents end. */
  const readString = (): number => {
    i++;
    for (;;) {
      // Plain characters in one native regex step: a 50 MB file is mostly text.
      PLAIN.lastIndex = i;
      i += (PLAIN.exec(text) as RegExpExecArray)[0].length;
      if (i >= n) stop('end', 'the file ends here');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return i - 1;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === undefined) stop('end', 'the file ends here', n);
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6)))
            stop('syntax', 'a \\u escape needs four hex digits', i + 2);
          i += 6;
        } else if ('"\\/bfnrt'.includes(e as string)) i += 2;
        else stop('syntax', `unknown escape \\${e as string}`, i + 1);
      } else if (c < 0x20) stop('syntax', 'a line break or control character inside text');
      else i++;
    }
  };
  const counted = () => {
    if (++values > maxValues) {
      stop('count', `the file holds more than ${maxValues.toLocaleString('en-US')} values`);
    }
  };
  const open = (object: boolean) => {
    if (stack.length >= maxDepth) {
      stop('depth', `the data is nested more than ${maxDepth} levels deep`);
    }
    counted();
    stack.push({
      object,
      openedAt: i,
      keys: object && limits.duplicateKeys ? new Set() : null,
      key: 0,
    });
    i++;
  };

  try {
    for (;;) {
      skipSpace();
      if (state === WANT_VALUE) {
        if (i >= n) stop('end', 'the file ends here');
        const c = text.charCodeAt(i);
        if (c === 123 /* { */ || c === 91 /* [ */) {
          const object = c === 123;
          open(object);
          skipSpace();
          if (text.charCodeAt(i) === (object ? 125 : 93)) {
            i++;
            stack.pop();
            state = AFTER_VALUE;
          } else state = object ? WANT_KEY : WANT_VALUE;
          continue;
        }
        counted();
        if (c === 34) readString();
        else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else if (text.startsWith('null', i)) i += 4;
        else {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m) {
            const rest = text.slice(i, i + 5);
            // A word or number cut off by the end of the file is a truncation, not a typo.
            if (
              ['true', 'false', 'null', '-'].some((w) => w.startsWith(rest) && i + rest.length >= n)
            ) {
              stop('end', 'the file ends here', n);
            }
            stop('syntax', `expected a value, found ${describe(i)}`);
          }
          const token = (m as RegExpExecArray)[0];
          if (
            limits.overflow &&
            Number(token) === 0 &&
            /[1-9]/.test(token.split(/[eE]/)[0] as string)
          ) {
            stop(
              'overflow',
              `the number ${shortToken(token)} is too small to store (it would become 0)`,
            );
          }
          if (limits.overflow && !Number.isFinite(Number(token))) {
            stop(
              'overflow',
              `the number ${shortToken(token)} is too large to store (it would come back as null)`,
            );
          }
          i += token.length;
        }
        state = AFTER_VALUE;
        continue;
      }
      const top = stack[stack.length - 1];
      if (state === AFTER_VALUE) {
        if (!top) {
          if (i < n) stop('syntax', `unexpected ${describe(i)} after the end of the data`);
          return null;
        }
        if (i >= n) stop('end', 'the file ends here');
        const c = text.charCodeAt(i);
        if (c === 44 /* , */) {
          i++;
          if (top.object) state = WANT_KEY;
          else {
            top.key = (top.key as number) + 1;
            state = WANT_VALUE;
          }
        } else if (c === (top.object ? 125 : 93)) {
          i++;
          stack.pop();
        } else if (c === 125 || c === 93) {
          const at = lineColumn(text, top.openedAt);
          stop(
            'syntax',
            `found ${describe(i)}, but the ${top.object ? 'object' : 'list'} opened at line ${at.line}, column ${at.column} closes with "${top.object ? '}' : ']'}"`,
          );
        } else stop('syntax', `expected "," or "${top.object ? '}' : ']'}", found ${describe(i)}`);
        continue;
      }
      // WANT_KEY
      if (i >= n) stop('end', 'the file ends here');
      if (text.charCodeAt(i) !== 34) {
        stop('syntax', `expected a property name in double quotes, found ${describe(i)}`);
      }
      const start = i;
      const end = readString();
      const frame = top as Frame;
      const raw = text.slice(start + 1, end);
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      if (frame.keys) {
        if (frame.keys.has(key)) {
          stop(
            'duplicate-key',
            `the key ${JSON.stringify(key)} appears twice in one object`,
            start,
          );
        }
        frame.keys.add(key);
      }
      frame.key = key;
      skipSpace();
      if (text.charCodeAt(i) !== 58 /* : */) stop('syntax', `expected ":", found ${describe(i)}`);
      i++;
      state = WANT_VALUE;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    // The path leads to the value being read; before a key is read, or when the key itself is
    // the problem, it stops at the object.
    const path = stack.map((f) => f.key);
    if (stack.length > 0 && (state === WANT_KEY || e.kind === 'duplicate-key')) path.pop();
    return {
      kind: e.kind,
      offset: e.offset,
      ...lineColumn(text, e.offset),
      path: formatPath(path),
      problem: e.problem,
    };
  }
}

const shortToken = (token: string) => (token.length > 24 ? `${token.slice(0, 20)}…` : token);

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
