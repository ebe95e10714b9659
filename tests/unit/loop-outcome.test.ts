import { describe, expect, it } from 'vitest';
import { LOOP_RULE, loopOutcome, VERDICT_ORDER } from '../../lib/peer/loop-outcome';
import { OVERALL_VOTES, type OverallVote } from '../../lib/peer/peer-schema';

/** Every way `n` votes can split across the four overall votes (counts, not orders). */
function splits(n: number): Record<OverallVote, number>[] {
  const out: Record<OverallVote, number>[] = [];
  for (let sh = 0; sh <= n; sh++)
    for (let h = 0; h <= n - sh; h++)
      for (let nh = 0; nh <= n - sh - h; nh++)
        out.push({ 'strong-hire': sh, hire: h, 'no-hire': nh, 'strong-no-hire': n - sh - h - nh });
  return out;
}

function votesOf(split: Record<OverallVote, number>): OverallVote[] {
  return OVERALL_VOTES.flatMap((v) => Array<OverallVote>(split[v]).fill(v));
}

const rank = (v: OverallVote[]) => VERDICT_ORDER.indexOf(loopOutcome(v)!.verdict);

describe('loop outcome', () => {
  it('has 35 splits of four votes and 56 of five', () => {
    expect(splits(4)).toHaveLength(35);
    expect(splits(5)).toHaveLength(56);
  });

  for (const n of [4, 5]) {
    describe(`every split of ${n} votes`, () => {
      for (const split of splits(n)) {
        const votes = votesOf(split);
        const skeptics = split['no-hire'] + split['strong-no-hire'];
        const name = OVERALL_VOTES.map((v) => `${split[v]} ${v}`).join(', ');
        it(name, () => {
          const o = loopOutcome(votes)!;
          expect(o.counts).toEqual(split);
          if (skeptics >= 2) expect(o.verdict).toBe('no-hire');
          else if (split['strong-no-hire'] === 1) expect(o.verdict).toBe('leaning-no-hire');
          else if (skeptics === 1)
            expect(o.verdict).toBe(split['strong-hire'] > 0 ? 'leaning-hire' : 'borderline');
          else expect(o.verdict).toBe('hire');
          // The order votes arrive in never matters.
          expect(loopOutcome([...votes].reverse())!.verdict).toBe(o.verdict);
          // Making any one vote kinder never makes the outcome worse.
          votes.forEach((v, i) => {
            const better = OVERALL_VOTES[Math.max(0, OVERALL_VOTES.indexOf(v) - 1)]!;
            const kinder = votes.map((x, j) => (j === i ? better : x));
            expect(rank(kinder)).toBeGreaterThanOrEqual(rank(votes));
          });
          expect(o.reason.length).toBeGreaterThan(10);
        });
      }
    });
  }

  it('does not let one strong advocate outweigh two skeptics', () => {
    const o = loopOutcome(['strong-hire', 'strong-hire', 'no-hire', 'no-hire'])!;
    expect(o.verdict).toBe('no-hire');
    expect(o.reason).toMatch(/2 strong advocates do not outweigh/);
  });

  it('has no outcome without votes and spells its rule out', () => {
    expect(loopOutcome([])).toBeNull();
    expect(LOOP_RULE.join(' ')).toMatch(/two skeptics/);
  });
});
