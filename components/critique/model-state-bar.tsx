import { describeModelState, MODEL_DOWNLOAD_SIZE } from '../../lib/critique/describe-model-state';
import type { ModelState } from '../../lib/critique/language-model-api';
import { STATE_MESSAGES } from '../../lib/critique/prompt-on-device';

/**
 * Where the model stands, in words, and the one button that fits: critique when it is ready,
 * download (by this click only) when Chrome can fetch it, nothing when it cannot run here.
 */
export function ModelStateBar({
  state,
  progress,
  running,
  runLabel,
  onRun,
  onStop,
}: {
  state: ModelState | null;
  progress: number | null;
  running: boolean;
  runLabel: string;
  onRun: () => void;
  onStop: () => void;
}) {
  if (state === null) return <p role="status">Checking the on-device model…</p>;
  const canRun = state === 'available' || state === 'downloadable' || state === 'downloading';
  return (
    <div className="critique__bar">
      <p role="status" data-testid="model-state">
        <strong>On-device model: {describeModelState(state, progress)}</strong>
      </p>
      {state === 'missing' ? <p className="muted">{STATE_MESSAGES.missing}</p> : null}
      {state === 'unavailable' ? (
        <p className="muted">
          {STATE_MESSAGES.unavailable} Nothing is sent anywhere else instead: Loopside has no cloud
          fallback.
        </p>
      ) : null}
      {state === 'downloadable' ? (
        <p className="muted">
          Chrome will download its built-in model ({MODEL_DOWNLOAD_SIZE}; it wants 22 GB free on the
          disk) once, when you press the button. After that the critique works offline.
        </p>
      ) : null}
      {canRun ? (
        <div className="controls">
          {running ? (
            <button type="button" onClick={onStop}>
              Stop
            </button>
          ) : (
            <button type="button" className="primary" onClick={onRun}>
              {state === 'available'
                ? runLabel
                : state === 'downloading'
                  ? 'Critique when the download finishes'
                  : `Download the model (${MODEL_DOWNLOAD_SIZE}) and critique`}
            </button>
          )}
        </div>
      ) : null}
    </div>
  );
}
