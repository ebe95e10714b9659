import type { StoryGap } from '../../lib/stories/story-completeness';

export function CompletenessPanel({
  gaps,
  onPick,
}: {
  gaps: readonly StoryGap[];
  /** Moves focus to the field that would close the gap. */
  onPick: (gap: StoryGap) => void;
}) {
  return (
    <section className="completeness" aria-labelledby="completeness-title">
      <h3 id="completeness-title">
        {gaps.length === 0 ? 'Ready for follow-ups' : `${gaps.length} to fix before it holds up`}
      </h3>
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
