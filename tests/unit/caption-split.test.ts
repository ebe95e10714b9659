import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptionTracker, type CaptionBlock } from '../../lib/captions/caption-tracker';
import { SPLIT_TAIL_KEEP, splitPoint } from '../../lib/captions/split-point';
import { UTTERANCE_TEXT_MAX } from '../../lib/captions/utterance-limits';
import { utteranceSchema, type Utterance } from '../../lib/captions/utterance-schema';

/** Latest revision per id, in first-seen order: what a panel keeps. */
function latest(out: readonly Utterance[]): Utterance[] {
  const byId = new Map<string, Utterance>();
  for (const u of out) {
    const prev = byId.get(u.id);
    if (!prev || u.revision > prev.revision) byId.set(u.id, u);
  }
  return [...byId.values()];
}

const words = (text: string) => text.split(' ').filter((w) => w !== '');

/** One caption edit: words added at the end, or the last few words re-recognised. */
type Edit = { kind: 'append'; count: number } | { kind: 'rewrite'; last: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // From a word to several thousand characters at once (a caption area that caught up late).
  fc.record({ kind: fc.constant('append' as const), count: fc.integer({ min: 1, max: 900 }) }),
  fc.record({ kind: fc.constant('rewrite' as const), last: fc.integer({ min: 1, max: 4 }) }),
);

/**
 * Plays a growing caption block whose starting length sits anywhere around the split limit, then
 * applies random edits; returns what a panel would hold and the block's final text.
 */
function play(startWords: number, edits: readonly Edit[], keyed: boolean) {
  const out: Utterance[] = [];
  const tracker = new CaptionTracker({
    onUtterance: (u) => out.push(utteranceSchema.parse(u)),
    isSelf: () => true,
  });
  let n = 0;
  // Unique words (7–8 characters with the space) so any loss or repeat shows up in the comparison.
  const next = () => `w${String(++n).padStart(6, '0')}`;
  let spoken: string[] = Array.from({ length: startWords }, next);
  const key = keyed ? {} : undefined;
  let at = 1_000;
  const show = () => {
    const block: CaptionBlock = { speaker: 'You', text: spoken.join(' '), key };
    tracker.update([block], (at += 700));
  };
  show();
  for (const e of edits) {
    if (e.kind === 'append') spoken = [...spoken, ...Array.from({ length: e.count }, next)];
    // Re-recognising most of a short line reads as new speech (a reset), a separate rule.
    else if (spoken.length >= 20)
      spoken = [...spoken.slice(0, -e.last), ...Array.from({ length: e.last }, next)];
    show();
  }
  tracker.flush();
  return { held: latest(out), text: spoken.join(' ') };
}

describe('splitting a long caption block', () => {
  it('never loses, repeats or reorders a word, for any edit size and position around the limit', () => {
    const perWord = 8;
    const nearLimit = Math.floor(UTTERANCE_TEXT_MAX / perWord);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: nearLimit * 2 + 50 }),
        fc.array(edit, { minLength: 1, maxLength: 25 }),
        fc.boolean(),
        (startWords, edits, keyed) => {
          const { held, text } = play(startWords, edits, keyed);
          expect(held.every((u) => u.final)).toBe(true);
          expect(held.every((u) => u.text.length <= UTTERANCE_TEXT_MAX)).toBe(true);
          expect(words(held.map((u) => u.text).join(' '))).toEqual(words(text));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('keeps every word when starting right at each side of the limit', () => {
    for (const startWords of [2499, 2500, 2501]) {
      for (const count of [1, 2, 49, 50, 51, 400]) {
        const { held, text } = play(startWords, [{ kind: 'append', count }], true);
        expect(words(held.map((u) => u.text).join(' '))).toEqual(words(text));
      }
    }
  });

  it('cuts a text without spaces mid-word and keeps every character', () => {
    const out: Utterance[] = [];
    const tracker = new CaptionTracker({ onUtterance: (u) => out.push(utteranceSchema.parse(u)) });
    const blob = 'x'.repeat(UTTERANCE_TEXT_MAX * 2 + 123);
    tracker.update([{ speaker: 'You', text: blob.slice(0, 100) }], 1);
    tracker.update([{ speaker: 'You', text: blob }], 2);
    tracker.flush();
    expect(
      latest(out)
        .map((u) => u.text)
        .join(''),
    ).toBe(blob);
  });

  it('cuts at a space and leaves the newest words open for corrections', () => {
    const text = `${'abcd '.repeat(5_000)}end`;
    const cut = splitPoint(text, UTTERANCE_TEXT_MAX);
    expect(text[cut]).toBe(' ');
    expect(cut).toBeLessThanOrEqual(UTTERANCE_TEXT_MAX);
    expect(text.length - cut).toBeGreaterThanOrEqual(SPLIT_TAIL_KEEP);
  });

  it('lets a correction of the last words after a split change only the open utterance', () => {
    const out: Utterance[] = [];
    const tracker = new CaptionTracker({ onUtterance: (u) => out.push(u) });
    const base = Array.from({ length: 3_000 }, (_, i) => `word${i}`).join(' ');
    tracker.update([{ speaker: 'You', text: `${base} we shipped late` }], 1);
    tracker.update([{ speaker: 'You', text: `${base} we shipped it early` }], 2);
    tracker.flush();
    const held = latest(out);
    expect(held.length).toBe(2);
    expect(held[1]?.text.endsWith('we shipped it early')).toBe(true);
    expect(held.map((u) => u.text).join(' ')).toBe(`${base} we shipped it early`);
  });
});
