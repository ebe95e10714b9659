import { answerBand, countdown, formatDuration } from '../../lib/practice/round-clock';

export function RoundTimer({ elapsed, limitMs }: { elapsed: number; limitMs: number }) {
  const c = countdown(limitMs, elapsed);
  return (
    <div
      className={`timer ${c.overtime ? 'timer--over' : ''}`}
      role="timer"
      aria-label="Round timer"
    >
      <span className="timer__label">{c.overtime ? 'Round overtime' : 'Round left'}</span>
      <span className="timer__value" data-testid="round-timer" data-elapsed-ms={elapsed}>
        {c.overtime ? `+${formatDuration(c.overtimeMs)}` : formatDuration(c.remainingMs)}
      </span>
    </div>
  );
}

const bandWords = { calm: 'on time', amber: 'past target', red: 'past the maximum' } as const;

export function AnswerTimer({
  elapsed,
  targetMs,
  maxMs,
}: {
  elapsed: number;
  targetMs: number;
  maxMs: number;
}) {
  const band = answerBand(elapsed, targetMs, maxMs);
  return (
    <div
      className={`timer timer--${band}`}
      role="timer"
      aria-label={`Answer timer, ${bandWords[band]}`}
    >
      <span className="timer__label">
        Answer · aim {formatDuration(targetMs)}–{formatDuration(maxMs)}
      </span>
      <span
        className="timer__value"
        data-testid="answer-timer"
        data-band={band}
        data-elapsed-ms={elapsed}
      >
        {formatDuration(elapsed)}
      </span>
    </div>
  );
}
