import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../lib/captions/utterance-schema';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { answerSignals } from '../../lib/signals/answer-signals';
import { retokenize, tokenize } from '../../lib/signals/text-tokens';
import { createTokenCache } from '../../lib/signals/token-cache';

// Pieces chosen to hit what tokens depend on: apostrophes, sentence ends, commas and dashes,
// hedges, fillers, value names, STAR cues and numbers with units.
const PIECES = [
  'I',
  'we',
  'um',
  'like',
  'you know',
  "I'm not sure",
  'maybe',
  'judgment',
  'courage',
  'the result was',
  '40 percent',
  '3 weeks',
  "don't",
  'don’t',
  "'",
  ',',
  '.',
  '?',
  ' - ',
  '—',
  ' ',
  ' ',
  'a',
  'x',
  '9',
  'I learned',
];
const chunk = fc
  .array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 })
  .map((p) => p.join(''));

/** An edit: where (as a share of the length), how much to delete, what to insert. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat(12),
  ins: chunk,
});
type Edit = { at: number; del: number; ins: string };

function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.ins + text.slice(at + e.del);
}

describe('incremental tokens', () => {
  it('retokenizing from the changed tail equals tokenizing the whole text, over random edits', () => {
    fc.assert(
      fc.property(chunk, fc.array(edit, { maxLength: 30 }), (start, edits) => {
        let text = start;
        let tokens = tokenize([text]);
        for (const e of edits) {
          const next = applyEdit(text, e);
          tokens = retokenize({ text, tokens }, next);
          text = next;
          expect(tokens).toEqual(tokenize([text]));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a growing caption (appends, and revisions of its last words) stays equal too', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(8), chunk), { maxLength: 60 }), (steps) => {
        let text = '';
        let tokens = tokenize([text]);
        for (const [back, add] of steps) {
          const next = text.slice(0, Math.max(0, text.length - back)) + add;
          tokens = retokenize({ text, tokens }, next);
          text = next;
        }
        expect(tokens).toEqual(tokenize([text]));
      }),
      { numRuns: 300 },
    );
  });
});

const T0 = 1_700_000_000_000;

describe('incremental answer signals', () => {
  it('signals from cached, incrementally updated tokens equal a full recompute at every step', () => {
    const utteranceEdits = fc.array(
      fc.record({ which: fc.nat(3), e: edit, final: fc.boolean(), self: fc.boolean() }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(utteranceEdits, (steps) => {
        const cache = createTokenCache();
        const log = new Map<string, Utterance>();
        for (const { which, e, final, self } of steps) {
          const id = `u${which}`;
          const prev = log.get(id);
          log.set(id, {
            id,
            revision: (prev?.revision ?? 0) + 1,
            speaker: self ? 'You' : 'Sam',
            isSelf: self,
            text: applyEdit(prev?.text ?? '', e),
            start: T0 + which * 10_000,
            end: T0 + which * 10_000 + 9_000,
            final,
          });
          const input = {
            utterances: [...log.values()],
            values: netflixValues.values,
            answerStart: T0,
            now: T0 + 60_000,
            includeOpen: true,
          };
          expect(answerSignals({ ...input, tokens: cache })).toEqual(answerSignals(input));
          expect(answerSignals({ ...input, includeOpen: false, tokens: cache })).toEqual(
            answerSignals({ ...input, includeOpen: false }),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('forgets utterances it is told are gone', () => {
    const cache = createTokenCache();
    cache.tokensOf('a', 'one two');
    cache.tokensOf('b', 'three');
    cache.keepOnly(new Set(['b']));
    expect(cache.size).toBe(1);
  });
});
