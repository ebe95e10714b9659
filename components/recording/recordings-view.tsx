import { useState } from 'react';
import { formatDuration } from '../../lib/practice/round-clock';
import type { Recording } from '../../lib/recording/recording-schema';
import { recordedDurationMs } from '../../lib/recording/recording-time';
import { formatBytes } from '../../lib/format/format-bytes';
import { useRecordings } from '../hooks/use-recordings';
import { RecordingReplay } from './recording-replay';
import '../styles/recording.css';
import { formatMoment } from '../../lib/format/format-moment';
import { errorText } from '../../lib/errors/error-text';

const statusText: Record<Recording['status'], string> = {
  recording: 'recording now',
  finished: 'complete',
  interrupted: 'cut short when the tab closed',
};

/** Recordings made in the practice room: replay, sizes against the browser's quota, delete. */
export function RecordingsView({
  openId,
  valueNames,
}: {
  openId: string | null;
  valueNames: ReadonlyMap<string, string>;
}) {
  const r = useRecordings();
  const [confirmAll, setConfirmAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  if (!r.list) return <p>Loading…</p>;
  const total = r.list.reduce((n, rec) => n + rec.bytes, 0);
  const open = r.list.find((rec) => rec.id === openId) ?? null;
  const act = (fn: () => Promise<void>) => () => {
    setError(null);
    void fn().catch((e: unknown) => setError(`That did not work: ${errorText(e)}`));
  };
  const roundName = (rec: Recording) => {
    const s = rec.sessionId ? r.sessions.get(rec.sessionId) : undefined;
    if (s) return `${s.presetName} · ${formatMoment(s.createdAt)}`;
    return rec.sessionId ? 'A deleted round' : 'No round was running';
  };

  return (
    <section className="recordings" aria-labelledby="recordings-title">
      <h2 id="recordings-title">Recordings</h2>
      <p className="hint">
        Recordings you made in the practice room. They stay in this browser, are never uploaded and
        are not part of the backup file; <em>Export round with recording</em> saves one as a file.
      </p>
      <p data-testid="recordings-total">
        {r.list.length} {r.list.length === 1 ? 'recording' : 'recordings'} ·{' '}
        <span data-testid="recordings-total-bytes">{formatBytes(total)}</span> used by recordings
        {r.storage?.usageBytes != null && r.storage.quotaBytes != null
          ? ` · Loopside uses ${formatBytes(r.storage.usageBytes)} of the ${formatBytes(r.storage.quotaBytes)} this browser allows`
          : ''}
      </p>
      <label className="recordings__import">
        Import a round with its recording{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void r.importFile(file).then(setImported);
          }}
        />
      </label>
      {imported ? (
        <p role="status" data-testid="recordings-imported">
          {imported}
        </p>
      ) : null}
      {r.freed !== null ? (
        <p role="status" data-testid="recordings-freed">
          Deleted: {formatBytes(r.freed)} given back.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {r.list.length === 0 ? (
        <p className="empty">
          No recordings. In the <a href="/practice-room.html">practice room</a>, choose{' '}
          <em>Start recording</em> before or during a round.
        </p>
      ) : (
        <>
          <ul className="recordings__list">
            {r.list.map((rec) => (
              <li
                key={rec.id}
                data-testid="recording-row"
                aria-current={rec.id === openId ? 'true' : undefined}
              >
                <div>
                  <strong>{roundName(rec)}</strong>
                  <br />
                  <span className="hint">
                    {rec.kind === 'camera-mic' ? 'Camera and microphone' : 'Microphone only'} ·{' '}
                    {formatDuration(recordedDurationMs(rec))} ·{' '}
                    <span data-testid="recording-size">{formatBytes(rec.bytes)}</span> ·{' '}
                    {statusText[rec.status]}
                  </span>
                </div>
                <div className="recordings__actions">
                  <a href={`#recordings/${encodeURIComponent(rec.id)}`}>Watch</a>
                  <button type="button" onClick={act(() => r.exportRound(rec))}>
                    Export round with recording
                  </button>
                  <button type="button" onClick={act(() => r.downloadMedia(rec))}>
                    Download the media file
                  </button>
                  <button
                    type="button"
                    disabled={rec.status === 'recording'}
                    onClick={act(() => r.remove(rec.id))}
                  >
                    Delete recording
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {confirmAll ? (
            <div role="alert">
              <p>
                Delete all {r.list.length} recordings ({formatBytes(total)})? Your rounds, notes and
                transcripts stay.
              </p>
              <button
                type="button"
                className="danger"
                onClick={act(async () => {
                  await r.removeAll();
                  setConfirmAll(false);
                })}
              >
                Delete all recordings
              </button>{' '}
              <button type="button" onClick={() => setConfirmAll(false)}>
                Keep them
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirmAll(true)}>
              Delete all recordings…
            </button>
          )}
        </>
      )}
      {open ? (
        <section className="recordings__replay" aria-labelledby="replay-title">
          <h3 id="replay-title">Replay: {roundName(open)}</h3>
          <RecordingReplay
            key={open.id}
            recording={open}
            session={open.sessionId ? r.sessions.get(open.sessionId) : undefined}
            valueNames={valueNames}
          />
        </section>
      ) : openId ? (
        <p role="alert" className="error">
          That recording is no longer here.
        </p>
      ) : null}
    </section>
  );
}
