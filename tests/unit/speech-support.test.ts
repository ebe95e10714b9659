import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOnDeviceSpeech, startOnDeviceSpeech } from '../../lib/browser/on-device-speech';
import type { Utterance } from '../../lib/captions/utterance-schema';
import { applyHeardResults, type HeardState } from '../../lib/practice-room/speech-results';
import {
  speechLang,
  speechSupport,
  speechSupportWithin,
  type SpeechEnv,
  type SpeechMode,
} from '../../lib/practice-room/speech-support';

describe('speechSupport: only confirmed on-device recognition is used', () => {
  it.each<{ name: string; env: SpeechEnv; mode: SpeechMode; reason: RegExp }>([
    {
      name: 'no recogniser at all (Firefox)',
      env: { hasRecognition: false, hasAvailable: false },
      mode: 'manual',
      reason: /no speech recognition/i,
    },
    {
      name: 'recogniser without available() (pre-139 Chrome, would use the cloud)',
      env: { hasRecognition: true, hasAvailable: false },
      mode: 'manual',
      reason: /139/,
    },
    {
      name: 'recogniser without available(), even if an answer is somehow present',
      env: { hasRecognition: true, hasAvailable: false, availability: 'available' },
      mode: 'manual',
      reason: /139/,
    },
    {
      name: 'model installed',
      env: { hasRecognition: true, hasAvailable: true, availability: 'available' },
      mode: 'on-device',
      reason: /on this computer/i,
    },
    {
      name: 'model can be downloaded',
      env: { hasRecognition: true, hasAvailable: true, availability: 'downloadable' },
      mode: 'install',
      reason: /not installed/i,
    },
    {
      name: 'model downloading',
      env: { hasRecognition: true, hasAvailable: true, availability: 'downloading' },
      mode: 'downloading',
      reason: /again/i,
    },
    {
      name: 'language not offered on device',
      env: { hasRecognition: true, hasAvailable: true, availability: 'unavailable' },
      mode: 'manual',
      reason: /not offered/i,
    },
    {
      name: 'available() threw or has not answered',
      env: { hasRecognition: true, hasAvailable: true },
      mode: 'manual',
      reason: /could not confirm/i,
    },
  ])('$name → $mode', ({ env, mode, reason }) => {
    const got = speechSupport(env);
    expect(got.mode).toBe(mode);
    expect(got.reason).toMatch(reason);
  });

  it.each([
    ['en-GB', 'en-GB'],
    ['en', 'en'],
    ['de-DE', 'en-US'],
    ['english', 'en-US'],
    [undefined, 'en-US'],
  ])('listens in English for the word lists: %s → %s', (browser, lang) => {
    expect(speechLang(browser)).toBe(lang);
  });
});

describe('applyHeardResults: recogniser results become utterance revisions', () => {
  const ctx = (now: number) => ({ sessionId: 's1', now });

  it('interim guesses revise one id; the final result settles it', () => {
    let state: HeardState = new Map();
    const steps = [
      { results: [{ text: 'so I', final: false }], now: 1_000 },
      { results: [{ text: 'so I guess', final: false }], now: 1_400 },
      { results: [{ text: ' so I guess we ', final: true }], now: 2_000 },
    ];
    const seen = steps.flatMap(({ results, now }) => {
      const r = applyHeardResults(state, results, 0, ctx(now));
      state = r.state;
      return r.changed;
    });
    expect(seen.map((u) => [u.id, u.revision, u.text, u.final])).toEqual([
      ['s1-0', 0, 'so I', false],
      ['s1-0', 1, 'so I guess', false],
      ['s1-0', 2, 'so I guess we', true],
    ]);
    expect(seen.every((u) => u.start === 1_000 && u.isSelf && u.speaker === 'You')).toBe(true);
    expect(seen.at(-1)?.end).toBe(2_000);
  });

  it('only results from resultIndex on are read, and unchanged or settled ones emit nothing', () => {
    const first = applyHeardResults(
      new Map(),
      [
        { text: 'first part', final: true },
        { text: 'second', final: false },
      ],
      0,
      ctx(10),
    );
    expect(first.changed.map((u) => u.id)).toEqual(['s1-0', 's1-1']);
    const again = applyHeardResults(
      first.state,
      [
        { text: 'first part changed', final: true },
        { text: 'second', final: false },
        { text: 'third', final: false },
      ],
      1,
      ctx(20),
    );
    expect(again.changed.map((u) => [u.id, u.text])).toEqual([['s1-2', 'third']]);
    const unchanged = applyHeardResults(again.state, [], 0, ctx(30));
    expect(unchanged.state).toBe(again.state);
  });

  it('an empty guess is not an utterance', () => {
    const r = applyHeardResults(new Map(), [{ text: '  ', final: false }], 0, ctx(1));
    expect(r.changed).toEqual([]);
  });
});

describe('startOnDeviceSpeech with a stand-in recogniser', () => {
  type Handler = ((e: never) => void) | null;
  interface Fake {
    lang: string;
    continuous: boolean;
    interimResults: boolean;
    processLocally: boolean;
    onresult: Handler;
    onerror: Handler;
    onend: Handler;
    starts: number;
  }
  const made: Fake[] = [];
  let availability = 'available';

  function install(withAvailable = true) {
    class FakeRecognition {
      lang = '';
      continuous = false;
      interimResults = false;
      local = false;
      // Like the real interface, the flag lives on the prototype as an accessor.
      get processLocally() {
        return this.local;
      }
      set processLocally(on: boolean) {
        this.local = on;
      }
      onresult: Handler = null;
      onerror: Handler = null;
      onend: Handler = null;
      starts = 0;
      constructor() {
        made.push(this);
      }
      start() {
        this.starts += 1;
      }
      stop() {}
      abort() {}
      static available = withAvailable ? async () => availability : undefined;
    }
    vi.stubGlobal('webkitSpeechRecognition', FakeRecognition);
  }
  const results = (...r: [string, boolean][]) =>
    r.map(([t, f]) => Object.assign([{ transcript: t }], { isFinal: f }));

  afterEach(() => {
    vi.unstubAllGlobals();
    made.length = 0;
    availability = 'available';
  });

  it('asks for local processing, keeps going after pauses and maps results', async () => {
    install();
    const heard: Utterance[] = [];
    const onStop = vi.fn();
    const handle = await startOnDeviceSpeech({
      lang: 'en-US',
      onUtterance: (u) => heard.push(u),
      onStop,
    });
    const r = made[0]!;
    expect(r).toMatchObject({ processLocally: true, continuous: true, interimResults: true });
    expect(r.starts).toBe(1);
    r.onresult!({ resultIndex: 0, results: results(['so I', false]) } as never);
    r.onresult!({ resultIndex: 0, results: results(['so I guess', true]) } as never);
    r.onerror!({ error: 'no-speech' } as never);
    r.onend!(undefined as never);
    expect(r.starts).toBe(2);
    // After a restart result indexes begin again at 0: a new id, not a revision of the old one.
    r.onresult!({ resultIndex: 0, results: results(['then we', false]) } as never);
    expect(heard.map((u) => [u.revision, u.text, u.final])).toEqual([
      [0, 'so I', false],
      [1, 'so I guess', true],
      [0, 'then we', false],
    ]);
    expect(new Set(heard.map((u) => u.id)).size).toBe(2);
    expect(onStop).not.toHaveBeenCalled();
    handle.stop();
    r.onend!(undefined as never);
    expect(r.starts).toBe(2);
    expect(onStop).toHaveBeenCalledWith(null);
  });

  it('stops with a reason when the microphone is refused', async () => {
    install();
    const onStop = vi.fn();
    await startOnDeviceSpeech({ lang: 'en-US', onUtterance: () => {}, onStop });
    made[0]!.onerror!({ error: 'not-allowed' } as never);
    made[0]!.onend!(undefined as never);
    expect(made[0]!.starts).toBe(1);
    expect(onStop).toHaveBeenCalledWith(expect.stringMatching(/microphone/i));
  });

  it.each([
    ['the model is only downloadable', true, 'downloadable'],
    ['there is no available() check', false, 'available'],
  ])('never starts when %s', async (_, withAvailable, answer) => {
    install(withAvailable);
    availability = answer;
    const onStop = vi.fn();
    await startOnDeviceSpeech({ lang: 'en-US', onUtterance: () => {}, onStop });
    expect(made).toHaveLength(0);
    expect(onStop).toHaveBeenCalledWith(expect.stringMatching(/not listening/i));
  });

  it('reports what it found for speechSupport', async () => {
    install();
    availability = 'downloading';
    expect(await checkOnDeviceSpeech('en-US')).toEqual({
      hasRecognition: true,
      hasAvailable: true,
      availability: 'downloading',
    });
    vi.unstubAllGlobals();
    expect(await checkOnDeviceSpeech('en-US')).toEqual({
      hasRecognition: false,
      hasAvailable: false,
    });
  });
});

describe('the support answer asked before the room first renders', () => {
  it('is the answer when the browser gives it in time', async () => {
    const got = await speechSupportWithin(
      async () => ({ hasRecognition: true, hasAvailable: true, availability: 'downloadable' }),
      1_000,
    );
    expect(got?.mode).toBe('install');
  });

  it('is nothing (the room asks again later) when the browser is slow or the check throws', async () => {
    expect(await speechSupportWithin(() => new Promise(() => {}), 20)).toBeUndefined();
    expect(await speechSupportWithin(() => Promise.reject(new Error('no')), 1_000)).toBeUndefined();
  });
});
