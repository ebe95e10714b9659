import type { RefObject } from 'react';
import type { Answer, AnswerTicks } from '../../lib/practice/session-schema';
import { useShownUntilStored } from '../hooks/use-shown-until-stored';
import { NotesField } from './notes-field';
import { StoredCheckbox } from './stored-checkbox';

const tickLabels: { key: keyof AnswerTicks; label: string }[] = [
  { key: 'namedValue', label: 'I named the value I acted on' },
  { key: 'measurableOutcome', label: 'I gave a measurable outcome' },
  { key: 'differently', label: "I said what I'd do differently" },
];

const scoreWords = ['', 'Weak', 'Thin', 'Solid', 'Strong'];

interface AnswerReviewProps {
  sessionId: string;
  index: number;
  answer: Answer;
  notesRef: RefObject<HTMLTextAreaElement | null>;
  onTicks: (ticks: Partial<AnswerTicks>) => Promise<unknown>;
  onScore: (score: number | null) => Promise<unknown>;
  onNotes: (text: string, at: number) => Promise<unknown>;
}

// A score shows at once, not when the round comes back from the database a moment later.
function Score(props: {
  name: string;
  stored: number | null;
  onScore: (score: number | null) => Promise<unknown>;
}) {
  const [score, track] = useShownUntilStored(props.stored);
  return (
    <fieldset className="score">
      <legend>Score yourself</legend>
      {[1, 2, 3, 4].map((n) => (
        <label key={n} className={`score__option ${score === n ? 'is-on' : ''}`}>
          <input
            type="radio"
            name={props.name}
            value={n}
            checked={score === n}
            onChange={() => void track(n, props.onScore(n))}
            aria-label={`Score ${n} of 4: ${scoreWords[n]}`}
          />
          {n}
        </label>
      ))}
    </fieldset>
  );
}

export function AnswerReview({
  sessionId,
  index,
  answer,
  notesRef,
  onTicks,
  onScore,
  onNotes,
}: AnswerReviewProps) {
  return (
    <>
      <section className="review" aria-label="How did this answer go?">
        <fieldset className="ticks">
          <legend>What did you do?</legend>
          {tickLabels.map((t) => (
            <StoredCheckbox
              key={`${sessionId}:${index}:${t.key}`}
              stored={answer.ticks[t.key]}
              onChange={(on) => onTicks({ [t.key]: on })}
            >
              {t.label}
            </StoredCheckbox>
          ))}
        </fieldset>
        <Score
          key={`${sessionId}:${index}`}
          name={`score-${sessionId}-${index}`}
          stored={answer.score}
          onScore={onScore}
        />
      </section>
      {/* A sibling of the round's other parts, so it can stay docked in view while a cue card is open. */}
      <div className="round__notes">
        <NotesField
          key={`${sessionId}:${index}`}
          ref={notesRef}
          journalKey={`${sessionId}:${index}`}
          stored={answer.notes}
          storedAt={answer.notesUpdatedAt}
          label="Notes"
          placeholder="What worked, what to tighten, the story you used…"
          save={onNotes}
        />
      </div>
    </>
  );
}
