import { errorText } from '../../lib/errors/error-text';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RemovedSession } from '../../lib/db/session-queries';
import { filterSessions, type HistoryFilter } from '../../lib/practice/session-history';
import { sessionTotals } from '../../lib/practice/session-actions';
import type { Session } from '../../lib/practice/session-schema';
import { useRecordingsBySession } from '../hooks/use-session-recordings';
import { useDeleteSession } from '../hooks/use-delete-session';
import { useDemoSessionIds } from '../hooks/use-demo-session-ids';
import { UndoToast } from '../stories/undo-toast';
import { SessionList } from './session-list';
import '../styles/round-extras.css';

const noFilter: HistoryFilter = { presetId: '', valueId: '', notes: '' };

/** Figures over real rounds only: demo rounds are shown but never counted. */
function HistoryFigures({ sessions }: { sessions: Session[] }) {
  if (sessions.length === 0) return null;
  const totals = sessions.map(sessionTotals);
  const answered = totals.reduce((n, t) => n + t.answered, 0);
  const scores = sessions.flatMap((s) =>
    s.answers.filter((a) => a.status === 'answered' && a.score !== null).map((a) => a.score!),
  );
  const avg = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  return (
    <p data-testid="history-figures">
      {sessions.length} {sessions.length === 1 ? 'round' : 'rounds'} · {answered}{' '}
      {answered === 1 ? 'answer' : 'answers'}
      {avg !== null ? ` · average self-score ${avg.toFixed(1)} / 4` : ''}
    </p>
  );
}

export function HistoryView({
  sessions,
  openId,
  valueNames,
  storyTitles,
  onExport,
  panelHint,
}: {
  sessions: Session[] | undefined;
  openId: string | null;
  valueNames: ReadonlyMap<string, string>;
  storyTitles: ReadonlyMap<string, string>;
  onExport: (session: Session) => void;
  /** What to do when there is no round yet. */
  panelHint: ReactNode;
}) {
  const demoIds = useDemoSessionIds();
  const recordings = useRecordingsBySession();
  const { remove, restore } = useDeleteSession();
  const [filter, setFilter] = useState(noFilter);
  const [removed, setRemoved] = useState<RemovedSession | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!openId || !sessions) return;
    document.getElementById(`session-${openId}`)?.scrollIntoView({ block: 'start' });
  }, [openId, sessions]);

  const presets = useMemo(
    () => [...new Map((sessions ?? []).map((s) => [s.presetId, s.presetName])).entries()],
    [sessions],
  );
  const values = useMemo(() => {
    const ids = new Set(
      (sessions ?? []).flatMap((s) => s.answers.map((a) => a.prompt.valueId ?? '')),
    );
    ids.delete('');
    return [...ids]
      .map((id) => [id, valueNames.get(id) ?? id] as const)
      .sort((a, b) => a[1].localeCompare(b[1]));
  }, [sessions, valueNames]);

  if (!sessions || !demoIds) return <p>Loading…</p>;
  const shown = filterSessions(sessions, filter);
  const real = shown.filter((s) => !demoIds.has(s.id));
  const missing = openId && !sessions.some((s) => s.id === openId);
  const filtered = filter !== noFilter;

  const onDelete = async (s: Session) => {
    setError(null);
    try {
      setRemoved(await remove(s.id));
    } catch (e) {
      setError(`Could not delete the round: ${errorText(e)}`);
    }
  };

  return (
    <section aria-labelledby="sessions-title" className="history">
      <h2 id="sessions-title">Practice history</h2>
      {missing ? (
        <p role="alert" className="error">
          That round is no longer in your history.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {removed ? (
        <UndoToast
          message={`Deleted the ${removed.session.presetName} round of ${new Date(removed.session.createdAt).toLocaleDateString()}`}
          onUndo={() => {
            void restore(removed).then(() => setRemoved(null));
          }}
        />
      ) : null}
      {sessions.length === 0 ? (
        <div className="empty">{panelHint}</div>
      ) : (
        <>
          <div className="history__filters" role="search" aria-label="Filter rounds">
            <label>
              Round type
              <select
                value={filter.presetId}
                onChange={(e) => setFilter({ ...filter, presetId: e.target.value })}
              >
                <option value="">All round types</option>
                {presets.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Value
              <select
                value={filter.valueId}
                onChange={(e) => setFilter({ ...filter, valueId: e.target.value })}
              >
                <option value="">All values</option>
                {values.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Search notes
              <input
                type="search"
                value={filter.notes}
                placeholder="Words from your notes"
                onChange={(e) => setFilter({ ...filter, notes: e.target.value })}
              />
            </label>
          </div>
          <HistoryFigures sessions={real} />
          {shown.length === 0 ? (
            <p className="empty" role="status">
              No round matches these filters.{' '}
              {filtered ? (
                <button type="button" className="linkish" onClick={() => setFilter(noFilter)}>
                  Clear the filters
                </button>
              ) : null}
            </p>
          ) : (
            <SessionList
              sessions={shown}
              valueNames={valueNames}
              storyTitles={storyTitles}
              onExport={onExport}
              demoIds={demoIds}
              openId={openId}
              onDelete={(s) => void onDelete(s)}
              recordings={recordings}
            />
          )}
        </>
      )}
    </section>
  );
}
