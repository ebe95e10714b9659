import { useCallback, useState } from 'react';
import { useConfirmFocus } from '../hooks/use-confirm-focus';
import { useFocusOnChange } from '../hooks/use-focus-on-change';
import { errorText } from '../../lib/errors/error-text';
import { sealProblems } from '../../lib/peer/interview-run';
import type { InterviewRun } from '../../lib/peer/loop-schema';
import {
  OVERALL_VOTES,
  overallLabels,
  PEER_LIMITS,
  type OverallVote,
} from '../../lib/peer/peer-schema';
import { useShownUntilStored } from '../hooks/use-shown-until-stored';
import { AutosaveLine } from './autosave-line';

interface VoteFormActions {
  score: (valueId: string, score: number | null) => Promise<unknown>;
  evidence: (valueId: string, text: string, at: number) => Promise<unknown>;
  overall: (overall: OverallVote) => Promise<unknown>;
  rationale: (text: string, at: number) => Promise<unknown>;
  back: () => void;
  /** Leaves a replacement unsealed: the vote sealed before stays as it was. */
  keep: () => void;
  seal: () => Promise<unknown>;
  /** The run as stored once pending saves have landed (typing saves on a short delay). */
  settled: () => Promise<InterviewRun | undefined>;
}

// A score or an overall call shows from the click on, not when the run comes back from the database.
function ScoreChoice(props: {
  valueName: string;
  name: string;
  stored: number | null;
  onScore: (score: number | null) => Promise<unknown>;
}) {
  const [score, track] = useShownUntilStored(props.stored);
  return (
    <div className="vote__scores" role="radiogroup" aria-label={`${props.valueName} score`}>
      {[1, 2, 3, 4].map((n) => (
        <label key={n} className="vote__score">
          <input
            type="radio"
            name={props.name}
            checked={score === n}
            onChange={() => void track(n, props.onScore(n))}
            aria-label={`${props.valueName}: ${n} of 4`}
          />
          {n}
        </label>
      ))}
      {score !== null ? (
        <button
          type="button"
          className="quiet"
          onClick={(e) => {
            // This button goes with the score: focus moves to the first score, not the page.
            e.currentTarget.parentElement?.querySelector('input')?.focus();
            void track(null, props.onScore(null));
          }}
        >
          Clear score
        </button>
      ) : null}
    </div>
  );
}

function OverallChoice(props: {
  stored: OverallVote | null;
  onOverall: (overall: OverallVote) => Promise<unknown>;
}) {
  const [overall, track] = useShownUntilStored(props.stored);
  return (
    <fieldset className="vote__overall">
      <legend>Overall vote</legend>
      {OVERALL_VOTES.map((o) => (
        <label key={o} className="tick">
          <input
            type="radio"
            name="overall"
            checked={overall === o}
            onChange={() => void track(o, props.onOverall(o))}
          />
          {overallLabels[o]}
        </label>
      ))}
    </fieldset>
  );
}

/** The independent vote: a score and one line per value, an overall call and its rationale. */
export function VoteForm({ run, actions }: { run: InterviewRun; actions: VoteFormActions }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const notYet = useCallback(() => setConfirming(false), []);
  const { first, trigger } = useConfirmFocus(confirming, notYet);
  // Opening the vote moves focus to it: the questions it replaced are gone.
  const titleRef = useFocusOnChange<HTMLHeadingElement>(run.revision);
  const nameOf = (id: string) => run.plan.values.find((v) => v.id === id)?.name ?? id;
  const replacing = run.revision > 1;
  return (
    <form
      className="vote"
      aria-labelledby="vote-title"
      onSubmit={(e) => {
        e.preventDefault();
        void actions.settled().then((stored) => {
          const p = sealProblems(stored ?? run);
          setProblems(p);
          setConfirming(p.length === 0);
        });
      }}
    >
      <h2 id="vote-title" ref={titleRef} tabIndex={-1}>
        {replacing ? `Replacement vote (revision ${run.revision})` : 'Your vote'}
      </h2>
      <p className="hint">
        Decide alone: no other interviewer sees your vote, and the candidate sees all votes together
        only when they choose to reveal them. Score only the values you heard about.
      </p>
      {run.draft.values.map((v) => (
        <fieldset key={v.valueId} className="vote__value">
          <legend>{nameOf(v.valueId)}</legend>
          <ScoreChoice
            key={`${run.revision}:${v.valueId}`}
            valueName={nameOf(v.valueId)}
            name={`score-${v.valueId}`}
            stored={v.score}
            onScore={(n) => actions.score(v.valueId, n)}
          />
          <AutosaveLine
            journalKey={`vote:${run.id}:${run.revision}:${v.valueId}`}
            stored={v.evidence}
            storedAt={v.evidenceUpdatedAt}
            label={`Evidence for ${nameOf(v.valueId)}`}
            maxLength={PEER_LIMITS.evidence}
            save={(text, at) => actions.evidence(v.valueId, text, at)}
          />
        </fieldset>
      ))}
      <OverallChoice key={run.revision} stored={run.draft.overall} onOverall={actions.overall} />
      <AutosaveLine
        journalKey={`vote:${run.id}:${run.revision}:rationale`}
        stored={run.draft.rationale}
        storedAt={run.draft.rationaleUpdatedAt}
        label="Rationale"
        maxLength={PEER_LIMITS.rationale}
        multiline
        save={actions.rationale}
      />
      {problems.length > 0 ? (
        <div role="alert" className="error">
          <p>Not sealed yet:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-label="Seal the vote?" className="vote__confirm">
          <p>
            Sealing is final: a sealed vote cannot be edited. You could only replace it, and the
            candidate would see it as a replacement.
          </p>
          <button
            ref={first}
            type="button"
            className="primary"
            onClick={() => {
              setConfirming(false);
              void actions.seal().then(
                (sealed) => {
                  // Nothing sealed without an error: the run is gone (discarded elsewhere), its
                  // draft no longer passes, or this revision of the vote is already stored here.
                  if (!sealed)
                    setProblems([
                      'Nothing was sealed: this interview was discarded, its vote is incomplete, or this revision of its vote is already sealed here (see your earlier sealed votes).',
                    ]);
                },
                (error: unknown) =>
                  setProblems([
                    `The vote could not be stored (${errorText(error)}); nothing was sealed. Try again.`,
                  ]),
              );
            }}
          >
            Seal it
          </button>
          <button type="button" onClick={notYet}>
            Not yet
          </button>
        </div>
      ) : (
        <div className="controls">
          <button ref={trigger} type="submit" className="primary">
            Seal vote
          </button>
          {run.sealedVoteIds.length > 0 ? (
            <button type="button" onClick={actions.keep}>
              Keep my sealed vote
            </button>
          ) : (
            <button type="button" onClick={actions.back}>
              Back to the questions
            </button>
          )}
        </div>
      )}
    </form>
  );
}
