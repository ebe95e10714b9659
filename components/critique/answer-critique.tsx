import { answerPrompt } from '../../lib/critique/critique-prompt';
import { answerCritiqueId } from '../../lib/critique/critique-row-schema';
import { answerWords } from '../../lib/critique/critique-sources';
import { answerCritiqueToStore } from '../../lib/critique/critique-to-store';
import type { TranscriptLine } from '../../lib/live/transcript-schema';
import { CritiqueView } from './critique-view';
import { ModelStateBar } from './model-state-bar';
import { useCritiqueRun } from '../hooks/use-critique-run';
import { useStoredCritique } from '../hooks/use-stored-critique';
import '../styles/critique.css';
import { formatMoment } from '../../lib/format/format-moment';

interface AnswerCritiqueProps {
  sessionId: string;
  answerIndex: number;
  valueName: string;
  question: string;
  lines: readonly TranscriptLine[];
}

/** One answer of a finished round, judged against its prompt's value from the kept transcript. */
export function AnswerCritiqueArea({
  sessionId,
  answerIndex,
  valueName,
  question,
  lines,
}: AnswerCritiqueProps) {
  const model = useCritiqueRun();
  const id = answerCritiqueId(sessionId, answerIndex);
  const { row: stored, save } = useStoredCritique(id);
  const words = answerWords(lines);
  const source = words.join('\n');

  const onRun = async () => {
    if (!words.length) {
      model.setMessage(
        'None of the transcript’s lines are marked as yours, so there is nothing of yours to critique.',
      );
      return;
    }
    const outcome = await model.run(
      'answer',
      answerPrompt({ value: valueName, question, source }),
      words,
    );
    if (!outcome.ok) return;
    await save(answerCritiqueToStore(sessionId, answerIndex, source, outcome, Date.now()));
  };

  return (
    <section className="critique" aria-label={`On-device critique of answer ${answerIndex + 1}`}>
      <h5>On-device critique</h5>
      <ModelStateBar
        state={model.state}
        progress={model.progress}
        running={model.running}
        runLabel={stored ? 'Critique it again' : 'Critique this answer'}
        onRun={() => void onRun()}
        onStop={model.stop}
      />
      {model.running ? <p role="status">Reading your answer…</p> : null}
      {model.message ? (
        <p role="alert" className="error">
          {model.message}
        </p>
      ) : null}
      {stored?.kind === 'answer' ? (
        <>
          <p className="muted">Critiqued {formatMoment(stored.createdAt)}</p>
          <CritiqueView critique={stored.result} valueName={valueName} />
        </>
      ) : null}
    </section>
  );
}
