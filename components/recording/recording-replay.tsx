import { useMemo, useRef, useState } from 'react';
import { formatDuration } from '../../lib/practice/round-clock';
import type { Session } from '../../lib/practice/session-schema';
import type { Recording } from '../../lib/recording/recording-schema';
import { recordedDurationMs } from '../../lib/recording/recording-time';
import { nextAnswerMs, replayTimeline, type ReplayItem } from '../../lib/recording/replay-timeline';
import { useReplayMedia } from '../hooks/use-replay-media';

const SPEEDS = [1, 1.5, 2] as const;

const kindLabel: Record<ReplayItem['kind'], string> = {
  prompt: 'Prompt',
  'answer-start': 'Answer',
  line: 'Said',
  value: 'Value',
  cue: 'Cue',
  note: 'Note',
  ticks: 'Ticks',
  'answer-end': 'End',
};

/**
 * A recording made in the browser (MediaRecorder's WebM) carries no length, and Chromium's player
 * then shows a seek bar that cannot be used ("Infinity"). Asking for a position far past the end
 * makes the player read the whole file and learn its length; then it goes back to the start. If
 * no length comes (an error, a browser that never says), it gives up after a few seconds.
 */
function learnDuration(el: HTMLMediaElement, done: (learnt: boolean) => void) {
  if (Number.isFinite(el.duration)) return done(true);
  let over = false;
  const finish = (learnt: boolean) => {
    if (over) return;
    over = true;
    el.removeEventListener('durationchange', onChange);
    el.removeEventListener('error', onError);
    clearTimeout(timer);
    done(learnt);
  };
  const onChange = () => {
    if (Number.isFinite(el.duration)) finish(true);
  };
  const onError = () => finish(false);
  const timer = setTimeout(() => finish(false), 3_000);
  el.addEventListener('durationchange', onChange);
  el.addEventListener('error', onError);
  el.currentTime = Number.MAX_SAFE_INTEGER;
}

/** The recording beside the round's timeline; every moment on the timeline seeks the player. */
export function RecordingReplay({
  recording,
  session,
  valueNames,
}: {
  recording: Recording;
  session: Session | undefined;
  valueNames: ReadonlyMap<string, string>;
}) {
  const { url, transcripts } = useReplayMedia(recording);
  const media = useRef<HTMLVideoElement | HTMLAudioElement | null>(null);
  const [speed, setSpeed] = useState<number>(1);
  const [currentMs, setCurrentMs] = useState(0);
  const items = useMemo(
    () =>
      session && transcripts
        ? replayTimeline({
            recording,
            session,
            transcripts,
            valueName: (id) => valueNames.get(id) ?? id,
          })
        : [],
    [recording, session, transcripts, valueNames],
  );

  // While the player looks for the file's length, its position is not the replay's; a moment
  // chosen meanwhile is where it goes once it knows.
  const measuring = useRef(false);
  const chosenMs = useRef<number | null>(null);
  const seek = (ms: number) => {
    const el = media.current;
    if (!el) return;
    setCurrentMs(ms);
    if (measuring.current) chosenMs.current = ms;
    else el.currentTime = ms / 1000;
  };
  const setRate = (s: number) => {
    setSpeed(s);
    if (media.current) media.current.playbackRate = s;
  };
  const next = nextAnswerMs(items, currentMs);
  // The item playing now: the last one at or before the position.
  const playing = items.reduce<string | null>(
    (id, it) => (it.atMs !== null && it.atMs <= currentMs + 250 ? it.id : id),
    null,
  );

  const mediaProps = {
    src: url ?? undefined,
    controls: true,
    preload: 'auto',
    'data-testid': 'replay-media',
    onTimeUpdate: (e: { currentTarget: HTMLMediaElement }) => {
      if (!measuring.current) setCurrentMs(e.currentTarget.currentTime * 1000);
    },
    onLoadedMetadata: (e: { currentTarget: HTMLMediaElement }) => {
      const el = e.currentTarget;
      el.playbackRate = speed;
      measuring.current = true;
      learnDuration(el, () => {
        measuring.current = false;
        el.currentTime = (chosenMs.current ?? 0) / 1000;
        setCurrentMs(el.currentTime * 1000);
        chosenMs.current = null;
      });
    },
  };

  return (
    <div className="replay">
      <div className="replay__player">
        {recording.kind === 'camera-mic' ? (
          <video
            {...mediaProps}
            ref={(el) => {
              media.current = el;
            }}
            className="replay__video"
            aria-label="Recording of the round"
          />
        ) : (
          <audio
            {...mediaProps}
            ref={(el) => {
              media.current = el;
            }}
            aria-label="Recording of the round"
          />
        )}
        <p className="hint">
          <span data-testid="replay-position">{formatDuration(currentMs)}</span> of{' '}
          {formatDuration(recordedDurationMs(recording))}
          {recording.status === 'interrupted'
            ? ' · the tab closed during this recording; it plays up to the last second saved'
            : ''}
        </p>
        <div className="replay__controls" role="group" aria-label="Playback speed">
          {SPEEDS.map((s) => (
            <button key={s} type="button" aria-pressed={speed === s} onClick={() => setRate(s)}>
              {s}×
            </button>
          ))}
          <button
            type="button"
            disabled={next === null}
            onClick={() => next !== null && seek(next)}
          >
            Next answer
          </button>
        </div>
      </div>
      <section className="replay__timeline" aria-label="Round timeline">
        {!session ? (
          <p className="hint">
            The round this recording belongs to is no longer in your history, so there is no
            timeline; the recording still plays.
          </p>
        ) : items.length === 0 ? (
          <p className="hint">Nothing happened in the round while recording.</p>
        ) : (
          <ol className="replay__items">
            {items.map((it) => (
              <li key={it.id} className={`replay__item replay__item--${it.kind}`}>
                <button
                  type="button"
                  className="linkish"
                  data-testid="replay-item"
                  data-kind={it.kind}
                  aria-current={playing === it.id ? 'true' : undefined}
                  disabled={it.atMs === null}
                  onClick={() => it.atMs !== null && seek(it.atMs)}
                >
                  <span className="replay__time">
                    {it.atMs === null ? 'not recorded' : formatDuration(it.atMs)}
                  </span>{' '}
                  <span className="replay__kind">{kindLabel[it.kind]}</span> {it.text}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
