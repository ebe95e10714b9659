import { useEffect, useRef } from 'react';
import { cueCard } from '../../lib/stories/cue-card';
import type { Story } from '../../lib/stories/story-schema';

/** The glance line stands out; the rest of the beat follows, so nothing is cut off. */
function Whole({ line, full }: { line: string; full: string }) {
  if (!full) return <>—</>;
  if (!full.startsWith(line) || full === line) return <>{full}</>;
  return (
    <>
      <span className="cue-card__lead">{line}</span>
      {full.slice(line.length)}
    </>
  );
}

/**
 * With a card open, the round's notes dock at the bottom of the panel (panel.css) and cover what
 * is behind them; focus alone does not scroll a button hidden there. The card's title and the
 * focused button must be in sight, above the notes: if not, the card moves to the top.
 */
function keepInSight(card: HTMLElement, action: HTMLElement) {
  const dock = card.closest('.round')?.querySelector(':scope > .round__notes');
  const seenTo = Math.min(window.innerHeight, dock?.getBoundingClientRect().top ?? Infinity);
  if (card.getBoundingClientRect().top >= 0 && action.getBoundingClientRect().bottom <= seenTo)
    return;
  card.scrollIntoView({ block: 'start' });
}

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
  const cardRef = useRef<HTMLElement | null>(null);
  const actionRef = useRef<HTMLButtonElement | null>(null);
  // Opening a card (or using it) puts focus on its next step, so Enter or u acts on this story,
  // and brings the card's top into sight.
  useEffect(() => {
    const action = actionRef.current;
    action?.focus({ preventScroll: true });
    if (cardRef.current && action) keepInSight(cardRef.current, action);
  }, [story.id, used]);
  return (
    <article
      ref={cardRef}
      className="cue-card"
      aria-label={`Cue card: ${card.title || 'Untitled story'}`}
      data-testid="cue-card"
      onKeyDown={(e) => {
        // Esc closes the card from any of its buttons, as it does from the search box.
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
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
            <button type="button" className="quiet" onClick={onUnuse} ref={actionRef}>
              Unlink
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={onUse}
            data-action="use-story"
            aria-keyshortcuts="u"
            ref={actionRef}
          >
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
            <dd dir="auto">
              <Whole line={b.line} full={b.full} />
            </dd>
          </div>
        ))}
        <div>
          <dt>Outcome</dt>
          <dd dir="auto">
            <Whole line={card.outcome} full={card.outcomeFull} />
          </dd>
        </div>
        <div>
          <dt>Differently</dt>
          <dd dir="auto">
            <Whole line={card.reflection} full={card.reflectionFull} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
