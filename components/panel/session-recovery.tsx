import { formatMoment } from '../../lib/format/format-moment';

interface Props {
  /** When the round was created, if that much of it can be read. */
  createdAt: number | null;
  error: string | null;
  onFinish: () => void;
  onDiscard: () => void;
}

function when(createdAt: number | null): string {
  if (createdAt === null) return '';
  const d = new Date(createdAt);
  if (Number.isNaN(d.getTime())) return '';
  return ` from ${formatMoment(d.getTime())}`;
}

/**
 * Shown instead of the round when the stored round cannot be shown as it is (a bug, or data from
 * elsewhere), so the panel is never left blank with dead keys: finishing keeps what it holds in the
 * history, discarding removes it.
 */
export function SessionRecovery({ createdAt, error, onFinish, onDiscard }: Props) {
  return (
    <section className="recovery" aria-labelledby="session-recovery-title">
      <h2 id="session-recovery-title">This round can’t be shown</h2>
      <p>
        The round{when(createdAt)} was saved in a state the coach can’t show (for example, its
        current prompt is missing). Finish it to keep its notes and scores in your history, or
        discard it.
      </p>
      <div className="controls">
        <button type="button" className="primary" onClick={onFinish}>
          Finish this round
        </button>
        <button type="button" onClick={onDiscard}>
          Discard this round
        </button>
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
