import { formatDuration } from '../../lib/practice/round-clock';
import { sessionTotals } from '../../lib/practice/session-actions';
import type { Session } from '../../lib/practice/session-schema';

export function RoundSummary({
  session,
  onNew,
  workspaceHref,
}: {
  session: Session;
  onNew: () => void;
  workspaceHref: string;
}) {
  const t = sessionTotals(session);
  return (
    <section className="summary" aria-label="Round finished">
      <h2>Round saved</h2>
      <p>
        {t.answered} answered, {t.skipped} skipped · {formatDuration(t.talkMs)} answering
        {t.averageScore !== null ? ` · self-score ${t.averageScore.toFixed(1)} / 4` : ''}
      </p>
      {t.valuesCovered.length ? <p>Values covered: {t.valuesCovered.join(', ')}</p> : null}
      <div className="controls">
        <button type="button" className="primary" onClick={onNew}>
          New round
        </button>
        <a href={workspaceHref} target="_blank" rel="noreferrer">
          Open the workspace
        </a>
      </div>
    </section>
  );
}
