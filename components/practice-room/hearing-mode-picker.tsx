import type { ReactNode } from 'react';
import type { HearingMode } from '../../lib/practice-room/room-params';
import type { PracticeRoomTranscript } from '../hooks/use-practice-room-transcript';

function startLabel(mode: HearingMode, running: boolean): string {
  if (mode === 'scripted') return running ? 'Stop the demo' : 'Play the demo answer';
  return running ? 'Stop listening' : 'Start listening';
}

function statusText(t: PracticeRoomTranscript): string {
  if (t.mode !== 'scripted') return 'Listening on this computer…';
  return t.scriptDone
    ? 'The demo answer is over; coaching continues until you stop it.'
    : 'Playing the demo answer…';
}

interface ModeOptionProps {
  mode: HearingMode;
  title: string;
  note: ReactNode;
  disabled?: boolean;
  children?: ReactNode;
  t: PracticeRoomTranscript;
}

function ModeOption({ mode, title, note, disabled, children, t }: ModeOptionProps) {
  const noteId = `hearing-${mode}-note`;
  return (
    <div className="room__mode">
      <input
        id={`hearing-${mode}`}
        type="radio"
        name="hearing"
        checked={t.mode === mode}
        disabled={disabled}
        aria-describedby={noteId}
        onChange={() => t.setMode(mode)}
      />
      <div>
        <label htmlFor={`hearing-${mode}`}>{title}</label>
        <p className="room__mode-note" id={noteId} data-testid={`hearing-${mode}-note`}>
          {note}
        </p>
        {children}
      </div>
    </div>
  );
}

/** "How should Loopside hear you?" — on-device speech, a scripted demo, or not at all. */
export function HearingModePicker({ transcript: t }: { transcript: PracticeRoomTranscript }) {
  return (
    <fieldset className="room__modes">
      <legend>How should Loopside hear you?</legend>
      <ModeOption
        t={t}
        mode="on-device"
        title="On-device speech"
        note={t.support ? t.support.reason : 'Checking what this browser can do…'}
        disabled={t.support?.mode !== 'on-device'}
      >
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
      </ModeOption>
      <ModeOption
        t={t}
        mode="scripted"
        title="Scripted demo"
        note="Plays a made-up, hesitant answer so you can see the coaching without speaking."
      />
      <ModeOption
        t={t}
        mode="manual"
        title="Manual: no transcript"
        note="Timers, ticks and notes only; nothing listens."
      />
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
              {statusText(t)}
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
