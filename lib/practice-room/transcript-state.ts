import type { HearingMode } from './room-params';

/** What the practice room's transcript is doing; the hook only connects this to the browser. */
export interface TranscriptState {
  mode: HearingMode;
  running: boolean;
  /** The scripted demo has said everything (the room keeps coaching until stopped). */
  scriptDone: boolean;
  installing: boolean;
  message: string | null;
  /**
   * Bumped on every start and stop, so the end of a slow start that lost the race (a microphone
   * prompt answered after Stop) is recognised and ignored.
   */
  generation: number;
}

export type TranscriptEvent =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'set-mode'; mode: HearingMode }
  | { type: 'listening'; generation: number }
  | { type: 'refused'; message: string }
  | { type: 'speech-stopped'; generation: number; why: string | null }
  | { type: 'script-done' }
  | { type: 'install-started' }
  | { type: 'install-finished'; ok: boolean };

export function initialTranscriptState(mode: HearingMode): TranscriptState {
  return {
    mode,
    running: false,
    scriptDone: false,
    installing: false,
    message: null,
    generation: 0,
  };
}

export const INSTALL_FAILED = 'The speech model could not be installed. You can try again later.';

export function transcriptReducer(s: TranscriptState, e: TranscriptEvent): TranscriptState {
  switch (e.type) {
    case 'start': {
      const fresh = { ...s, message: null, scriptDone: false, generation: s.generation + 1 };
      // The scripted demo runs at once; on-device speech waits for the microphone ('listening').
      if (s.mode === 'scripted') return { ...fresh, running: true };
      return s.mode === 'on-device' ? fresh : { ...s, message: null, scriptDone: false };
    }
    case 'stop':
      return { ...s, running: false, generation: s.generation + 1 };
    case 'set-mode':
      return {
        ...s,
        mode: e.mode,
        running: false,
        message: null,
        scriptDone: false,
        generation: s.generation + 1,
      };
    case 'listening':
      return e.generation === s.generation ? { ...s, running: true } : s;
    case 'refused':
      // Said even after a later Stop: the user should learn why the microphone was not opened.
      return { ...s, message: e.message };
    case 'speech-stopped':
      return e.generation === s.generation ? { ...s, running: false, message: e.why } : s;
    case 'script-done':
      return { ...s, scriptDone: true };
    case 'install-started':
      return { ...s, installing: true };
    case 'install-finished':
      return { ...s, installing: false, message: e.ok ? s.message : INSTALL_FAILED };
  }
}
