import { idleClock, isPaused, pauseClock, resumeClock, startClock } from '../practice/round-clock';
import type { InterviewMarks, InterviewRun, VoteDraft } from './loop-schema';
import { PEER_LIMITS, type OverallVote, type PlanPart, type SealedVote } from './peer-schema';

const noMarks: InterviewMarks = {
  namedValue: false,
  measurableResult: false,
  reflection: false,
  hedged: false,
};

function emptyDraft(plan: PlanPart): VoteDraft {
  return {
    values: plan.values.map((v) => ({
      valueId: v.id,
      score: null,
      evidence: '',
      evidenceUpdatedAt: 0,
    })),
    overall: null,
    rationale: '',
    rationaleUpdatedAt: 0,
  };
}

export function newInterviewRun(plan: PlanPart, id: string, now: number): InterviewRun {
  return {
    id,
    plan,
    createdAt: now,
    status: 'ready',
    clock: idleClock,
    currentIndex: 0,
    answers: plan.values.map((v) => ({
      valueId: v.id,
      clock: idleClock,
      probesShown: [],
      marks: noMarks,
      notes: '',
      notesUpdatedAt: 0,
    })),
    draft: emptyDraft(plan),
    revision: 1,
    sealedVoteIds: [],
  };
}

function withAnswer(
  run: InterviewRun,
  index: number,
  change: (a: InterviewRun['answers'][number]) => InterviewRun['answers'][number],
): InterviewRun {
  const a = run.answers[index];
  if (!a) return run;
  const answers = run.answers.slice();
  answers[index] = change(a);
  return { ...run, answers };
}

export function startRun(run: InterviewRun, now: number): InterviewRun {
  if (run.status !== 'ready') return run;
  const started = { ...run, status: 'active' as const, clock: startClock(now) };
  return withAnswer(started, run.currentIndex, (a) => ({ ...a, clock: startClock(now) }));
}

/** Space: start, pause or resume; both clocks move together. */
export function toggleRun(run: InterviewRun, now: number): InterviewRun {
  if (run.status === 'ready') return startRun(run, now);
  if (run.status !== 'active') return run;
  const paused = isPaused(run.clock);
  const flip = (c: InterviewRun['clock']) => (paused ? resumeClock(c, now) : pauseClock(c, now));
  return withAnswer({ ...run, clock: flip(run.clock) }, run.currentIndex, (a) => ({
    ...a,
    clock: flip(a.clock),
  }));
}

/** Moves to the next value (the last one stays put); the new answer's clock starts now. */
export function nextValue(run: InterviewRun, now: number): InterviewRun {
  if (run.status !== 'active' || run.currentIndex >= run.answers.length - 1) return run;
  const paused = isPaused(run.clock);
  const closed = withAnswer(run, run.currentIndex, (a) => ({
    ...a,
    clock: pauseClock(a.clock, now),
  }));
  const index = run.currentIndex + 1;
  const fresh = paused ? { ...startClock(now), pausedAt: now } : startClock(now);
  return withAnswer({ ...closed, currentIndex: index }, index, (a) =>
    a.clock.startedAt === null
      ? { ...a, clock: fresh }
      : { ...a, clock: resumeClock(a.clock, now) },
  );
}

/** Shows the next follow-up of `probeIds` (the value's probes in order), if one is left. */
export function revealRunProbe(run: InterviewRun, probeIds: readonly string[]): InterviewRun {
  if (run.status !== 'active') return run;
  const a = run.answers[run.currentIndex];
  const next = probeIds.find((id) => !a?.probesShown.includes(id));
  if (!next) return run;
  return withAnswer(run, run.currentIndex, (x) => ({
    ...x,
    probesShown: [...x.probesShown, next],
  }));
}

export function setRunMarks(
  run: InterviewRun,
  index: number,
  marks: Partial<InterviewMarks>,
): InterviewRun {
  return withAnswer(run, index, (a) => ({ ...a, marks: { ...a.marks, ...marks } }));
}

export function setRunNotes(run: InterviewRun, index: number, notes: string, at: number) {
  return withAnswer(run, index, (a) =>
    at < a.notesUpdatedAt ? a : { ...a, notes, notesUpdatedAt: at },
  );
}

/** Opens the vote form; the clocks stop, since the interview is over. */
export function openVoting(run: InterviewRun, now: number): InterviewRun {
  if (run.status !== 'active' && run.status !== 'ready') return run;
  const stopped = withAnswer(run, run.currentIndex, (a) => ({
    ...a,
    clock: pauseClock(a.clock, now),
  }));
  return { ...stopped, status: 'voting', clock: pauseClock(run.clock, now) };
}

/**
 * Back from the vote form to the questions, clocks still paused; to the unstarted interview when
 * the vote was opened before Start (so a Vote clicked too early never leaves the form as the only
 * way on).
 */
export function backToInterview(run: InterviewRun): InterviewRun {
  if (run.status !== 'voting') return run;
  return { ...run, status: run.clock.startedAt === null ? 'ready' : 'active' };
}

function setDraft(run: InterviewRun, draft: Partial<VoteDraft>): InterviewRun {
  if (run.status !== 'voting') return run;
  return { ...run, draft: { ...run.draft, ...draft } };
}

export function setDraftScore(run: InterviewRun, valueId: string, score: number | null) {
  return setDraft(run, {
    values: run.draft.values.map((v) => (v.valueId === valueId ? { ...v, score } : v)),
  });
}

export function setDraftEvidence(run: InterviewRun, valueId: string, evidence: string, at: number) {
  return setDraft(run, {
    values: run.draft.values.map((v) =>
      v.valueId === valueId && at >= v.evidenceUpdatedAt
        ? { ...v, evidence: evidence.slice(0, PEER_LIMITS.evidence), evidenceUpdatedAt: at }
        : v,
    ),
  });
}

export function setDraftOverall(run: InterviewRun, overall: OverallVote) {
  return setDraft(run, { overall });
}

export function setDraftRationale(run: InterviewRun, rationale: string, at: number) {
  if (at < run.draft.rationaleUpdatedAt) return run;
  return setDraft(run, {
    rationale: rationale.slice(0, PEER_LIMITS.rationale),
    rationaleUpdatedAt: at,
  });
}

/** Why the draft cannot be sealed yet, naming each gap; empty when it can. */
export function sealProblems(run: InterviewRun): string[] {
  const name = (id: string) => run.plan.values.find((v) => v.id === id)?.name ?? id;
  const problems: string[] = [];
  const scored = run.draft.values.filter((v) => v.score !== null);
  if (scored.length === 0) problems.push('Score at least one value from 1 to 4.');
  for (const v of run.draft.values) {
    if (v.score !== null && v.evidence.trim() === '') {
      problems.push(`Write one line of evidence for ${name(v.valueId)}.`);
    }
    if (v.score === null && v.evidence.trim() !== '') {
      problems.push(`Give ${name(v.valueId)} a score, or clear its evidence.`);
    }
  }
  if (!run.draft.overall) problems.push('Choose an overall vote.');
  if (run.draft.rationale.trim() === '') problems.push('Write a rationale for your overall vote.');
  return problems;
}

export function voteIdOf(v: Pick<SealedVote, 'loopId' | 'interviewNo' | 'revision'>): string {
  return `${v.loopId}-${v.interviewNo}-${v.revision}`;
}

/** The sealed vote from a complete draft; the run is then closed until a replacement is begun. */
export function sealRun(
  run: InterviewRun,
  now: number,
): { run: InterviewRun; vote: SealedVote } | null {
  if (run.status !== 'voting' || sealProblems(run).length > 0 || !run.draft.overall) return null;
  const vote: SealedVote = {
    loopId: run.plan.loopId,
    interviewNo: run.plan.interviewNo,
    revision: run.revision,
    interviewer: run.plan.interviewer,
    frameworkId: run.plan.frameworkId,
    values: run.draft.values.flatMap((v) =>
      v.score === null ? [] : [{ valueId: v.valueId, score: v.score, evidence: v.evidence.trim() }],
    ),
    overall: run.draft.overall,
    rationale: run.draft.rationale.trim(),
    sealedAt: Math.floor(now / 1000),
  };
  return {
    vote,
    run: { ...run, status: 'sealed', sealedVoteIds: [...run.sealedVoteIds, voteIdOf(vote)] },
  };
}

/** A sealed vote is never edited: a replacement starts from it and seals as the next revision. */
export function beginReplacement(run: InterviewRun): InterviewRun {
  if (run.status !== 'sealed') return run;
  return { ...run, status: 'voting', revision: run.revision + 1 };
}

/**
 * A replacement begun by mistake: the sealed vote stays the one that counts, and the draft goes
 * back to what was sealed (`sealed`, when known), so the next "Replace this vote" starts from it,
 * not from the abandoned edits. Its times are `now`, later than anything the abandoned edits
 * journalled, so those never come back either.
 */
export function keepSealedVote(
  run: InterviewRun,
  now: number,
  sealed?: Pick<SealedVote, 'values' | 'overall' | 'rationale'>,
): InterviewRun {
  if (run.status !== 'voting' || run.sealedVoteIds.length === 0) return run;
  const draft = sealed
    ? {
        values: run.draft.values.map((v) => {
          const voted = sealed.values.find((x) => x.valueId === v.valueId);
          return {
            ...v,
            score: voted?.score ?? null,
            evidence: voted?.evidence ?? '',
            evidenceUpdatedAt: now,
          };
        }),
        overall: sealed.overall,
        rationale: sealed.rationale,
        rationaleUpdatedAt: now,
      }
    : run.draft;
  return { ...run, status: 'sealed', revision: run.revision - 1, draft };
}
