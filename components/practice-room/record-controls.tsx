import { formatDuration } from '../../lib/practice/round-clock';
import { formatBytes } from '../../lib/format/format-bytes';
import { useSingleKeys } from '../hooks/use-single-keys';
import { useNow } from '../hooks/use-now';
import type { RoomRecording } from '../hooks/use-room-recording';

const stopKeys = { r: 'stop', R: 'stop' } as const;

/** Opt-in recording of a solo round: a choice, a start button, a loud indicator, one-key stop. */
export function RecordControls({ recording: r }: { recording: RoomRecording }) {
  const on = r.phase === 'recording';
  const now = useNow(500, on);
  useSingleKeys(stopKeys, () => {
    if (on) r.stop();
  });

  if (on || r.phase === 'stopping') {
    return (
      <section className="room__record room__record--on" aria-label="Recording">
        <p className="room__rec-indicator" data-testid="recording-indicator">
          <span className="room__rec-dot" aria-hidden="true" />
          <span role="status">
            {r.phase === 'stopping'
              ? 'Saving the recording…'
              : r.paused
                ? 'Recording paused with the round'
                : 'Recording'}
          </span>
          {r.startedAt !== null ? ` · ${formatDuration(now - r.startedAt)}` : ''} ·{' '}
          <span data-testid="recording-bytes">{formatBytes(r.bytes)}</span>
        </p>
        <button
          type="button"
          onClick={r.stop}
          disabled={r.phase === 'stopping'}
          aria-keyshortcuts="R"
        >
          Stop recording <kbd aria-hidden="true">R</kbd>
        </button>
      </section>
    );
  }

  return (
    <section className="room__record" aria-labelledby="record-title">
      <h2 className="room__subhead" id="record-title">
        Record this round
      </h2>
      <p className="hint">
        Watch yourself back afterwards, beside your answers and transcript. Nothing is recorded
        until you press the button, and the recording never leaves this computer.
      </p>
      <fieldset className="room__record-kinds">
        <legend className="visually-hidden">What to record</legend>
        <label className="tick">
          <input
            type="radio"
            name="record-kind"
            checked={r.kind === 'camera-mic'}
            onChange={() => r.setKind('camera-mic')}
          />
          Camera and microphone
        </label>
        <label className="tick">
          <input
            type="radio"
            name="record-kind"
            checked={r.kind === 'mic'}
            onChange={() => r.setKind('mic')}
          />
          Microphone only
        </label>
      </fieldset>
      {r.phase === 'confirm' && r.space?.state === 'tight' ? (
        <div role="alert" className="room__record-warning">
          <p>
            This round is planned for {r.plannedMinutes} minutes, but there is room for about{' '}
            {r.space.minutesLeft} {r.space.minutesLeft === 1 ? 'minute' : 'minutes'} of recording.
            It stops by itself, keeping what it has, if space runs out.
          </p>
          <button type="button" className="primary" onClick={r.confirm}>
            Record anyway
          </button>{' '}
          <button type="button" onClick={r.cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="primary" onClick={r.start} disabled={r.phase !== 'idle'}>
          {r.phase === 'idle' ? 'Start recording' : 'Starting…'}
        </button>
      )}
      {r.space && r.space.state !== 'unknown' && r.phase !== 'confirm' ? (
        <p className="hint">Room for about {r.space.minutesLeft.toLocaleString()} minutes.</p>
      ) : null}
      {r.savedId ? (
        <p role="status" data-testid="recording-saved">
          Recording saved.{' '}
          <a
            href={`/workspace.html#recordings/${encodeURIComponent(r.savedId)}`}
            target="_blank"
            rel="noreferrer"
          >
            Watch it in the workspace
          </a>
        </p>
      ) : null}
      {r.message ? (
        <p className="room__error" role="status">
          {r.message}
        </p>
      ) : null}
    </section>
  );
}
