import type { RefObject } from 'react';
import type { Answer, AnswerTicks } from '../../lib/practice/session-schema';
import { NotesField } from './notes-field';

const tickLabels: { key: keyof AnswerTicks; label: string }[] = [
  { key: 'namedValue', label: 'I named the value I acted on' },
  { key: 'measurableOutcome', label: 'I gave a measurable outcome' },
  { key: 'differently', label: "I said what I'd do differently" },
];

const scoreWords = ['', 'Weak', 'Thin', 'Solid', 'Strong'];

export interface AnswerReviewProps {
  sessionId: string;
  index: number;
  answer: Answer;
  notesRef: RefObject<HTMLTextAreaElement | null>;
  onTicks: (ticks: Partial<AnswerTicks>) => void;
  onScore: (score: number | null) => void;
  onNotes: (text: string, at: number) => Promise<unknown>;
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
            <label key={t.key} className="tick">
              <input
                type="checkbox"
                checked={answer.ticks[t.key]}
                onChange={(e) => onTicks({ [t.key]: e.target.checked })}
              />
              {t.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="score">
          <legend>Score yourself</legend>
          {[1, 2, 3, 4].map((n) => (
            <label key={n} className={`score__option ${answer.score === n ? 'is-on' : ''}`}>
              <input
                type="radio"
                name={`score-${sessionId}-${index}`}
                value={n}
                checked={answer.score === n}
                onChange={() => onScore(n)}
                aria-label={`Score ${n} of 4: ${scoreWords[n]}`}
              />
              {n}
            </label>
          ))}
        </fieldset>
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
