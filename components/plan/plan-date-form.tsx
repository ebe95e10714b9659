import { useState } from 'react';
import { localDay } from '../../lib/format/local-day';
import { interviewDateProblem } from '../../lib/plan/plan-bounds';
import type { Plan } from '../../lib/plan/generate-plan';
import type { PlanLength, PlanRow, PlanTrack } from '../../lib/plan/plan-schema';

interface PlanDateFormProps {
  row: PlanRow | null;
  plan: Plan | null;
  onDate: (day: string) => Promise<void>;
  onLength: (length: PlanLength | null) => Promise<void>;
  onTrack: (track: PlanTrack) => Promise<void>;
  frameworks: readonly { id: string; name: string }[];
  frameworkId: string;
  onFramework: (id: string) => Promise<void>;
}

const tracks: [PlanTrack, string][] = [
  ['engineer', 'Engineer'],
  ['pm', 'Product manager'],
  ['designer', 'Designer'],
  ['other', 'Other role'],
];

export function PlanDateForm({
  row,
  plan,
  onDate,
  onLength,
  onTrack,
  frameworks,
  frameworkId,
  onFramework,
}: PlanDateFormProps) {
  const [date, setDate] = useState(row?.interviewDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const problem = interviewDateProblem(date, localDay(Date.now()));
    if (problem) {
      setError(
        problem === 'too-far'
          ? 'That date is more than two years away. Check the year, then enter the interview date again.'
          : 'Enter the interview date as a calendar day, for example 2027-01-15.',
      );
      return;
    }
    setError(null);
    void onDate(date);
  };
  return (
    <form className="plan-card plan-date" onSubmit={submit} aria-labelledby="plan-date-title">
      <h3 id="plan-date-title">When is the interview?</h3>
      <div className="plan-inline">
        <label>
          Interview date{' '}
          <input
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'plan-date-error' : undefined}
          />
        </label>
        <button type="submit" className="primary">
          {row ? 'Change date' : 'Make my plan'}
        </button>
      </div>
      {error ? (
        <p id="plan-date-error" role="alert" className="error">
          {error}
        </p>
      ) : null}
      {row && plan ? (
        <div className="plan-inline">
          <label>
            Plan length{' '}
            <select
              value={row.chosenLength ?? 'auto'}
              onChange={(e) =>
                void onLength(
                  e.target.value === 'auto' ? null : (Number(e.target.value) as PlanLength),
                )
              }
            >
              <option value="auto">Suggested ({plan.recommended} weeks)</option>
              <option value="2">2 weeks</option>
              <option value="4">4 weeks</option>
              <option value="8">8 weeks</option>
            </select>
          </label>
          <label>
            Framework{' '}
            <select value={frameworkId} onChange={(e) => void onFramework(e.target.value)}>
              {frameworks.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Role track{' '}
            <select value={row.track} onChange={(e) => void onTrack(e.target.value as PlanTrack)}>
              {tracks.map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
    </form>
  );
}
