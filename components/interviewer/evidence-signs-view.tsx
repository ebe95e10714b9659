import type { EvidenceSigns } from '../../lib/frameworks/evidence-signs';

/**
 * What strong and weak evidence sounds like for one value. `level` fits the headings into the
 * page's outline; `name` tells apart several of these on one page.
 */
export function EvidenceSignsView({
  signs,
  generic,
  missingPack,
  level = 3,
  name = 'What evidence sounds like',
}: {
  signs: EvidenceSigns;
  generic: boolean;
  /** The framework's name when this browser does not have its pack (only its ids and names came). */
  missingPack?: string;
  level?: 3 | 4;
  name?: string;
}) {
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <section className="signs" aria-label={name}>
      <div className="signs__col signs__col--strong">
        <Heading>Strong evidence sounds like</Heading>
        <ul>
          {signs.strong.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
      <div className="signs__col signs__col--weak">
        <Heading>Weak evidence sounds like</Heading>
        <ul>
          {signs.weak.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </div>
      {generic && missingPack ? (
        <p className="hint">
          General signs: this browser does not have the “{missingPack}” pack, only its value names.
          Import the same pack file under Frameworks in the workspace to see its own questions and
          signs.
        </p>
      ) : generic ? (
        <p className="hint">General signs: this framework has none of its own for this value.</p>
      ) : null}
    </section>
  );
}
