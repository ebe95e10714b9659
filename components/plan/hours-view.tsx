import { useState } from 'react';
import { formatDay } from '../../lib/plan/day-math';
import type { HourEntry } from '../../lib/plan/plan-schema';
import {
  formatMinutes,
  HOURS_HIGH,
  HOURS_LOW,
  type HoursSummary,
} from '../../lib/plan/practice-hours';

interface HoursViewProps {
  hours: HoursSummary;
  entries: readonly HourEntry[];
  today: string;
  onAdd: (day: string, minutes: number, label: string) => Promise<void>;
  onDelete: (id: string) => Promise<void>;
}

export function HoursView({ hours, entries, today, onAdd, onDelete }: HoursViewProps) {
  const [minutes, setMinutes] = useState('');
  const [label, setLabel] = useState('');
  const [day, setDay] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const add = (e: React.FormEvent) => {
    e.preventDefault();
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 1440) {
      setError('Minutes must be a whole number between 1 and 1440.');
      return;
    }
    if (!label.trim()) {
      setError('Say what the practice was, for example "Mock with a friend".');
      return;
    }
    setError(null);
    void onAdd(day || today, n, label.trim()).then(() => {
      setMinutes('');
      setLabel('');
    });
  };
  const statusText =
    hours.status === 'below'
      ? `${Math.max(0, Math.round((HOURS_LOW - hours.totalHours) * 10) / 10)} h to the low end of the range.`
      : hours.status === 'in-range'
        ? 'Within the range successful candidates report.'
        : 'Past the range: rest counts too.';
  return (
    <section aria-labelledby="hours-title" className="plan-card">
      <h3 id="hours-title">Practice hours</h3>
      <p className="plan-hours__total">
        <strong data-testid="hours-total">
          {formatMinutes(hours.roundsMinutes + hours.rehearsalMinutes + hours.manualMinutes)}
        </strong>{' '}
        of the {HOURS_LOW}–{HOURS_HIGH} h most successful candidates report
      </p>
      <meter
        min={0}
        max={HOURS_HIGH}
        low={HOURS_LOW}
        optimum={HOURS_HIGH}
        value={Math.min(hours.totalHours, HOURS_HIGH)}
        aria-label="Practice hours toward the 40–60 hour range"
      />
      <p className="muted">{statusText}</p>
      <ul className="plan-hours__parts">
        <li>Rounds and the practice room: {formatMinutes(hours.roundsMinutes)}</li>
        <li>Story rehearsal: {formatMinutes(hours.rehearsalMinutes)}</li>
        <li>Logged by hand: {formatMinutes(hours.manualMinutes)}</li>
      </ul>
      <form onSubmit={add} className="plan-inline" aria-label="Log practice done elsewhere">
        <label>
          Day <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
        <label>
          Minutes{' '}
          <input
            inputMode="numeric"
            size={5}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label>
          What it was{' '}
          <input
            value={label}
            maxLength={200}
            placeholder="Mock with a friend, reading the culture memo…"
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <button type="submit">Log practice</button>
      </form>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {entries.length ? (
        <ul className="plan-hours__entries">
          {entries.map((e) => (
            <li key={e.id}>
              {formatDay(e.day)} — {formatMinutes(e.minutes)}: {e.label}{' '}
              <button
                type="button"
                className="quiet"
                aria-label={`Remove ${e.label} on ${formatDay(e.day)}`}
                onClick={() => void onDelete(e.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
