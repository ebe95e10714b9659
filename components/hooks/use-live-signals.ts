import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { afterFirstPaint } from '../../lib/browser/after-first-paint';
import { listenCaptions, type CaptionListener } from '../../lib/browser/listen-captions';
import { createBufferSaver, loadUtterances } from '../../lib/browser/utterance-buffer';
import { applySelfChoice } from '../../lib/captions/apply-self-choice';
import type { CaptionHealth, Platform, Utterance } from '../../lib/captions/utterance-schema';
import { getDb } from '../../lib/db/loopside-db';
import { saveTranscriptLine } from '../../lib/db/transcript-queries';
import { keepTranscriptsSetting, selfSpeakerSetting } from '../../lib/settings/settings';
import type { Framework } from '../../lib/frameworks/framework-schema';
import {
  answerEndAt,
  answerIndexAt,
  mergeUtterance,
  speakersSeen,
} from '../../lib/live/utterance-log';
import { dropStaleHealth, healthOf, type HealthSeen } from '../../lib/live/fresh-health';
import { spokenWhileRunning } from '../../lib/practice/round-pauses';
import { setSignals } from '../../lib/practice/session-actions';
import type { Session } from '../../lib/practice/session-schema';
import type { TokenCache } from '../../lib/signals/token-cache';
import type { AnswerSignals, LiveCue } from '../../lib/signals/signals-schema';
import { useSetting } from './use-setting';

/** How often the panel looks for caption readers that stopped reporting. */
const HEALTH_CHECK_MS = 2_000;

/** How often caption updates are applied; cues still come within a second of the words. */
const SIGNALS_EVERY_MS = 300;

interface LiveSignals {
  health: Partial<Record<Platform, CaptionHealth>>;
  /** True while some caption reader reports working captions. */
  active: boolean;
  speakers: string[];
  selfName: string | null;
  /** Whether any utterance is known to be the candidate's. */
  selfKnown: boolean;
  setSelfName: (name: string | null) => void;
  keepTranscripts: boolean;
  setKeepTranscripts: (on: boolean) => void;
  signals: AnswerSignals | null;
  cue: LiveCue | null;
}

const workingStates = new Set(['working', 'refound']);

interface SignalMaths {
  signals: typeof import('../../lib/live/live-signals');
  tokens: TokenCache;
}

/**
 * The signal maths (word lists, scoring, the token cache) loads just after the panel's first
 * screen, off its start-up path: nothing needs it before captions arrive in a round, and lines
 * heard meanwhile are kept and scored as soon as it is there.
 */
function useSignalMaths(): SignalMaths | null {
  const [maths, setMaths] = useState<SignalMaths | null>(null);
  useEffect(() => {
    let live = true;
    afterFirstPaint()
      .then(() =>
        Promise.all([
          import('../../lib/live/live-signals'),
          import('../../lib/signals/token-cache'),
        ]),
      )
      .then(
        ([signals, cache]) => live && setMaths({ signals, tokens: cache.createTokenCache() }),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  return maths;
}

/**
 * Where utterances come from: by default the caption readers on call tabs (runtime messages);
 * the solo practice room passes its own on-device or scripted transcript instead.
 */
export interface UtteranceSource {
  /** Delivers utterances and health until `signal` aborts. */
  subscribe: (listener: CaptionListener, signal: AbortSignal) => void;
  /** Whether the source is producing speech now (captions report their own health). */
  active?: boolean;
  /** Where its lines are kept across a reload of the page. */
  bufferName?: string;
}

const captionSource: UtteranceSource = { subscribe: listenCaptions, bufferName: 'captions' };

/**
 * Reads caption messages, keeps the latest revision of each utterance in memory, computes the
 * current answer's signals and the one live cue, and stores each answer's signals (and, only if
 * the user opted in, its transcript) as final captions arrive.
 */
export function useLiveSignals(
  session: Session | null | undefined,
  framework: Framework | undefined,
  now: number,
  update: (change: (s: Session, now: number) => Session) => Promise<unknown>,
  source: UtteranceSource = captionSource,
  /** Which call sites the user has turned on; lines from others are ignored. */
  allowed?: (platform: Platform) => boolean,
): LiveSignals {
  const [log, setLog] = useState<ReadonlyMap<string, Utterance>>(() => new Map());
  const [healthSeen, setHealthSeen] = useState<HealthSeen>({});
  const reporting = Object.keys(healthSeen).length > 0;
  useEffect(() => {
    if (!reporting) return;
    // Readers repeat their health every few seconds; one that stopped has gone with its call page.
    // Dropping it ends the check too once none reports.
    const timer = setInterval(
      () => setHealthSeen((x) => dropStaleHealth(x, Date.now())),
      HEALTH_CHECK_MS,
    );
    return () => clearInterval(timer);
  }, [reporting]);
  const health = useMemo(() => healthOf(healthSeen), [healthSeen]);
  const [selfName, setSelfName] = useSetting(selfSpeakerSetting);
  const [keepTranscripts, setKeepTranscripts] = useSetting(keepTranscriptsSetting);

  const latest = useRef({ session, keepTranscripts, selfName, allowed });
  useEffect(() => {
    latest.current = { session, keepTranscripts, selfName, allowed };
  });

  // Lines heard before a reload of this page come back from session storage.
  const bufferName = source.bufferName ?? 'captions';
  // Nothing is saved over the buffer before it has been read back.
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    let live = true;
    void loadUtterances(bufferName).then((saved) => {
      if (!live) return;
      if (saved.length) setLog((l) => saved.reduce((acc, u) => mergeUtterance(acc, u), l));
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [bufferName]);
  // Only the round in progress is held, in memory-backed session storage; a finished round or no
  // round clears it. Keeping text beyond that is the user's opt-in transcript, not this buffer.
  const roundStart =
    session === undefined ? undefined : session?.status === 'active' ? session.createdAt : null;
  const saver = useMemo(() => createBufferSaver(bufferName), [bufferName]);
  useEffect(() => {
    // A reload or a closed panel writes what was heard since the last save.
    const leaving = () => saver.flush();
    addEventListener('pagehide', leaving);
    return () => {
      removeEventListener('pagehide', leaving);
      saver.flush();
    };
  }, [saver]);
  useEffect(() => {
    if (roundStart === undefined || !restored) return;
    saver.save(roundStart === null ? [] : [...log.values()].filter((u) => u.end >= roundStart));
  }, [log, saver, roundStart, restored]);

  const subscribe = source.subscribe;
  useEffect(() => {
    // Caption updates arrive several times a second in a long answer; they are gathered and
    // applied in one render at most every SIGNALS_EVERY_MS, so the panel re-renders for captions
    // a few times a second rather than on every message.
    let queue: Utterance[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      timer = undefined;
      const batch = queue;
      queue = [];
      setLog((l) => batch.reduce((acc, u) => mergeUtterance(acc, u), l));
    };
    const listening = new AbortController();
    subscribe(
      {
        onUtterance: (raw, platform) => {
          // A reader still running on a site the user turned off is not listened to.
          if (platform && latest.current.allowed && !latest.current.allowed(platform)) return;
          queue.push(raw);
          timer ??= setTimeout(apply, SIGNALS_EVERY_MS);
          const { session: s, keepTranscripts: keep, selfName: me } = latest.current;
          if (!keep || !s || !raw.final) return;
          const u = applySelfChoice(raw, me ?? null);
          const index = answerIndexAt(s.answers, u.start);
          if (index >= 0) void saveTranscriptLine(getDb(), s.id, index, u, Date.now());
        },
        onHealth: (h) => {
          if (latest.current.allowed && !latest.current.allowed(h.platform)) return;
          const seenAt = Date.now();
          setHealthSeen((x) => ({ ...x, [h.platform]: { health: h, seenAt } }));
        },
      },
      listening.signal,
    );
    return () => {
      listening.abort();
      clearTimeout(timer);
    };
  }, [subscribe]);

  // Caption work renders at low priority: a click in the panel during a long answer is handled
  // first, and signals catch up with the newest captions right after.
  const heard = useDeferredValue(log);
  const utterances = useMemo(
    () => [...heard.values()].map((u) => applySelfChoice(u, selfName ?? null)),
    [heard, selfName],
  );
  // What was said while the round was paused counts towards neither the cue nor the record.
  const openSince = session?.status === 'active' ? session.clock.pausedAt : null;
  // Each read of the round is a new object: its pauses are compared by content, not identity.
  const ended = JSON.stringify(session?.pauses ?? []);
  const spoken = useMemo(
    () =>
      spokenWhileRunning({ ended: JSON.parse(ended) as [number, number][], openSince }, utterances),
    [utterances, ended, openSince],
  );
  const values = framework?.values;
  const maths = useSignalMaths();
  useEffect(() => maths?.tokens.keepOnly(new Set(heard.keys())), [maths, heard]);

  const answer = session?.answers[session.currentIndex];
  const start = answer?.clock.startedAt ?? null;
  const end = answer && answer.durationMs !== null ? answerEndAt(answer) : null;
  const signals = useMemo(
    () =>
      maths ? maths.signals.currentAnswerSignals(spoken, values, start, end, maths.tokens) : null,
    [maths, spoken, values, start, end],
  );

  // Store what the finalized captions showed, on whichever answer they fall in.
  const stored = useRef(new Map<string, string>());
  const settledSeen = useRef('');
  useEffect(() => {
    if (!session || !values || !maths) return;
    const seen = maths.signals.settledKey(session, utterances, values);
    if (seen === settledSeen.current) return;
    settledSeen.current = seen;
    for (const { index, signals: s } of maths.signals.signalsToStore(
      session,
      utterances,
      values,
      Date.now(),
      stored.current,
      maths.tokens,
    )) {
      void update((x) => setSignals(x, index, s));
    }
    // Runs when captions change (or the maths arrives), not on every tick of the session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [utterances, values, session?.id, maths]);

  const active =
    source.active ?? Object.values(health).some((h) => h && workingStates.has(h.state));
  const cue = maths ? maths.signals.currentCue(active, signals, session, now) : null;

  return {
    health,
    active,
    speakers: speakersSeen(log),
    selfName: selfName ?? null,
    selfKnown: utterances.some((u) => u.isSelf),
    setSelfName: (n) => void setSelfName(n),
    keepTranscripts: keepTranscripts ?? false,
    setKeepTranscripts: (on) => void setKeepTranscripts(on),
    signals,
    cue,
  };
}
