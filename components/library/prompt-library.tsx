import { useState } from 'react';
import { evidenceSignsFor } from '../../lib/frameworks/evidence-signs';
import { promptMarkKey } from '../../lib/practice/prompt-marks';
import type { PromptMark } from '../../lib/settings/settings';
import { useFrameworks } from '../hooks/use-frameworks';
import { usePromptMarks } from '../hooks/use-prompt-marks';
import { useRoundActions } from '../hooks/use-round-actions';
import { EvidenceSignsView } from '../interviewer/evidence-signs-view';
import { FrameworkSwitcher } from '../practice/framework-switcher';
import '../styles/round-extras.css';
import { DRILL_MINUTES } from '../../lib/practice/round-presets';
import { countOf } from '../../lib/format/count-of';

const markNames: Record<PromptMark, string> = {
  drill: 'marked to drill',
  out: 'left out of rounds',
};

/** Every value's prompts and probes, readable before a call, with marks that steer future rounds. */
export function PromptLibrary({ onOpenPanel }: { onOpenPanel: () => void }) {
  const { frameworks, active: appActive } = useFrameworks();
  const [viewId, setViewId] = useState<string | null>(null);
  const framework = frameworks.find((f) => f.id === viewId) ?? appActive;
  const { marks, mark } = usePromptMarks();
  const round = useRoundActions(null);
  const [started, setStarted] = useState<string | null>(null);

  const practise = (valueId: string, name: string) => {
    // The side panel only opens from the click itself, so open it before the round is saved.
    onOpenPanel();
    setStarted(null);
    void round
      .start({ framework, presetId: 'custom', minutes: DRILL_MINUTES, valueIds: [valueId] })
      // A round already running is not replaced: the library says so (round.error) instead.
      .then((ok) => setStarted(ok ? name : null));
  };

  return (
    <section aria-labelledby="library-title" className="library">
      <header className="coverage__header">
        <h2 id="library-title">Prompt library</h2>
        <FrameworkSwitcher
          frameworks={frameworks}
          activeId={framework.id}
          onChange={setViewId}
          label="Framework to read"
        />
      </header>
      <p className="muted">
        {countOf(framework.values.length, 'value')} · {framework.source} Mark prompts to drill (only
        those are drawn for that value) or to leave out of rounds.
      </p>
      {started ? (
        <p role="status">
          A {started} round is ready in the coach panel. If it did not open, open it from the
          header.
        </p>
      ) : null}
      {round.error ? (
        <p role="alert" className="error">
          {round.error}
        </p>
      ) : null}
      {framework.values.map((v) => {
        const { signs, generic } = evidenceSignsFor(framework, framework.id, v.id);
        return (
          <article key={v.id} className="library__value" aria-labelledby={`lib-${v.id}`}>
            <h3 id={`lib-${v.id}`}>{v.name}</h3>
            <p>{v.definition}</p>
            {v.synonyms.length ? (
              <p className="muted">Counts as naming it: {v.synonyms.join(', ')}</p>
            ) : null}
            <button type="button" onClick={() => practise(v.id, v.name)}>
              Practise {v.name}
            </button>
            <h4>Prompts</h4>
            <ul className="library__prompts">
              {v.prompts.map((p) => {
                const key = promptMarkKey(framework.id, v.id, p);
                const m = marks?.[key];
                return (
                  <li
                    key={p}
                    className={`library__prompt ${m === 'drill' ? 'is-drill' : ''} ${m === 'out' ? 'is-left-out' : ''}`}
                  >
                    <p>
                      {p}
                      {m ? <span className="muted"> ({markNames[m]})</span> : null}
                    </p>
                    <p className="controls">
                      <button
                        type="button"
                        aria-pressed={m === 'drill'}
                        aria-label={`Drill: ${p}`}
                        onClick={() => void mark(key, m === 'drill' ? null : 'drill')}
                      >
                        Drill
                      </button>
                      <button
                        type="button"
                        aria-pressed={m === 'out'}
                        aria-label={`Leave out: ${p}`}
                        onClick={() => void mark(key, m === 'out' ? null : 'out')}
                      >
                        Leave out
                      </button>
                    </p>
                  </li>
                );
              })}
            </ul>
            <EvidenceSignsView
              signs={signs}
              generic={generic}
              level={4}
              name={`What evidence of ${v.name} sounds like`}
            />
          </article>
        );
      })}
      <h3>Follow-up probes</h3>
      <p className="muted">Asked after any value, one at a time, when you press Probe.</p>
      <ul>
        {framework.probes.map((p) => (
          <li key={p.id}>{p.text}</li>
        ))}
      </ul>
    </section>
  );
}
