import type { Utterance } from '../../lib/captions/utterance-schema';
import type { HearingMode } from '../../lib/practice-room/room-params';

interface TranscriptViewProps {
  mode: HearingMode;
  running: boolean;
  lines: Utterance[];
}

function emptyText(mode: HearingMode, running: boolean): string {
  if (mode === 'manual') return 'No transcript in this mode: timers, ticks and notes only.';
  if (!running)
    return mode === 'scripted'
      ? 'Nothing heard yet. Play the demo answer once a round is running.'
      : 'Nothing heard yet. Start listening once a round is running.';
  return 'Listening…';
}

/** The last few things heard, so the candidate can see what the signals are based on. */
export function TranscriptView({ mode, running, lines }: TranscriptViewProps) {
  return (
    <section className="room__transcript" aria-label="What Loopside heard">
      <h2 className="room__subhead">What Loopside heard</h2>
      {lines.length === 0 ? (
        <p className="muted">{emptyText(mode, running)}</p>
      ) : (
        <ol className="room__lines" aria-live="polite">
          {lines.map((u) => (
            <li
              key={u.id}
              data-testid="transcript-line"
              data-final={u.final}
              className={u.final ? 'room__line' : 'room__line room__line--interim'}
            >
              {u.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
