import type { Utterance } from '../captions/utterance-schema';
import {
  applyHeardResults,
  type HeardResult,
  type HeardState,
} from '../practice-room/speech-results';
import type { OnDeviceAvailability, SpeechEnv } from '../practice-room/speech-support';

// The Web Speech API is not in TypeScript's DOM types; only the parts used here are described.
interface ResultListLike {
  readonly length: number;
  [index: number]: { readonly isFinal: boolean; [alt: number]: { transcript: string } | undefined };
}
interface RecognitionEventLike {
  resultIndex: number;
  results: ResultListLike;
}
interface RecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((e: RecognitionEventLike) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
  abort: () => void;
}
interface LocalOptions {
  langs: string[];
  processLocally: boolean;
}
interface RecognitionCtor {
  new (): RecognitionLike;
  available?: (options: LocalOptions) => Promise<OnDeviceAvailability>;
  install?: (options: LocalOptions) => Promise<boolean>;
}

function recognitionCtor(): RecognitionCtor | undefined {
  const g = globalThis as unknown as {
    SpeechRecognition?: RecognitionCtor;
    webkitSpeechRecognition?: RecognitionCtor;
  };
  return g.SpeechRecognition ?? g.webkitSpeechRecognition;
}

/** Feature facts for `speechSupport`: only an explicit on-device "available" lets us listen. */
export async function checkOnDeviceSpeech(lang: string): Promise<SpeechEnv> {
  const Ctor = recognitionCtor();
  const hasAvailable = typeof Ctor?.available === 'function' && 'processLocally' in Ctor.prototype;
  if (!Ctor || !hasAvailable) return { hasRecognition: !!Ctor, hasAvailable };
  try {
    const availability = await Ctor.available!({ langs: [lang], processLocally: true });
    return { hasRecognition: true, hasAvailable, availability };
  } catch {
    return { hasRecognition: true, hasAvailable };
  }
}

/** Asks the browser to fetch the on-device model; must be called from a click. */
export async function installOnDeviceSpeech(lang: string): Promise<boolean> {
  const Ctor = recognitionCtor();
  if (!Ctor?.install) return false;
  try {
    return await Ctor.install({ langs: [lang], processLocally: true });
  } catch {
    return false;
  }
}

interface OnDeviceSpeechOptions {
  lang: string;
  onUtterance: (u: Utterance) => void;
  /** A problem that stopped listening, as a sentence. */
  onStop: (message: string | null) => void;
}

export interface SpeechHandle {
  stop: () => void;
}

const stopReasons: Record<string, string> = {
  'not-allowed': 'The microphone was not allowed, so listening stopped.',
  'service-not-allowed': 'The browser would not run on-device speech here, so listening stopped.',
  'audio-capture': 'No microphone could be opened, so listening stopped.',
  'language-not-supported': 'On-device speech does not support this language here.',
  network:
    'The browser tried to use a network service; Loopside stopped listening to keep speech local.',
};

function flatten(list: ResultListLike): HeardResult[] {
  const out: HeardResult[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    out.push({ text: r?.[0]?.transcript ?? '', final: r?.isFinal ?? false });
  }
  return out;
}

/**
 * Listens on this computer only, and keeps listening: the recogniser ends its session at pauses,
 * so it is started again until `stop()`. Refuses to start unless on-device processing is confirmed.
 */
export async function startOnDeviceSpeech(opts: OnDeviceSpeechOptions): Promise<SpeechHandle> {
  const env = await checkOnDeviceSpeech(opts.lang);
  const Ctor = recognitionCtor();
  if (!Ctor || env.availability !== 'available') {
    opts.onStop('On-device speech is not ready, so Loopside is not listening.');
    return { stop: () => {} };
  }
  const recognition = new Ctor();
  recognition.lang = opts.lang;
  recognition.continuous = true;
  recognition.interimResults = true;
  recognition.processLocally = true;

  let running = true;
  let session = 0;
  let state: HeardState = new Map();
  const run = crypto.randomUUID().slice(0, 8);
  const newSession = () => {
    session += 1;
    state = new Map();
  };

  recognition.onresult = (e) => {
    const next = applyHeardResults(state, flatten(e.results), e.resultIndex, {
      sessionId: `speech-${run}-${session}`,
      now: Date.now(),
    });
    state = next.state;
    for (const u of next.changed) opts.onUtterance(u);
  };
  recognition.onerror = (e) => {
    const reason = stopReasons[e.error];
    if (!reason) return; // "no-speech" and "aborted" are pauses; the end handler restarts.
    running = false;
    opts.onStop(reason);
  };
  recognition.onend = () => {
    if (!running) return;
    newSession();
    try {
      recognition.start();
    } catch {
      running = false;
      opts.onStop('Listening stopped and could not restart. Try again.');
    }
  };

  newSession();
  recognition.start();
  return {
    stop: () => {
      if (!running) return;
      running = false;
      recognition.stop();
      opts.onStop(null);
    },
  };
}
