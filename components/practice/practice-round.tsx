import type { ReactNode, RefObject } from 'react';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { elapsedMs, isPaused } from '../../lib/practice/round-clock';
import type { AnswerTicks, Session } from '../../lib/practice/session-schema';
import { AnswerReview } from './answer-review';
import { AnswerTimer, RoundTimer } from './timer-display';

export interface PracticeRoundActions {
  toggle: () => void;
  next: () => void;
  skip: () => void;
  finish: () => void;
  probe: () => void;
  ticks: (index: number, ticks: Partial<AnswerTicks>) => void;
  score: (index: number, score: number | null) => void;
  notes: (index: number, text: string, at: number) => Promise<unknown>;
}

export interface PracticeRoundProps {
  session: Session;
  framework: Framework | undefined;
  now: number;
  actions: PracticeRoundActions;
  notesRef: RefObject<HTMLTextAreaElement | null>;
  /** Live cue and story lookup slot. */
  children?: ReactNode;
}

export function PracticeRound({
  session,
  framework,
  now,
  actions,
  notesRef,
  children,
}: PracticeRoundProps) {
  const index = session.currentIndex;
  const answer = session.answers[index];
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
        {paused ? ' · paused' : ''}
      </p>
      <article className="prompt" aria-labelledby="prompt-value">
        <h2 id="prompt-value" className="prompt__value" data-testid="prompt-value">
          {prompt.label}
        </h2>
        {prompt.definition ? <p className="prompt__definition">{prompt.definition}</p> : null}
        <p className="prompt__question" data-testid="prompt-question">
          {prompt.question}
        </p>
        {probes.length > 0 ? (
          <ol className="probes" aria-label="Follow-up probes">
            {probes.map((p, i) => (
              <li key={i} className="probe" data-testid="probe">
                {p}
              </li>
            ))}
          </ol>
        ) : null}
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
          onClick={actions.probe}
          disabled={ready || !probesLeft}
          aria-keyshortcuts="p"
        >
          Probe
        </button>
        <button type="button" onClick={actions.skip} disabled={ready}>
          Skip
        </button>
        <button type="button" onClick={actions.next} disabled={ready} aria-keyshortcuts="n">
          {isLast ? 'Done' : 'Next'}
        </button>
        <button type="button" className="quiet" onClick={actions.finish} disabled={ready}>
          Finish round
        </button>
      </div>
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
        Keys: <kbd>Space</kbd> start/pause · <kbd>n</kbd> next · <kbd>p</kbd> probe · <kbd>e</kbd>{' '}
        notes · <kbd>/</kbd> stories · <kbd>Esc</kbd> leave a field
      </p>
    </div>
  );
}
