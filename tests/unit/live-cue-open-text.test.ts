import { describe, expect, it } from 'vitest';
import { CaptionTracker } from '../../lib/captions/caption-tracker';
import type { Utterance } from '../../lib/captions/utterance-schema';
import { mergeUtterance } from '../../lib/live/utterance-log';
import { answerSignals } from '../../lib/signals/answer-signals';
import { liveCue } from '../../lib/signals/live-cue';

const values = [{ id: 'judgment', name: 'Judgment' }];
const S = 1000;
const START = 5_000_000;

/**
 * An unbroken answer: captions grow by one phrase every 1.5 s and never pause, so the platform
 * never settles the block. Hedges fall at the given phrase numbers.
 */
function playUnbrokenAnswer(hedgeAt: readonly number[], phrases: number, includeOpen: boolean) {
  let log: ReadonlyMap<string, Utterance> = new Map();
  const tracker = new CaptionTracker({
    onUtterance: (u) => (log = mergeUtterance(log, u)),
    isSelf: () => true,
  });
  const parts: string[] = [];
  const seen: { at: number; cue: string | null; hedgeCount: number }[] = [];
  for (let i = 1; i <= phrases; i++) {
    parts.push(hedgeAt.includes(i) ? 'and maybe we could wait' : `we moved step ${i} forward`);
    const at = START + i * 1_500;
    tracker.update([{ speaker: 'You', text: `${parts.join(', ')}.` }], at);
    tracker.tick(at);
    const signals = answerSignals({
      utterances: [...log.values()],
      values,
      answerStart: START,
      now: at,
      includeOpen,
    });
    const cue = liveCue({
      signals,
      answerElapsedMs: at - START,
      targetMs: 120 * S,
      maxMs: 180 * S,
    });
    seen.push({ at: at - START, cue: cue?.id ?? null, hedgeCount: signals.hedgeCount });
  }
  return seen;
}

describe('live cues on text still being recognised', () => {
  it('shows the hedging cue within 10 s of the third hedge of an unbroken answer', () => {
    const seen = playUnbrokenAnswer([4, 12, 20], 40, true);
    const thirdHedgeAt = 20 * 1_500;
    const first = seen.find((s) => s.cue === 'hedging');
    expect(first).toBeDefined();
    expect(first!.at).toBeGreaterThanOrEqual(thirdHedgeAt);
    expect(first!.at - thirdHedgeAt).toBeLessThanOrEqual(10 * S);
    // Nothing before the third hedge: two hedges are not a run.
    expect(seen.filter((s) => s.at < thirdHedgeAt).every((s) => s.cue === null)).toBe(true);
  });

  it('counts each hedge once however often its caption is revised', () => {
    const seen = playUnbrokenAnswer([4, 12, 20], 40, true);
    // Each revision re-sends the whole open text; the count follows the words, not the messages.
    expect(seen.map((s) => s.hedgeCount).at(-1)).toBe(3);
    expect(seen.find((s) => s.at === 12 * 1_500)?.hedgeCount).toBe(2);
  });

  it('settled text alone would leave the candidate without a cue for the whole answer', () => {
    const seen = playUnbrokenAnswer([4, 12, 20], 40, false);
    expect(seen.every((s) => s.cue === null)).toBe(true);
  });
});
