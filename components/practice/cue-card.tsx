import { cueCard } from '../../lib/stories/cue-card';
import type { Story } from '../../lib/stories/story-schema';

/** A story readable at a glance mid-answer: one short line per beat. */
export function CueCard({
  story,
  warning,
  used,
  onUse,
  onUnuse,
  onClose,
}: {
  story: Story;
  warning: string | null;
  used: boolean;
  onUse: () => void;
  onUnuse: () => void;
  onClose: () => void;
}) {
  const card = cueCard(story);
  return (
    <article
      className="cue-card"
      aria-label={`Cue card: ${card.title || 'Untitled story'}`}
      data-testid="cue-card"
    >
      <header className="cue-card__header">
        <h3 dir="auto">{card.title || 'Untitled story'}</h3>
        <button type="button" className="quiet" onClick={onClose} aria-label="Close the cue card">
          ×
        </button>
      </header>
      <p className="cue-card__use">
        {used ? (
          <>
            <span>Used for this answer ✓</span>{' '}
            <button type="button" className="quiet" onClick={onUnuse}>
              Unlink
            </button>
          </>
        ) : (
          <button type="button" onClick={onUse} data-action="use-story" aria-keyshortcuts="u">
            Use this story
          </button>
        )}
      </p>
      {warning ? (
        <p className="cue-card__warning" role="status">
          {warning}
        </p>
      ) : null}
      {card.valueLine ? (
        <p className="cue-card__value" dir="auto">
          {card.valueLine}
        </p>
      ) : null}
      <dl className="cue-card__beats">
        {card.beats.map((b) => (
          <div key={b.label}>
            <dt>{b.label}</dt>
            <dd dir="auto">{b.line || '—'}</dd>
          </div>
        ))}
        <div>
          <dt>Outcome</dt>
          <dd dir="auto">{card.outcome || '—'}</dd>
        </div>
        <div>
          <dt>Differently</dt>
          <dd dir="auto">{card.reflection || '—'}</dd>
        </div>
      </dl>
    </article>
  );
}
