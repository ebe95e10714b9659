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
import {
  scriptedDurationMs,
  scriptedUtterances,
} from '../../lib/practice-room/scripted-transcript';
import {
  speechLang,
  speechSupport,
  type SpeechSupport,
} from '../../lib/practice-room/speech-support';
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
): PracticeRoomTranscript {
  const [mode, setModeState] = useState<HearingMode>(initialMode);
  const [support, setSupport] = useState<SpeechSupport | null>(null);
  const [checks, setChecks] = useState(0);
  const [running, setRunning] = useState(false);
  const [scriptDone, setScriptDone] = useState(false);
  const [installing, setInstalling] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [log, setLog] = useState<ReadonlyMap<string, Utterance>>(() => new Map());
  const [hub] = useState(createUtteranceHub);
  const [lang] = useState(() => speechLang(globalThis.navigator?.language));
  const speech = useRef<SpeechHandle | null>(null);
  // Bumped on every start and stop, so a slow start that lost the race does not keep listening.
  const generation = useRef(0);

  useEffect(() => {
    let current = true;
    void checkOnDeviceSpeech(lang).then((env) => {
      if (current) setSupport(speechSupport(env));
    });
    return () => {
      current = false;
    };
  }, [lang, checks]);

  useEffect(
    () =>
      hub.subscribe({
        onUtterance: (u) => setLog((l) => mergeUtterance(l, u, 200)),
        onHealth: () => {},
      }),
    [hub],
  );

  useEffect(() => {
    if (!running || mode !== 'scripted') return;
    const startAt = Date.now();
    const options = { startAt, speed, idPrefix: `demo-${startAt}` };
    const doneAfter = scriptedDurationMs(demoScript, options);
    const sent = new Map<string, number>();
    const id = setInterval(() => {
      const elapsed = Date.now() - startAt;
      for (const u of scriptedUtterances(demoScript, elapsed, options)) {
        if ((sent.get(u.id) ?? -1) >= u.revision) continue;
        sent.set(u.id, u.revision);
        hub.emit(u);
      }
      if (elapsed >= doneAfter) {
        clearInterval(id);
        setScriptDone(true);
      }
    }, SCRIPT_TICK_MS);
    return () => clearInterval(id);
  }, [running, mode, speed, hub]);

  const stop = useCallback(() => {
    generation.current += 1;
    speech.current?.stop();
    speech.current = null;
    setRunning(false);
  }, []);

  useEffect(() => () => speech.current?.stop(), []);

  const startOnDevice = useCallback(async () => {
    const mine = ++generation.current;
    // The permission prompt has to come from this tab: side panels cannot show it.
    const mic = await openMedia('microphone');
    if (!mic.ok) {
      setMessage(mic.message);
      return;
    }
    stopMedia(mic.stream);
    if (mine !== generation.current) return;
    setRunning(true);
    const handle = await startOnDeviceSpeech({
      lang,
      onUtterance: hub.emit,
      onStop: (why) => {
        if (mine !== generation.current) return;
        setRunning(false);
        setMessage(why);
      },
    });
    if (mine === generation.current) speech.current = handle;
    else handle.stop();
  }, [hub, lang]);

  const start = useCallback(() => {
    setMessage(null);
    setScriptDone(false);
    if (mode === 'scripted') {
      generation.current += 1;
      setRunning(true);
    } else if (mode === 'on-device') void startOnDevice();
  }, [mode, startOnDevice]);

  const setMode = useCallback(
    (next: HearingMode) => {
      stop();
      setMessage(null);
      setScriptDone(false);
      setModeState(next);
    },
    [stop],
  );

  const install = useCallback(() => {
    setInstalling(true);
    void installOnDeviceSpeech(lang).then((ok) => {
      setInstalling(false);
      if (!ok) setMessage('The speech model could not be installed. You can try again later.');
      setChecks((n) => n + 1);
    });
  }, [lang]);

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
    scriptDone,
    start,
    stop,
    install,
    installing,
    recheck,
    message,
    lines,
    source,
  };
}
