import '../styles/clip.css';
/** The distinctive terms of a posting; the ones already used are marked. */
export function JobTermsList({
  title,
  terms,
  used = [],
}: {
  title: string;
  terms: readonly string[];
  used?: readonly string[];
}) {
  if (!terms.length) return null;
  return (
    <section className="job-terms" aria-label={`Terms from ${title}`}>
      <h3>Terms from {title}</h3>
      <ul>
        {terms.map((t) => {
          const isUsed = used.includes(t);
          return (
            <li key={t} className={isUsed ? 'job-terms__used' : undefined}>
              {t}
              {isUsed ? <span className="visually-hidden"> (used)</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
