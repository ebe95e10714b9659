import { useMemo } from 'react';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { storyFactsOf, type StoryFacts } from '../../lib/stories/story-facts';
import { useAfterPaint } from '../hooks/use-after-paint';
import { useAllStories } from '../hooks/use-all-stories';
import { useFirstRun } from '../hooks/use-first-run';
import { FrameworkSwitcher } from '../practice/framework-switcher';
import '../styles/round-extras.css';

/**
 * Three steps for a first visit: stories come before rounds, so the guide says so and links there.
 * It stays until hidden, and comes back from the story bank's empty state.
 */
export function FirstRunGuide({
  frameworks,
  active,
  onFramework,
  startFacts,
  roundsDone,
  onOpenPanel,
  initialHidden,
}: {
  frameworks: readonly Framework[];
  active: Framework;
  onFramework: (id: string) => void;
  /** Read before the first render; the guide keeps them current from the bank once it is read. */
  startFacts?: StoryFacts;
  roundsDone: number;
  onOpenPanel: () => void;
  /** Whether the guide was dismissed, read before the first render. */
  initialHidden?: boolean;
}) {
  const guide = useFirstRun(initialHidden);
  // The whole bank is read after the first paint (the story bank below reads it then too, and
  // both share one read), and only while the guide is shown.
  const bank = useAllStories(useAfterPaint() && guide.hidden === false);
  const storyFacts = useMemo(() => (bank ? storyFactsOf(bank) : startFacts), [bank, startFacts]);
  if (guide.hidden !== false || storyFacts === undefined) return null;
  const { own, hasExample } = storyFacts;
  // A big bank not counted yet has stories: the step is done, its count comes with the bank.
  const written = own === null || own > 0;
  return (
    <section className="guide" aria-labelledby="guide-title">
      <h2 id="guide-title">Getting started</h2>
      <ol className="guide__steps">
        <li className={written || roundsDone > 0 ? 'is-done' : ''}>
          <h3>1. Pick your framework</h3>
          <p>The company values you will be asked about. You can change it later.</p>
          <FrameworkSwitcher
            frameworks={frameworks}
            activeId={active.id}
            onChange={onFramework}
            label="Framework for your rounds"
          />
        </li>
        <li className={written ? 'is-done' : ''}>
          <h3>2. Write your first stories</h3>
          <p>
            One true story per value: the situation, what you did, a result with a number, and what
            you would do differently. {own ? `You have ${own} so far.` : ''}
          </p>
          <p className="controls">
            <a href="#stories">Go to your stories</a>
            {hasExample ? (
              <button type="button" onClick={() => void guide.removeExample()}>
                Remove the example story
              </button>
            ) : (
              <button type="button" onClick={() => void guide.addExample()}>
                Add an example story
              </button>
            )}
          </p>
        </li>
        <li className={roundsDone > 0 ? 'is-done' : ''}>
          <h3>3. Run a first round</h3>
          <p>
            Answer out loud with the coach beside you, on a call or in the practice room. Search
            your stories mid-answer with <kbd>/</kbd>.
          </p>
          <p className="controls">
            <button type="button" onClick={onOpenPanel}>
              Start a round in the coach panel
            </button>
            <a href="/practice-room.html">Open the practice room</a>
          </p>
        </li>
      </ol>
      <button type="button" className="quiet" onClick={() => void guide.setHidden(true)}>
        Hide this guide
      </button>
    </section>
  );
}
