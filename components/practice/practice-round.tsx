import { useCallback, useState, type ReactNode, type RefObject } from 'react';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { elapsedMs, isPaused } from '../../lib/practice/round-clock';
import type { AnswerTicks, Session } from '../../lib/practice/session-schema';
import { useConfirmFocus } from '../hooks/use-confirm-focus';
import { useFocusOnChange } from '../hooks/use-focus-on-change';
import { AnswerReview } from './answer-review';
import { AnswerTimer, RoundTimer } from './timer-display';

export interface PracticeRoundActions {
  toggle: () => void;
  next: () => void;
  skip: () => void;
  finish: () => void;
  probe: () => void;
  ticks: (index: number, ticks: Partial<AnswerTicks>) => Promise<unknown>;
  score: (index: number, score: number | null) => Promise<unknown>;
  notes: (index: number, text: string, at: number) => Promise<unknown>;
}

interface PracticeRoundProps {
  session: Session;
  framework: Framework | undefined;
  now: number;
  actions: PracticeRoundActions;
  notesRef: RefObject<HTMLTextAreaElement | null>;
  /** Live cue and story lookup slot. */
  children?: ReactNode;
  /** Bumped by the finish key: opens the confirm step. */
  requestFinish?: number;
}

/** Finish asks once; the key and the button both open the same confirm step. */
function useConfirmFinish(request: number | undefined) {
  const [confirming, setConfirming] = useState(false);
  const [seen, setSeen] = useState(request);
  if (request !== seen) {
    setSeen(request);
    if (request) setConfirming(true);
  }
  return [confirming, setConfirming] as const;
}

export function PracticeRound({
  session,
  framework,
  now,
  actions,
  notesRef,
  children,
  requestFinish,
}: PracticeRoundProps) {
  const index = session.currentIndex;
  const answer = session.answers[index];
  const [confirming, setConfirming] = useConfirmFinish(requestFinish);
  const keepGoing = useCallback(() => setConfirming(false), [setConfirming]);
  // Esc answers "Keep going" and focus goes back to Finish round; meanwhile the round's single
  // keys wait, so "n" cannot move the round on behind the question.
  const { first: confirmRef, trigger: finishRef } = useConfirmFocus(confirming, keepGoing);
  // A new prompt takes focus so a screen reader reads it and the keys act on it.
  const started = session.status === 'active';
  const headingRef = useFocusOnChange<HTMLHeadingElement>(index, started);
  if (!answer) return null;
  const { prompt } = answer;
  const paused = isPaused(session.clock);
  const ready = session.status === 'ready';
  const probes = answer.probesShown.map(
    (id) => framework?.probes.find((p) => p.id === id)?.text ?? id,
  );
  const probesLeft = prompt.probeIds.length > answer.probesShown.length;
  const isLast = index === session.answers.length - 1;

  return (
    <div className="round">
      <div className="round__timers">
        <RoundTimer elapsed={elapsedMs(session.clock, now)} limitMs={session.minutes * 60_000} />
        <AnswerTimer
          elapsed={elapsedMs(answer.clock, now)}
          targetMs={session.targetMs}
          maxMs={session.maxMs}
        />
      </div>
      <p className="round__progress" aria-live="polite">
        Prompt {index + 1} of {session.answers.length} · {session.presetName}
      </p>
      {paused ? (
        <p className="round__paused" role="status">
          Paused — both clocks are stopped
        </p>
      ) : null}
      <article className="prompt" aria-labelledby="prompt-value">
        <h2
          id="prompt-value"
          className="prompt__value"
          data-testid="prompt-value"
          ref={headingRef}
          tabIndex={-1}
        >
          {prompt.label}
        </h2>
        {prompt.definition ? <p className="prompt__definition">{prompt.definition}</p> : null}
        <p className="prompt__question" data-testid="prompt-question">
          {prompt.question}
        </p>
        {/* Present from the start, so the first probe revealed is read out too. */}
        <div aria-live="polite">
          {probes.length > 0 ? (
            <ol className="probes" aria-label="Follow-up probes">
              {probes.map((p, i) => (
                <li key={i} className="probe" data-testid="probe">
                  {p}
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      </article>
      <div className="controls" role="group" aria-label="Round controls">
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
            // The last probe disables this button: focus moves to the prompt, not the page.
            if (answer.probesShown.length + 1 >= prompt.probeIds.length)
              headingRef.current?.focus();
          }}
          disabled={ready || !probesLeft}
          aria-keyshortcuts="p"
        >
          Probe
        </button>
        <button type="button" onClick={actions.skip} disabled={ready} aria-keyshortcuts="s">
          {/* On the last prompt a skip ends the round, as Done does: the button says so. */}
          {isLast ? 'Skip and finish' : 'Skip'}
        </button>
        <button type="button" onClick={actions.next} disabled={ready} aria-keyshortcuts="n">
          {isLast ? 'Done' : 'Next'}
        </button>
        <button
          type="button"
          className="quiet"
          ref={finishRef}
          onClick={() => setConfirming(true)}
          disabled={ready || confirming}
          aria-keyshortcuts="f"
          data-action="finish-round"
        >
          Finish round
        </button>
      </div>
      {confirming ? (
        <div className="confirm" role="group" aria-label="Finish this round?">
          <p>Finish now? Prompts not reached stay unanswered.</p>
          <button type="button" className="primary" ref={confirmRef} onClick={actions.finish}>
            Finish and see the debrief
          </button>{' '}
          <button type="button" onClick={keepGoing}>
            Keep going
          </button>
        </div>
      ) : null}
      {children}
      <AnswerReview
        sessionId={session.id}
        index={index}
        answer={answer}
        notesRef={notesRef}
        onTicks={(t) => actions.ticks(index, t)}
        onScore={(s) => actions.score(index, s)}
        onNotes={(text, at) => actions.notes(index, text, at)}
      />
      <p className="hint">
        Keys: <kbd>Space</kbd> start/pause · <kbd>n</kbd> next · <kbd>s</kbd> skip · <kbd>p</kbd>{' '}
        probe · <kbd>e</kbd> notes · <kbd>/</kbd> stories · <kbd>u</kbd> use the open story ·{' '}
        <kbd>f</kbd> finish · <kbd>Esc</kbd> leave a field
      </p>
    </div>
  );
}
