import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDeltaDecoder,
  createDeltaEncoder,
  FULL_EVERY,
  type WireUtterance,
} from '../../lib/captions/caption-delta';
import { CaptionTracker } from '../../lib/captions/caption-tracker';
import type { Utterance } from '../../lib/captions/utterance-schema';
import { receiveMessage, type SenderInfo } from '../../lib/messaging';

const own = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const reader: SenderInfo = {
  id: own.id,
  url: 'https://meet.google.com/abc-defg-hij',
  tab: { id: 3, url: 'https://meet.google.com/abc-defg-hij' },
};

/** Sends through the real message check, as the panel receives it. */
function deliver(w: WireUtterance): WireUtterance {
  const got = receiveMessage({ type: 'captions/utterance', platform: 'meet', ...w }, reader, own);
  if (!got.ok || got.message.type !== 'captions/utterance') throw new Error('rejected');
  return got.message;
}

/** A monologue as the tracker emits it: growing text with the tail now and then re-recognised. */
function monologue(words: number, rewriteEvery = 7, every = 3): Utterance[] {
  const out: Utterance[] = [];
  const tracker = new CaptionTracker({ onUtterance: (u) => out.push(u), isSelf: () => true });
  const said: string[] = [];
  for (let i = 0; i < words; i++) {
    said.push(`word${i}`);
    if (i % rewriteEvery === 0 && said.length > 30) said[said.length - 2] = `fixed${i}`;
    if (i % every === 0)
      tracker.update([{ speaker: 'You', text: said.join(' ') }], 1_000 + i * 200);
  }
  tracker.flush();
  return out;
}

describe('caption updates carry only what changed', () => {
  it('rebuilds every revision of a 4,000-word monologue exactly, sending a fraction of the text', () => {
    const encode = createDeltaEncoder();
    const decode = createDeltaDecoder();
    const revisions = monologue(4_000, 7, 8);
    let sentChars = 0;
    let wholeChars = 0;
    let wrong = 0;
    for (const u of revisions) {
      const wire = deliver(encode(u));
      sentChars += wire.utterance.text.length;
      wholeChars += u.text.length;
      const got = decode(wire);
      if (got?.text !== u.text || got.revision !== u.revision || got.final !== u.final) wrong++;
    }
    expect(wrong).toBe(0);
    expect(revisions.length).toBeGreaterThan(500);
    // The whole text still goes now and then, so the total is bounded, not constant per update.
    expect(sentChars).toBeLessThan(wholeChars / 8);
  });

  it('always sends settled text whole', () => {
    const encode = createDeltaEncoder();
    const finals = monologue(500)
      .map((u) => encode(u))
      .filter((w) => w.utterance.final);
    expect(finals.length).toBeGreaterThan(0);
    expect(finals.every((w) => w.delta === undefined)).toBe(true);
  });

  it('a panel opened mid-answer skips deltas it cannot place and catches up on the next whole text', () => {
    const encode = createDeltaEncoder();
    const wires = monologue(900).map((u) => ({ u, w: deliver(encode(u)) }));
    const late = createDeltaDecoder();
    const joinAt = wires.findIndex(({ w }) => w.delta !== undefined && !w.utterance.final);
    const after = wires.slice(joinAt).map(({ u, w }) => ({ u, got: late(w) }));
    expect(after[0]?.got).toBeNull();
    const firstBack = after.findIndex(({ got }) => got !== null);
    expect(firstBack).toBeGreaterThan(0);
    expect(firstBack).toBeLessThanOrEqual(FULL_EVERY);
    for (const { u, got } of after.slice(firstBack)) expect(got).toEqual(u);
  });

  const small = monologue(600);
  it('drops a delta whose base revision is not the one held, never building wrong text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (skip) => {
        const encode = createDeltaEncoder();
        const decode = createDeltaDecoder();
        const revisions = small;
        revisions.forEach((u, i) => {
          const wire = deliver(encode(u));
          if (i === skip) return; // lost on the way
          const got = decode(wire);
          if (got !== null) expect(got).toEqual(u);
        });
      }),
      { numRuns: 15 },
    );
  });

  it('rejects a delta that claims an impossible offset', () => {
    const bad = {
      type: 'captions/utterance',
      platform: 'meet',
      utterance: {
        id: 'u1',
        revision: 3,
        speaker: 'You',
        isSelf: true,
        text: 'x',
        start: 1,
        end: 2,
        final: false,
      },
      delta: { from: 20_001, after: 2 },
    };
    expect(receiveMessage(bad, reader, own).ok).toBe(false);
  });
});
