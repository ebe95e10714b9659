import { useEffect, useMemo } from 'react';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { storyFactsOf, type StoryFacts } from '../../lib/stories/story-facts';
import { useAfterPaint } from '../hooks/use-after-paint';
import { useAllStories } from '../hooks/use-all-stories';
import type { FirstRun } from '../hooks/use-first-run';
import { FrameworkSwitcher } from '../practice/framework-switcher';
import '../styles/round-extras.css';

/**
 * Three steps for a first visit: stories come before rounds, so the guide says so and links there.
 * It stays until hidden, and comes back from the story bank's empty state.
 */
export function FirstRunGuide({
  guide,
  frameworks,
  active,
  onFramework,
  facts,
  onFacts,
  roundsDone,
  onOpenPanel,
}: {
  /** Whether it was dismissed, and its example story; kept by the page, so a return is instant. */
  guide: FirstRun;
  frameworks: readonly Framework[];
  active: Framework;
  onFramework: (id: string) => void;
  /** What is known so far (read before the first render, or last counted): shown until counted. */
  facts?: StoryFacts;
  /** Hears each new count, so the page can show it at once when the guide is shown again. */
  onFacts?: (facts: StoryFacts) => void;
  roundsDone: number;
  onOpenPanel: () => void;
}) {
  // The whole bank is read after the first paint (the story bank below reads it then too, and
  // both share one read), and only while the guide is shown.
  const bank = useAllStories(useAfterPaint() && guide.hidden === false);
  const counted = useMemo(() => (bank ? storyFactsOf(bank) : undefined), [bank]);
  const countedOwn = counted?.own;
  const countedExample = counted?.hasExample;
  useEffect(() => {
    // Only a changed count is passed up (a save that changes no count re-renders nothing above).
    if (typeof countedOwn === 'number' && countedExample !== undefined)
      onFacts?.({ own: countedOwn, hasExample: countedExample });
  }, [countedOwn, countedExample, onFacts]);
  const storyFacts = counted ?? facts;
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
            you would do differently.
          </p>
          {/* Its own line, kept while a big bank is counted, so the count arriving moves nothing. */}
          <p className="guide__count">{own ? `You have ${own} so far.` : null}</p>
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
