import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { openMedia, stopMedia } from '../../lib/browser/camera';
import {
  checkOnDeviceSpeech,
  installOnDeviceSpeech,
  startOnDeviceSpeech,
  type SpeechHandle,
} from '../../lib/browser/on-device-speech';
import type { Utterance } from '../../lib/captions/utterance-schema';
import { mergeUtterance } from '../../lib/live/utterance-log';
import { demoScript } from '../../lib/practice-room/demo-script';
import type { HearingMode } from '../../lib/practice-room/room-params';
import { scriptTick } from '../../lib/practice-room/script-feed';
import { scriptedDurationMs } from '../../lib/practice-room/scripted-transcript';
import {
  speechLang,
  speechSupport,
  type SpeechSupport,
} from '../../lib/practice-room/speech-support';
import {
  initialTranscriptState,
  transcriptReducer,
  type TranscriptEvent,
} from '../../lib/practice-room/transcript-state';
import { createUtteranceHub } from '../../lib/practice-room/utterance-hub';
import type { UtteranceSource } from './use-live-signals';

const LINES_SHOWN = 8;
const SCRIPT_TICK_MS = 100;

export interface PracticeRoomTranscript {
  mode: HearingMode;
  setMode: (mode: HearingMode) => void;
  /** On-device speech support; null while the browser is being asked. */
  support: SpeechSupport | null;
  running: boolean;
  /** The scripted demo has said everything (the room keeps coaching until stopped). */
  scriptDone: boolean;
  start: () => void;
  stop: () => void;
  install: () => void;
  installing: boolean;
  recheck: () => void;
  message: string | null;
  /** The newest things heard, oldest first. */
  lines: Utterance[];
  source: UtteranceSource;
}

/**
 * The practice room's own transcript: the on-device recogniser, the scripted demo, or nothing.
 * It feeds both the coach panel (as its utterance source) and the transcript shown on the page.
 */
export function usePracticeRoomTranscript(
  initialMode: HearingMode,
  speed: number,
  /** The browser's answer if it was asked before the first render. */
  initialSupport?: SpeechSupport,
): PracticeRoomTranscript {
  const [state, setState] = useState(() => initialTranscriptState(initialMode));
  // A synchronous copy, so an async start can tell whether it is still the current one.
  const current = useRef(state);
  const dispatch = useCallback((e: TranscriptEvent) => {
    current.current = transcriptReducer(current.current, e);
    setState(current.current);
  }, []);
  const { mode, running } = state;
  const [support, setSupport] = useState<SpeechSupport | null>(initialSupport ?? null);
  const [checks, setChecks] = useState(0);
  const [log, setLog] = useState<ReadonlyMap<string, Utterance>>(() => new Map());
  const [hub] = useState(createUtteranceHub);
  const [lang] = useState(() => speechLang(globalThis.navigator?.language));
  const speech = useRef<SpeechHandle | null>(null);

  useEffect(() => {
    // Asked once already, just before the first render; a "Check again" asks anew.
    if (checks === 0 && initialSupport) return;
    let live = true;
    void checkOnDeviceSpeech(lang).then((env) => {
      if (live) setSupport(speechSupport(env));
    });
    return () => {
      live = false;
    };
  }, [lang, checks, initialSupport]);

  useEffect(() => {
    const listening = new AbortController();
    hub.subscribe(
      { onUtterance: (u) => setLog((l) => mergeUtterance(l, u, 200)), onHealth: () => {} },
      listening.signal,
    );
    return () => listening.abort();
  }, [hub]);

  useEffect(() => {
    if (!running || mode !== 'scripted') return;
    const startAt = Date.now();
    const options = { startAt, speed, idPrefix: `demo-${startAt}` };
    const doneAfter = scriptedDurationMs(demoScript, options);
    const sent = new Map<string, number>();
    const id = setInterval(() => {
      const { emit, done } = scriptTick(demoScript, Date.now() - startAt, options, doneAfter, sent);
      for (const u of emit) hub.emit(u);
      if (done) {
        clearInterval(id);
        dispatch({ type: 'script-done' });
      }
    }, SCRIPT_TICK_MS);
    return () => clearInterval(id);
  }, [running, mode, speed, hub, dispatch]);

  const stop = useCallback(() => {
    dispatch({ type: 'stop' });
    speech.current?.stop();
    speech.current = null;
  }, [dispatch]);

  useEffect(() => () => speech.current?.stop(), []);

  const startOnDevice = useCallback(async () => {
    const mine = current.current.generation;
    // The permission prompt has to come from this tab: side panels cannot show it.
    const mic = await openMedia('microphone');
    if (!mic.ok) {
      dispatch({ type: 'refused', message: mic.message });
      return;
    }
    stopMedia(mic.stream);
    if (mine !== current.current.generation) return;
    dispatch({ type: 'listening', generation: mine });
    const handle = await startOnDeviceSpeech({
      lang,
      onUtterance: hub.emit,
      onStop: (why) => dispatch({ type: 'speech-stopped', generation: mine, why }),
    });
    if (mine === current.current.generation) speech.current = handle;
    else handle.stop();
  }, [hub, lang, dispatch]);

  const start = useCallback(() => {
    dispatch({ type: 'start' });
    if (current.current.mode === 'on-device') void startOnDevice();
  }, [startOnDevice, dispatch]);

  const setMode = useCallback(
    (next: HearingMode) => {
      stop();
      dispatch({ type: 'set-mode', mode: next });
    },
    [stop, dispatch],
  );

  const install = useCallback(() => {
    dispatch({ type: 'install-started' });
    void installOnDeviceSpeech(lang).then((ok) => {
      dispatch({ type: 'install-finished', ok });
      setChecks((n) => n + 1);
    });
  }, [lang, dispatch]);

  const recheck = useCallback(() => setChecks((n) => n + 1), []);

  const source = useMemo<UtteranceSource>(
    () => ({ subscribe: hub.subscribe, active: running, bufferName: 'practice-room' }),
    [hub, running],
  );
  const lines = useMemo(
    () => [...log.values()].filter((u) => u.isSelf && u.text !== '').slice(-LINES_SHOWN),
    [log],
  );

  return {
    mode,
    setMode,
    support,
    running,
    scriptDone: state.scriptDone,
    start,
    stop,
    install,
    installing: state.installing,
    recheck,
    message: state.message,
    lines,
    source,
  };
}
