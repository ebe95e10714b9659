import type { EvidenceSigns } from '../../lib/frameworks/evidence-signs';

export function EvidenceSignsView({ signs, generic }: { signs: EvidenceSigns; generic: boolean }) {
  return (
    <section className="signs" aria-label="What evidence sounds like">
      <div className="signs__col signs__col--strong">
        <h3>Strong evidence sounds like</h3>
        <ul>
          {signs.strong.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
      <div className="signs__col signs__col--weak">
        <h3>Weak evidence sounds like</h3>
        <ul>
          {signs.weak.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
      {generic ? (
        <p className="hint">General signs: this framework has none of its own for this value.</p>
      ) : null}
    </section>
  );
}
