import type { RefObject } from 'react';
import { evidenceSignsFor } from '../../lib/frameworks/evidence-signs';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { elapsedMs, isPaused } from '../../lib/practice/round-clock';
import { DEFAULT_MAX_MS, DEFAULT_TARGET_MS } from '../../lib/practice/session-actions';
import { definitionOf, probesFor, questionFor } from '../../lib/peer/interviewer-script';
import type { InterviewMarks, InterviewRun } from '../../lib/peer/loop-schema';
import { NotesField } from '../practice/notes-field';
import { AnswerTimer, RoundTimer } from '../practice/timer-display';
import { EvidenceSignsView } from './evidence-signs-view';
import { OnDemand } from '../critique/on-demand';
import { StoredCheckbox } from '../practice/stored-checkbox';
import { useFocusOnChange } from '../hooks/use-focus-on-change';

const loadProbeSuggestions = () =>
  import('../critique/probe-suggestions').then((m) => m.ProbeSuggestionsArea);

export const markLabels: [keyof InterviewMarks, string, string][] = [
  ['namedValue', 'Named the value', '1'],
  ['measurableResult', 'Measurable result', '2'],
  ['reflection', 'Reflection', '3'],
  ['hedged', 'Hedged', '4'],
];

interface RunQuestionsActions {
  toggle: () => void;
  next: () => void;
  probe: () => void;
  vote: () => void;
  discard: () => void;
  marks: (index: number, marks: Partial<InterviewMarks>) => Promise<unknown>;
  notes: (index: number, text: string, at: number) => Promise<unknown>;
}

/** The interview itself: the question to ask, the probes in order, the signs, marks and notes. */
export function RunQuestions({
  run,
  framework,
  now,
  actions,
  notesRef,
}: {
  run: InterviewRun;
  framework: Framework | undefined;
  now: number;
  actions: RunQuestionsActions;
  notesRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const index = run.currentIndex;
  // Each value (and the start) moves focus to its heading, so it is read and the keys act on it.
  const valueRef = useFocusOnChange<HTMLHeadingElement>(`${run.id}:${index}:${run.status}`);
  const value = run.plan.values[index];
  const answer = run.answers[index];
  // A run whose question is missing (a damaged row) still leaves a way on, never a blank view.
  if (!value || !answer)
    return (
      <section className="interviewer__broken" role="alert">
        <h2 tabIndex={-1} ref={valueRef}>
          This interview can’t be shown
        </h2>
        <p>
          It points at question {index + 1}, but its plan has {run.plan.values.length} and its
          record {run.answers.length}. Go to the vote to keep what was written, or discard it and
          paste the plan again.
        </p>
        <div className="controls">
          <button type="button" onClick={actions.vote}>
            Go to the vote
          </button>
          <button type="button" className="quiet" onClick={actions.discard}>
            Discard this interview
          </button>
        </div>
      </section>
    );
  const ready = run.status === 'ready';
  const paused = isPaused(run.clock);
  const probes = probesFor(framework, index);
  const shown = answer.probesShown.map((id) => probes.find((p) => p.id === id)?.text ?? id);
  const { signs, generic } = evidenceSignsFor(framework, run.plan.frameworkId, value.id);
  const definition = definitionOf(framework, value.id);
  const isLast = index === run.answers.length - 1;
  return (
    <div className="round">
      <div className="round__timers">
        <RoundTimer elapsed={elapsedMs(run.clock, now)} limitMs={run.plan.minutes * 60_000} />
        <AnswerTimer
          elapsed={elapsedMs(answer.clock, now)}
          targetMs={DEFAULT_TARGET_MS}
          maxMs={DEFAULT_MAX_MS}
        />
      </div>
      <p className="round__progress" aria-live="polite">
        Value {index + 1} of {run.answers.length} · interview {run.plan.interviewNo} of{' '}
        {run.plan.interviewCount} with {run.plan.candidate}
        {paused ? ' · paused' : ''}
      </p>
      <article className="prompt" aria-labelledby="interviewer-value">
        <h2
          id="interviewer-value"
          ref={valueRef}
          tabIndex={-1}
          className="prompt__value"
          data-testid="interviewer-value"
        >
          {value.name}
        </h2>
        {definition ? <p className="prompt__definition">{definition}</p> : null}
        <p className="prompt__question">
          <strong>Ask: </strong>
          <span data-testid="interviewer-question">
            {questionFor(framework, value, run.plan.interviewNo)}
          </span>
        </p>
        {/* Present from the start, so the first probe revealed is read out too. */}
        <div aria-live="polite">
          {shown.length > 0 ? (
            <ol className="probes" aria-label="Follow-up probes">
              {shown.map((p, i) => (
                <li key={i} className="probe">
                  {p}
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      </article>
      <div className="controls" role="group" aria-label="Interview controls">
        <button
          type="button"
          className="primary"
          onClick={actions.toggle}
          aria-keyshortcuts="Space"
        >
          {ready ? 'Start' : paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          onClick={() => {
            actions.probe();
            // The last probe disables this button: focus moves to the value, not the page.
            if (answer.probesShown.length + 1 >= probes.length) valueRef.current?.focus();
          }}
          disabled={ready || answer.probesShown.length >= probes.length}
          aria-keyshortcuts="p"
        >
          Probe
        </button>
        <button
          type="button"
          onClick={actions.next}
          disabled={ready || isLast}
          aria-keyshortcuts="n"
        >
          Next value
        </button>
        <button type="button" onClick={actions.vote} aria-keyshortcuts="v">
          Vote
        </button>
        {ready ? (
          <button type="button" className="quiet" onClick={actions.discard}>
            Discard this interview
          </button>
        ) : null}
      </div>
      <EvidenceSignsView
        signs={signs}
        generic={generic}
        missingPack={framework ? undefined : run.plan.frameworkName}
      />
      <fieldset className="marks">
        <legend>Quick marks for this answer</legend>
        {markLabels.map(([key, label, shortcut]) => (
          <StoredCheckbox
            key={`${run.id}:${index}:${key}`}
            keyShortcut={shortcut}
            stored={answer.marks[key]}
            onChange={(on) => actions.marks(index, { [key]: on })}
          >
            {/* The key is its aria-keyshortcuts, not part of its name ("Hedged", not "Hedged 4"). */}
            {label} <kbd aria-hidden="true">{shortcut}</kbd>
          </StoredCheckbox>
        ))}
      </fieldset>
      {/* Keyed per value, each with its own prefix: siblings sharing a key were kept from the
          value before, so notes typed after "Next value" were saved under the previous one. */}
      <NotesField
        key={`notes:${run.id}:${index}`}
        ref={notesRef}
        journalKey={`interview:${run.id}:${index}`}
        stored={answer.notes}
        storedAt={answer.notesUpdatedAt}
        label="Evidence notes (private)"
        placeholder="What they said, in their words: the choice, the number, the reflection…"
        save={(text, at) => actions.notes(index, text, at)}
      />
      {ready ? null : (
        <OnDemand
          key={`follow-ups:${run.id}:${index}`}
          label="Suggest follow-ups from my notes (on this computer)"
          load={loadProbeSuggestions}
          props={{
            valueName: value.name,
            question: questionFor(framework, value, run.plan.interviewNo),
            notes: answer.notes,
            asked: shown,
          }}
        />
      )}
      <p className="hint">
        Keys: <kbd>Space</kbd> start/pause · <kbd>n</kbd> next value · <kbd>p</kbd> probe ·{' '}
        <kbd>1</kbd>–<kbd>4</kbd> marks · <kbd>e</kbd> notes · <kbd>v</kbd> vote · <kbd>Esc</kbd>{' '}
        leave a field
      </p>
    </div>
  );
}
