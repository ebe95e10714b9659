import type { StoryGap } from '../../lib/stories/story-completeness';

export function CompletenessPanel({
  gaps,
  onPick,
  blank = false,
}: {
  gaps: readonly StoryGap[];
  /** Nothing written yet: show the list as what to write, not as faults. */
  blank?: boolean;
  /** Moves focus to the field that would close the gap. */
  onPick: (gap: StoryGap) => void;
}) {
  return (
    <section className="completeness" aria-labelledby="completeness-title">
      <h3 id="completeness-title">
        {gaps.length === 0
          ? 'Ready for follow-ups'
          : blank
            ? 'What to write'
            : `${gaps.length} to fix before it holds up`}
      </h3>
      {blank ? (
        <p className="muted">
          Each part below makes the story easier to tell; the list shortens as you write.
        </p>
      ) : null}
      {gaps.length === 0 ? (
        <p className="completeness__strong">Strong story: nothing missing</p>
      ) : (
        <ul className="completeness__gaps">
          {gaps.map((gap, i) => (
            <li key={`${gap.code}-${gap.field}-${i}`}>
              <button type="button" className="linkish" onClick={() => onPick(gap)}>
                {gap.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
