import type { HearingMode } from '../../lib/practice-room/room-params';
import type { PracticeRoomTranscript } from '../hooks/use-practice-room-transcript';

function startLabel(mode: HearingMode, running: boolean): string {
  if (mode === 'scripted') return running ? 'Stop the demo' : 'Play the demo answer';
  return running ? 'Stop listening' : 'Start listening';
}

/** "How should Loopside hear you?" — on-device speech, a scripted demo, or not at all. */
export function HearingModePicker({ transcript: t }: { transcript: PracticeRoomTranscript }) {
  const onDeviceReady = t.support?.mode === 'on-device';
  const choose = (mode: HearingMode) => () => t.setMode(mode);
  return (
    <fieldset className="room__modes">
      <legend>How should Loopside hear you?</legend>
      <label className="room__mode">
        <input
          type="radio"
          name="hearing"
          checked={t.mode === 'on-device'}
          disabled={!onDeviceReady}
          onChange={choose('on-device')}
        />
        <span>
          On-device speech
          <span className="room__mode-note" data-testid="speech-support">
            {t.support ? t.support.reason : 'Checking what this browser can do…'}
          </span>
          {t.support?.mode === 'install' ? (
            <button type="button" onClick={t.install} disabled={t.installing}>
              {t.installing ? 'Installing…' : 'Install the on-device model'}
            </button>
          ) : null}
          {t.support?.mode === 'downloading' ? (
            <button type="button" className="quiet" onClick={t.recheck}>
              Check again
            </button>
          ) : null}
        </span>
      </label>
      <label className="room__mode">
        <input
          type="radio"
          name="hearing"
          checked={t.mode === 'scripted'}
          onChange={choose('scripted')}
        />
        <span>
          Scripted demo
          <span className="room__mode-note">
            Plays a made-up, hesitant answer so you can see the coaching without speaking.
          </span>
        </span>
      </label>
      <label className="room__mode">
        <input
          type="radio"
          name="hearing"
          checked={t.mode === 'manual'}
          onChange={choose('manual')}
        />
        <span>
          No transcript
          <span className="room__mode-note">Timers, ticks and notes only; nothing listens.</span>
        </span>
      </label>
      {t.mode === 'manual' ? null : (
        <div className="room__mode-actions">
          <button
            type="button"
            className={t.running ? undefined : 'primary'}
            onClick={t.running ? t.stop : t.start}
          >
            {startLabel(t.mode, t.running)}
          </button>
          {t.running ? (
            <span className="room__status" data-testid="transcript-status">
              {t.mode === 'scripted' && t.scriptDone
                ? 'The demo answer is over; coaching continues until you stop it.'
                : t.mode === 'scripted'
                  ? 'Playing the demo answer…'
                  : 'Listening on this computer…'}
            </span>
          ) : null}
        </div>
      )}
      {t.message ? (
        <p className="room__error" role="status">
          {t.message}
        </p>
      ) : null}
    </fieldset>
  );
}
