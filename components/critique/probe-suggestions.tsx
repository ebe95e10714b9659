import { useState } from 'react';
import { probePrompt } from '../../lib/critique/critique-prompt';
import type { ProbeSuggestions } from '../../lib/critique/critique-schema';
import { ModelStateBar } from './model-state-bar';
import { useCritiqueRun } from '../hooks/use-critique-run';
import '../styles/critique.css';

interface ProbeSuggestionsProps {
  valueName: string;
  question: string;
  /** The interviewer's own evidence notes for this answer. */
  notes: string;
  asked: string[];
}

/**
 * For the peer interviewer only: follow-ups drawn from their own notes. The candidate's side
 * never shows anything from the model during a call. Suggestions are not stored.
 */
export function ProbeSuggestionsArea({ valueName, question, notes, asked }: ProbeSuggestionsProps) {
  const model = useCritiqueRun();
  const [probes, setProbes] = useState<ProbeSuggestions['probes'] | null>(null);

  const onRun = async () => {
    if (notes.trim().split(/\s+/).length < 5) {
      model.setMessage('Write a few evidence notes first: the suggestions come from them.');
      return;
    }
    const outcome = await model.run(
      'probes',
      probePrompt({ value: valueName, question, notes, asked }),
      [notes],
    );
    if (outcome.ok) setProbes(outcome.critique.probes);
  };

  return (
    <section className="critique" aria-labelledby="probe-suggestions-title">
      <h3 id="probe-suggestions-title">Follow-ups from your notes</h3>
      <ModelStateBar
        state={model.state}
        progress={model.progress}
        running={model.running}
        runLabel="Suggest follow-ups"
        onRun={() => void onRun()}
        onStop={model.stop}
      />
      {model.message ? (
        <p role="alert" className="error">
          {model.message}
        </p>
      ) : null}
      {probes ? (
        <ol className="critique__probes" aria-label="Suggested follow-ups">
          {probes.map((p, i) => (
            <li key={i}>
              {p.question} <span className="muted">— {p.gap}</span>
              {p.quote ? (
                <>
                  {' '}
                  <q className="critique__quote">{p.quote}</q>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
