import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../lib/validation/locate-json-error';
import { scanJsonText } from '../../lib/validation/scan-json-text';

const strict = { maxDepth: 40, duplicateKeys: true, overflow: true };

describe('the JSON text scan before parsing', () => {
  it('agrees with JSON.parse on any JSON value (nothing valid is refused)', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        expect(scanJsonText(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with JSON.parse on whether any text is JSON, and points inside the text', () => {
    const near = fc
      .tuple(
        fc.json({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', 'x', '\\'),
      )
      .map(([text, at, insert]) => {
        const k = at % (text.length + 1);
        return text.slice(0, k) + insert + text.slice(k + 1);
      });
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ maxLength: 30 })), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const found = scanJsonText(text);
        expect(found === null).toBe(parses);
        if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers a million unclosed brackets at once, without growing the stack', () => {
    const text = '['.repeat(1_000_000);
    expect(scanJsonText(text, strict)).toMatchObject({ kind: 'depth', line: 1, column: 41 });
    // With no depth limit the same text is simply cut off: still no recursion, still an answer.
    expect(locateJsonError(text)).toMatchObject({ atEnd: true });
    expect(locateJsonError('{"a":'.repeat(200_000))).toMatchObject({ atEnd: true });
  }, 30_000);

  it('names the bracket that closes the wrong thing', () => {
    expect(scanJsonText('{\n  "a": [1, 2}\n}')).toMatchObject({
      kind: 'syntax',
      line: 2,
      column: 13,
      path: 'a[1]',
      problem: 'found "}", but the list opened at line 2, column 8 closes with "]"',
    });
  });

  it('finds a key given twice, with its place', () => {
    const text = '{"tables": {"stories": [{"id": "a", "title": "x", "\\u0074itle": "y"}]}}';
    expect(scanJsonText(text, strict)).toMatchObject({
      kind: 'duplicate-key',
      path: 'tables.stories[0]',
      problem: 'the key "title" appears twice in one object',
    });
    expect(scanJsonText('{"a": {"b": 1}, "c": {"b": 2}}', strict)).toBeNull();
  });

  it('finds a number too large to store instead of letting it become Infinity', () => {
    expect(scanJsonText('{"minutes": [1, -1e400]}', strict)).toMatchObject({
      kind: 'overflow',
      path: 'minutes[1]',
      problem: 'the number -1e400 is too large to store (it would come back as null)',
    });
    expect(scanJsonText('{"tiny": 1e-400}', strict)?.problem).toBe(
      'the number 1e-400 is too small to store (it would become 0)',
    );
    expect(scanJsonText('{"zero": 0e-400, "small": 5e-324, "big": 1.7e308}', strict)).toBeNull();
  });

  it('names an invisible character by its code rather than showing nothing', () => {
    expect(scanJsonText('\u200B{}')?.problem).toBe(
      'expected a value, found an invisible character (U+200B)',
    );
  });

  it('counts values, so a file cannot hold more than a limit', () => {
    expect(scanJsonText(`[${'0,'.repeat(20)}0]`, { maxValues: 10 })).toMatchObject({
      kind: 'count',
    });
  });
});
