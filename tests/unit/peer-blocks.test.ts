import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBlocks, encodePlanPart, encodeVote } from '../../lib/peer/block-codec';
import {
  OVERALL_VOTES,
  PEER_LIMITS,
  type PlanPart,
  type SealedVote,
} from '../../lib/peer/peer-schema';

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const textArb = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const nameArb = fc
  .string({ minLength: 1, maxLength: PEER_LIMITS.name, unit: 'grapheme' })
  .filter(
    (s) => s.trim().length > 0 && s.trim().length === s.length && s.length <= PEER_LIMITS.name,
  );

const voteArb: fc.Arbitrary<SealedVote> = fc.record({
  loopId: idArb,
  interviewNo: fc.integer({ min: 1, max: PEER_LIMITS.interviews }),
  revision: fc.integer({ min: 1, max: 99 }),
  interviewer: nameArb,
  frameworkId: idArb,
  values: fc.array(
    fc.record({
      valueId: idArb,
      score: fc.integer({ min: 1, max: 4 }),
      evidence: textArb(PEER_LIMITS.evidence).filter((s) => s.length <= PEER_LIMITS.evidence),
    }),
    { minLength: 1, maxLength: PEER_LIMITS.values },
  ),
  overall: fc.constantFrom(...OVERALL_VOTES),
  rationale: textArb(PEER_LIMITS.rationale).filter((s) => s.length <= PEER_LIMITS.rationale),
  sealedAt: fc.integer({ min: 0, max: 4_000_000_000 }),
});

/** Any character, weighted towards the ones a block is made of. */
const charArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
  fc.constantFrom('[', ']', ' ', '\n', 'A', 'a', 'z', '0', '9', '-', '_', 'L'),
);

const sampleVote: SealedVote = {
  loopId: 'k3x9a0qz',
  interviewNo: 2,
  revision: 1,
  interviewer: 'Priya',
  frameworkId: 'netflix-values',
  values: [
    {
      valueId: 'judgment',
      score: 3,
      evidence: 'Named the trade-off and why she chose speed over polish.',
    },
    { valueId: 'communication', score: 2, evidence: 'Rambled before getting to the result.' },
  ],
  overall: 'hire',
  rationale: 'Sound calls, clear ownership; would want crisper answers.',
  sealedAt: 1_790_000_000,
};

const samplePlan: PlanPart = {
  loopId: 'k3x9a0qz',
  loopName: 'Netflix onsite practice',
  candidate: 'Sam',
  frameworkId: 'netflix-values',
  frameworkName: 'Netflix interview values',
  interviewNo: 1,
  interviewCount: 4,
  interviewer: 'Priya',
  values: [
    { id: 'judgment', name: 'Judgment' },
    { id: 'communication', name: 'Communication' },
  ],
  minutes: 45,
  day: 1,
};

/** Nothing got through and at least one located message says why. */
function expectRefused(text: string) {
  const r = decodeBlocks(text);
  expect(r.blocks).toEqual([]);
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems)
    expect(p.message).toMatch(/Block \d+ \(line \d+\)|No Loopside block|Nothing was pasted/);
}

describe('vote and plan blocks', () => {
  it('encode → decode is the identity for random votes', () => {
    fc.assert(
      fc.property(voteArb, (vote) => {
        const r = decodeBlocks(encodeVote(vote));
        expect(r.problems).toEqual([]);
        expect(r.blocks).toHaveLength(1);
        expect(r.blocks[0]).toMatchObject({ kind: 'vote', vote });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses any single-character change with a located message', () => {
    fc.assert(
      fc.property(voteArb, fc.nat(), charArb, (vote, at, ch) => {
        const block = encodeVote(vote);
        const i = at % block.length;
        fc.pre(block[i] !== ch);
        // One space for another (a line break where a space was) is how chats wrap, not a change.
        fc.pre(!(/\s/.test(block[i]!) && /\s/.test(ch)));
        expectRefused(block.slice(0, i) + ch + block.slice(i + 1));
      }),
      { numRuns: 400 },
    );
  });

  it('reads a block a chat wrapped, with line breaks or spaces inside its code', () => {
    fc.assert(
      fc.property(
        voteArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('\n', ' ', '\r\n', '\n  '),
        (vote, cuts, gap) => {
          const block = encodeVote(vote);
          const [head, code] = [
            block.slice(0, block.lastIndexOf(' ')),
            block.slice(block.lastIndexOf(' ')),
          ];
          const start = head.indexOf(' ', head.indexOf(' ', head.indexOf(' ') + 1) + 1) + 1;
          const at = [
            ...new Set(cuts.map((c) => start + 1 + (c % (head.length - start - 1)))),
          ].sort((a, b) => b - a);
          let wrapped = head;
          for (const i of at) wrapped = wrapped.slice(0, i) + gap + wrapped.slice(i);
          const r = decodeBlocks(`Priya: ${wrapped}${code}`);
          expect(r.problems).toEqual([]);
          expect(r.blocks).toHaveLength(1);
          const got = r.blocks[0]!;
          const whole = decodeBlocks(block).blocks[0];
          expect(got.kind === 'vote' ? got.vote : null).toEqual(
            whole?.kind === 'vote' ? whole.vote : undefined,
          );
          // The block is kept as it was made, not as the chat broke it.
          expect(got.text).toBe(block);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses every truncation', () => {
    fc.assert(
      fc.property(voteArb, fc.nat(), (vote, at) => {
        const block = encodeVote(vote);
        const cut = at % block.length;
        expectRefused(block.slice(0, cut));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a block pasted twice, naming the repeat', () => {
    fc.assert(
      fc.property(voteArb, fc.constantFrom(' ', '\n', '\nPriya 10:02: '), (vote, sep) => {
        const block = encodeVote(vote);
        const r = decodeBlocks(block + sep + block);
        expect(r.problems.map((p) => p.message)).toEqual([
          expect.stringMatching(/^Block 2 \(line \d+\) repeats block 1/),
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a five-value vote at the longest allowed texts under 1,500 characters', () => {
    const long: SealedVote = {
      ...sampleVote,
      interviewer: 'x'.repeat(PEER_LIMITS.name),
      values: ['judgment', 'communication', 'selflessness', 'inclusion', 'integrity'].map((id) => ({
        valueId: id,
        score: 4,
        evidence: 'e'.repeat(PEER_LIMITS.evidence),
      })),
      rationale: 'r'.repeat(PEER_LIMITS.rationale),
    };
    expect(encodeVote(long).length).toBeLessThan(1500);
    expect(encodeVote(sampleVote).length).toBeLessThan(600);
  });

  it('finds several blocks inside a chat transcript and says which one is bad', () => {
    const good = encodeVote(sampleVote);
    const other = encodeVote({ ...sampleVote, interviewNo: 3, interviewer: 'Jo' });
    const edited = other.replace('vote 1 ', 'vote 1 A');
    const chat = [
      '10:01 Priya: here is my vote',
      `10:01 Priya: ${good}`,
      '10:03 Jo: and mine',
      `10:03 Jo: ${edited}`,
      `10:04 Sam: thanks! ${encodePlanPart(samplePlan).slice(0, 60)}`,
    ].join('\n');
    const r = decodeBlocks(chat);
    expect(r.blocks.map((b) => b.kind === 'vote' && b.vote.interviewer)).toEqual(['Priya']);
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Block 2 \(line 4\): .*(changed|damaged)/),
      expect.stringMatching(/^Block 3 \(line 5\): it is cut off/),
    ]);
  });

  it('decodes a plan part and tells a plan from a vote', () => {
    const r = decodeBlocks(`Your part: ${encodePlanPart(samplePlan)}`);
    expect(r.blocks).toEqual([expect.objectContaining({ kind: 'plan', plan: samplePlan })]);
  });

  it('says when nothing looks like a block', () => {
    expect(decodeBlocks('hello there').problems[0]?.message).toMatch(/No Loopside block found/);
    expect(decodeBlocks('   ').problems[0]?.message).toBe('Nothing was pasted.');
  });
});
