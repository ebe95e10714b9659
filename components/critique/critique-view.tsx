import type {
  AnswerCritique,
  Hedge,
  Observation,
  Probe,
  StoryCritique,
} from '../../lib/critique/critique-schema';

const verdictWords = { yes: 'Yes', partly: 'Partly', no: 'No' } as const;

function Quote({ text }: { text: string }) {
  return text ? (
    <q className="critique__quote" dir="auto">
      {text}
    </q>
  ) : null;
}

function Check({ label, o }: { label: string; o: Observation }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <strong>{verdictWords[o.verdict]}.</strong> {o.note} <Quote text={o.quote} />
      </dd>
    </>
  );
}

function Probes({ probes }: { probes: Probe[] }) {
  return (
    <>
      <h4>Follow-ups an interviewer would likely ask</h4>
      <ol className="critique__probes">
        {probes.map((p, i) => (
          <li key={i}>
            {p.question} {p.why ? <span className="muted">— {p.why}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

function Hedges({ hedges }: { hedges: Hedge[] }) {
  return (
    <>
      <h4>Where it hedges</h4>
      {hedges.length ? (
        <ul>
          {hedges.map((h, i) => (
            <li key={i}>
              <Quote text={h.quote} /> {h.note}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No hedging found.</p>
      )}
    </>
  );
}

/** Observations only, each pointing at the candidate's own words; never words to say instead. */
export function CritiqueView({
  critique,
  valueName,
}: {
  critique: StoryCritique | AnswerCritique;
  /** For an answer: the value its prompt asked about. */
  valueName?: string;
}) {
  return (
    <div className="critique__result" data-testid="critique-result">
      {'values' in critique ? (
        <>
          <h4>Values it gives evidence of</h4>
          {critique.values.length ? (
            <ul>
              {critique.values.map((v, i) => (
                <li key={i}>
                  <strong>{v.value}</strong> · {v.strength}. {v.note} <Quote text={v.quote} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">None of the framework’s values clearly.</p>
          )}
        </>
      ) : (
        <p>
          <strong>{valueName ?? 'The value'}</strong> · {critique.value.strength}.{' '}
          {critique.value.note} <Quote text={critique.value.quote} />
        </p>
      )}
      <dl className="critique__checks">
        <Check label="Value line names the principle and the reason" o={critique.valueLine} />
        <Check label="Measurable result" o={critique.result} />
        <Check label="Reflection says what changed" o={critique.reflection} />
      </dl>
      <Probes probes={critique.probes} />
      <Hedges hedges={critique.hedges} />
    </div>
  );
}
