import type { PractiseNext } from '../../lib/plan/value-progress';

export function PractiseNextView({
  next,
  onStart,
}: {
  next: readonly PractiseNext[];
  onStart: (valueId: string) => void;
}) {
  return (
    <section aria-labelledby="practise-next-title" className="plan-card">
      <h3 id="practise-next-title">Practise next</h3>
      <ol className="practise-next">
        {next.map((n) => (
          <li key={n.valueId}>
            <strong>{n.valueName}</strong>
            <span className="muted">
              {' '}
              — {n.reasons.length ? n.reasons.join(', ') : 'keep it warm'}
            </span>{' '}
            <button type="button" onClick={() => onStart(n.valueId)}>
              Practise {n.valueName}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
