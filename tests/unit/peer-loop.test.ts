import { describe, expect, it } from 'vitest';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { decodeBlocks, encodePlanPart, encodeVote } from '../../lib/peer/block-codec';
import { currentVotes, planVoteImport } from '../../lib/peer/import-votes';
import {
  backToInterview,
  beginReplacement,
  keepSealedVote,
  openVoting,
  sealProblems,
  sealRun,
  setDraftEvidence,
  setDraftOverall,
  setDraftRationale,
  setDraftScore,
  startRun,
} from '../../lib/peer/interview-run';
import { buildLoopReport, loopReportToMarkdown } from '../../lib/peer/loop-report';
import { planPartOf, planProblems, suggestInterviews } from '../../lib/peer/plan-loop';
import { sampleLoop, sampleRun, sampleVote, sampleVoteRow } from '../fixtures/peer-rows';

describe('planning a loop', () => {
  it('puts Judgment and Communication in every interview and deals out the rest', () => {
    const ivs = suggestInterviews(netflixValues, 4, 2);
    for (const iv of ivs) {
      expect(iv.values.map((v) => v.id)).toEqual(
        expect.arrayContaining(['judgment', 'communication']),
      );
    }
    const covered = new Set(ivs.flatMap((iv) => iv.values.map((v) => v.id)));
    expect(covered.size).toBe(netflixValues.values.length);
    expect(ivs.map((iv) => iv.day)).toEqual([1, 1, 2, 2]);
    expect(planProblems(netflixValues, ivs)).toEqual([]);
    const without = ivs.map((iv, i) =>
      i === 1 ? { ...iv, values: iv.values.filter((v) => v.id !== 'communication') } : iv,
    );
    expect(planProblems(netflixValues, without)).toEqual([
      'Interviewer 2 must ask about Communication: it comes up in every interview.',
    ]);
  });
});

describe('sealing a vote', () => {
  it('names what is missing, seals once, and a replacement is the next revision', () => {
    const loop = sampleLoop();
    let run = openVoting(startRun(sampleRun(loop, 1), 10), 20);
    expect(sealProblems(run)).toEqual([
      'Score at least one value from 1 to 4.',
      'Choose an overall vote.',
      'Write a rationale for your overall vote.',
    ]);
    run = setDraftScore(run, 'judgment', 3);
    expect(sealProblems(run)).toContain('Write one line of evidence for Judgment.');
    run = setDraftEvidence(run, 'judgment', 'Weighed both options.', 30);
    run = setDraftOverall(run, 'hire');
    run = setDraftRationale(run, 'Clear calls.', 31);
    const sealed = sealRun(run, 1_700_000_123_456)!;
    expect(sealed.vote).toMatchObject({
      revision: 1,
      overall: 'hire',
      values: [{ valueId: 'judgment', score: 3, evidence: 'Weighed both options.' }],
      sealedAt: 1_700_000_123,
    });
    // Sealed is final: the draft cannot change and sealing again does nothing.
    expect(setDraftScore(sealed.run, 'judgment', 1)).toBe(sealed.run);
    expect(sealRun(sealed.run, 1)).toBeNull();
    const again = sealRun(setDraftOverall(beginReplacement(sealed.run), 'no-hire'), 2)!;
    expect(again.vote.revision).toBe(2);
    expect(again.run.sealedVoteIds).toHaveLength(2);
    // A replacement begun by mistake can be left: the first vote stays the sealed one.
    const edited = setDraftRationale(
      setDraftOverall(beginReplacement(sealed.run), 'no-hire'),
      'Second thoughts',
      40,
    );
    const kept = keepSealedVote(edited, 50, sealed.vote);
    expect(kept).toMatchObject({ status: 'sealed', revision: 1 });
    expect(sealRun(openVoting(kept, 3), 4)).toBeNull();
    // The next replacement starts from the sealed vote, not the abandoned edits.
    expect(beginReplacement(kept).draft).toMatchObject({
      overall: 'hire',
      rationale: 'Clear calls.',
      rationaleUpdatedAt: 50,
    });
  });

  it('a vote opened before Start goes back to the unstarted interview', () => {
    const early = openVoting(sampleRun(sampleLoop(), 1), 5);
    expect(early.status).toBe('voting');
    expect(backToInterview(early).status).toBe('ready');
    const started = openVoting(startRun(sampleRun(sampleLoop(), 1), 10), 20);
    expect(backToInterview(started).status).toBe('active');
  });
});

describe('importing votes', () => {
  const loop = sampleLoop();
  const v1 = encodeVote(sampleVote(loop, 1, 'hire'));
  const v2 = encodeVote(sampleVote(loop, 2, 'no-hire'));

  it('stores nothing when one block is bad, unless only the valid ones are asked for', () => {
    const text = `${v1}\n${v2.slice(0, 40)}`;
    const all = planVoteImport(decodeBlocks(text), [loop], [], 5);
    expect(all.rows).toEqual([]);
    expect(all.good).toBe(1);
    expect(all.problems).toEqual([expect.stringMatching(/^Block 2 \(line 2\): it is cut off/)]);
    expect(planVoteImport(decodeBlocks(text), [loop], [], 5, true).rows).toHaveLength(1);
  });

  it('refuses plans, other loops and other frameworks; an imported vote twice is a note', () => {
    const plan = encodePlanPart(planPartOf(loop, 1)!);
    const other = encodeVote({ ...sampleVote(loop, 1, 'hire'), loopId: 'elsewhere' });
    const r = planVoteImport(decodeBlocks(`${plan}\n${other}`), [loop], [], 5);
    expect(r.problems).toEqual([
      expect.stringMatching(/Block 1 \(line 1\) is a loop plan, not a vote/),
      expect.stringMatching(
        /Block 2 \(line 2\) is a vote for a loop that is not in this workspace/,
      ),
    ]);
    const held = [sampleVoteRow(loop, 1, 'hire')];
    const twice = planVoteImport(decodeBlocks(v1), [loop], held, 5);
    expect(twice.rows).toEqual([]);
    expect(twice.problems).toEqual([]);
    expect(twice.notes[0]).toMatch(/already in — nothing changed/);
  });

  it('counts the highest revision as the vote of an interview', () => {
    const first = sampleVoteRow(loop, 1, 'hire');
    const replacement = { ...first, id: 'x', revision: 2, overall: 'no-hire' as const };
    expect(currentVotes([replacement, first]).get(1)?.overall).toBe('no-hire');
  });

  it('an earlier revision pasted after its replacement is kept, and the note says which counts', () => {
    const held = [{ ...sampleVoteRow(loop, 1, 'no-hire'), id: 'loop0001-1-2', revision: 2 }];
    const late = planVoteImport(decodeBlocks(v1), [loop], held, 5);
    expect(late.rows).toHaveLength(1);
    expect(late.notes).toEqual([
      "Priya's revision 1 is an earlier vote: kept, but revision 2 is the one that counts.",
    ]);
    // A paste refused for another block stores nothing, so it says nothing was kept.
    const refused = planVoteImport(decodeBlocks(`${v1}\n${v2.slice(0, 40)}`), [loop], held, 5);
    expect([refused.rows, refused.notes]).toEqual([[], []]);
    // The replacement arriving second is simply a new vote.
    expect(planVoteImport(decodeBlocks(v1), [loop], [], 5).notes).toEqual([]);
  });
});

describe('the loop report', () => {
  it('sets each value’s evidence beside the outcome and ranks the values to practise, leaving out strong ones', () => {
    const loop = sampleLoop();
    const votes = [sampleVoteRow(loop, 1, 'strong-hire'), sampleVoteRow(loop, 2, 'no-hire')];
    const report = buildLoopReport(loop, votes, []);
    expect(report.outcome?.verdict).toBe('leaning-hire');
    expect(report.values.map((v) => v.name)).toEqual([
      'Judgment',
      'Communication',
      'Courage',
      'Impact',
    ]);
    const judgment = report.values[0]!;
    expect(judgment.interviewers.map((e) => e.score)).toEqual([2, 3]);
    expect(judgment.mean).toBe(2.5);
    // Lowest first; Communication (3.5) and Courage (4) were strong, so they are not listed.
    expect(report.practiseNext.map((v) => [v.name, v.mean])).toEqual([
      ['Impact', 1],
      ['Judgment', 2.5],
    ]);
    const md = loopReportToMarkdown(report);
    expect(md).toContain('**Leaning hire**');
    expect(md).toContain(
      '- Priya (interview 1): 2/4 — Evidence for Judgment: named it, gave a number.',
    );
    expect(md).toContain('Your own view: no answer of yours recorded');
    expect(md).toContain("1. Impact — interviewers' mean 1/4");
    expect(md).not.toContain("Courage — interviewers' mean");

    const strong = votes.map((v) => ({
      ...v,
      values: v.values.map((x) => ({ ...x, score: 4 })),
    }));
    const all = buildLoopReport(loop, strong, []);
    expect(all.practiseNext).toEqual([]);
    expect(loopReportToMarkdown(all)).toContain(
      'Every value the interviewers scored averaged 3.5 or more: keep those stories warm.',
    );
  });
});
