import { useRef, useState, type ReactNode } from 'react';
import {
  backToInterview,
  keepSealedVote,
  beginReplacement,
  nextValue,
  openVoting,
  revealRunProbe,
  setDraftEvidence,
  setDraftOverall,
  setDraftRationale,
  setDraftScore,
  setRunMarks,
  setRunNotes,
  toggleRun,
} from '../../lib/peer/interview-run';
import { probesFor } from '../../lib/peer/interviewer-script';
import { useFrameworks } from '../hooks/use-frameworks';
import { useInterviewerKeys, type InterviewerKey } from '../hooks/use-interviewer-keys';
import { useNow } from '../hooks/use-now';
import { useInterviewRuns, useRunActions } from '../hooks/use-interview-runs';
import { useSealedHere } from '../hooks/use-sealed-here';
import { markLabels, RunQuestions } from './run-questions';
import type { InterviewMarks } from '../../lib/peer/loop-schema';

const markKeys: Partial<Record<InterviewerKey, keyof InterviewMarks>> = {
  'mark-named': 'namedValue',
  'mark-result': 'measurableResult',
  'mark-reflection': 'reflection',
  'mark-hedged': 'hedged',
};
import { EarlierVotes } from './earlier-votes';
import { PlanImport } from './plan-import';
import { SealedVoteCard } from './sealed-vote-card';
import { VoteForm } from './vote-form';

/**
 * The interviewer's own view. It reads only the plan part it was handed and its own runs and
 * votes: never the story bank, cue cards or caption signals of whoever owns this browser.
 */
export function InterviewerApp({ rolePicker }: { rolePicker: ReactNode }) {
  const runs = useInterviewRuns();
  const sealedHere = useSealedHere();
  const act = useRunActions();
  const { frameworks } = useFrameworks();
  const run = runs?.[0];
  const now = useNow(250, run?.status === 'active');
  const notesRef = useRef<HTMLTextAreaElement | null>(null);
  // A mark set by its key changes a tick box that has no focus: said aloud here instead.
  const [markSaid, setMarkSaid] = useState('');
  const framework = run ? frameworks.find((f) => f.id === run.plan.frameworkId) : undefined;

  const onKey = (key: InterviewerKey) => {
    if (!run || (run.status !== 'active' && run.status !== 'ready')) return;
    const index = run.currentIndex;
    if (key === 'toggle') void act.update(run.id, toggleRun);
    else if (key === 'next') void act.update(run.id, nextValue);
    else if (key === 'probe')
      void act.update(run.id, (r) =>
        revealRunProbe(
          r,
          probesFor(framework, r.currentIndex).map((p) => p.id),
        ),
      );
    else if (key === 'notes') notesRef.current?.focus();
    else if (key === 'vote') void act.update(run.id, openVoting);
    else if (run.status === 'active') {
      const field = markKeys[key];
      const answer = run.answers[index];
      if (field && answer) {
        const on = !answer.marks[field];
        void act.update(run.id, (r) => setRunMarks(r, index, { [field]: on }));
        const label = markLabels.find(([f]) => f === field)?.[1] ?? field;
        setMarkSaid(`${label}: ${on ? 'marked' : 'unmarked'}`);
      }
    }
  };
  useInterviewerKeys(onKey);

  if (runs === undefined || sealedHere === undefined) return <p className="loading">Loading…</p>;
  const sealedVote =
    run?.status === 'sealed'
      ? sealedHere.find((v) => v.id === run.sealedVoteIds[run.sealedVoteIds.length - 1])
      : undefined;

  return (
    <main className="panel interviewer">
      <header className="panel__header">
        <h1 className="brand">Loopside</h1>
        <span className="role-badge">Interviewer view</span>
      </header>
      <p className="visually-hidden" role="status">
        {markSaid}
      </p>
      {run && run.status !== 'sealed' ? (
        <p className="interviewer__about">
          {run.plan.loopName} · {run.plan.frameworkName} · {run.plan.minutes} min
        </p>
      ) : null}
      {!run || run.status === 'sealed' || run.status === 'ready' ? rolePicker : null}
      {run && sealedVote ? (
        <SealedVoteCard
          run={run}
          vote={sealedVote}
          onCopy={act.copy}
          onReplace={() => void act.update(run.id, beginReplacement)}
        />
      ) : null}
      {run && (run.status === 'ready' || run.status === 'active') ? (
        <RunQuestions
          run={run}
          framework={framework}
          now={now}
          notesRef={notesRef}
          actions={{
            toggle: () => onKey('toggle'),
            next: () => onKey('next'),
            probe: () => onKey('probe'),
            vote: () => onKey('vote'),
            discard: () => void act.remove(run.id),
            marks: (i, m) => act.update(run.id, (r) => setRunMarks(r, i, m)),
            notes: (i, text, at) => act.update(run.id, (r) => setRunNotes(r, i, text, at)),
          }}
        />
      ) : null}
      {run && run.status === 'voting' ? (
        <VoteForm
          run={run}
          actions={{
            score: (id, s) => act.update(run.id, (r) => setDraftScore(r, id, s)),
            evidence: (id, text, at) =>
              act.update(run.id, (r) => setDraftEvidence(r, id, text, at)),
            overall: (o) => act.update(run.id, (r) => setDraftOverall(r, o)),
            rationale: (text, at) => act.update(run.id, (r) => setDraftRationale(r, text, at)),
            back: () => void act.update(run.id, backToInterview),
            keep: () => {
              const sealed = sealedHere.find((v) => v.id === run.sealedVoteIds.at(-1));
              void act.update(run.id, (r, now) => keepSealedVote(r, now, sealed));
            },
            seal: () => act.seal(run.id),
            settled: () => act.update(run.id, (r) => r),
          }}
        />
      ) : null}
      {!run || run.status === 'sealed' ? <PlanImport onImport={act.importPlan} /> : null}
      {!run || run.status === 'sealed' ? (
        <EarlierVotes votes={sealedHere.filter((v) => v.id !== sealedVote?.id)} />
      ) : null}
    </main>
  );
}
