import { storyPrompt } from '../../lib/critique/critique-prompt';
import { storyCritiqueId } from '../../lib/critique/critique-row-schema';
import {
  sourceDigest,
  storyHasSubstance,
  storySource,
  storyWords,
} from '../../lib/critique/critique-sources';
import { storyCritiqueToStore } from '../../lib/critique/critique-to-store';
import type { Framework } from '../../lib/frameworks/framework-schema';
import type { Story } from '../../lib/stories/story-schema';
import { CritiqueView } from './critique-view';
import { ModelStateBar } from './model-state-bar';
import { useCritiqueRun } from '../hooks/use-critique-run';
import { useStoredCritique } from '../hooks/use-stored-critique';
import '../styles/critique.css';
import { formatMoment } from '../../lib/format/format-moment';

/** The story editor's on-device critique: loaded only when asked for. */
export function StoryCritiqueArea({ story, framework }: { story: Story; framework: Framework }) {
  const model = useCritiqueRun();
  const id = storyCritiqueId(story.id);
  const { row: stored, save } = useStoredCritique(id);
  const source = storySource(story);

  const onRun = async () => {
    if (!storyHasSubstance(story)) {
      model.setMessage(
        'Write a little more first (twenty words or so): there is nothing to read yet.',
      );
      return;
    }
    const values = framework.values.map((v) => v.name);
    const outcome = await model.run(
      'story',
      storyPrompt({ values, tagged: story.values, source }),
      storyWords(story),
    );
    if (!outcome.ok) return;
    await save(storyCritiqueToStore(story.id, source, outcome, Date.now()));
  };

  return (
    <section className="critique" aria-labelledby="story-critique-title">
      <h3 id="story-critique-title">Critique this story</h3>
      <p className="muted">
        A second opinion from the model built into Chrome, run on this computer. Your story never
        leaves it, and the critique never rewrites it: it points at your own words.
      </p>
      <ModelStateBar
        state={model.state}
        progress={model.progress}
        running={model.running}
        runLabel={stored ? 'Critique it again' : 'Critique this story'}
        onRun={() => void onRun()}
        onStop={model.stop}
      />
      {model.running ? <p role="status">Reading your story…</p> : null}
      {model.message ? (
        <p role="alert" className="error" data-testid="critique-message">
          {model.message}
        </p>
      ) : null}
      {stored?.kind === 'story' ? (
        <>
          <p className="muted">
            Critiqued {formatMoment(stored.createdAt)}
            {stored.sourceDigest !== sourceDigest(source) ? ' · the story has changed since' : ''}
            {stored.droppedQuotes
              ? ` · ${stored.droppedQuotes} quote${stored.droppedQuotes === 1 ? '' : 's'} the model gave were not your words and are left out`
              : ''}
          </p>
          <CritiqueView critique={stored.result} />
        </>
      ) : null}
    </section>
  );
}
