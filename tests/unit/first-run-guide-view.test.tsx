// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFirstRun } from '../../components/hooks/use-first-run';
import { FirstRunGuide } from '../../components/workspace/first-run-guide';
import { getDb } from '../../lib/db/loopside-db';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import type { StoryFacts } from '../../lib/stories/story-facts';
import { generateStories } from '../fixtures/generate-stories';

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.stories.clear(), db.settings.clear()]);
});
afterEach(() => cleanup());

/** The guide as the workspace holds it: its state and last count kept by the page. */
function Page({
  initialHidden,
  startFacts,
  shown = true,
}: {
  initialHidden?: boolean;
  startFacts?: StoryFacts;
  shown?: boolean;
}) {
  const guide = useFirstRun(initialHidden);
  const [facts, setFacts] = useState(startFacts);
  return shown ? (
    <FirstRunGuide
      guide={guide}
      facts={facts}
      onFacts={setFacts}
      frameworks={[netflixValues]}
      active={netflixValues}
      onFramework={() => undefined}
      roundsDone={0}
      onOpenPanel={() => undefined}
    />
  ) : (
    <p>Another section</p>
  );
}

describe('the first-run guide', () => {
  it('is complete on its first render when its facts were read before it', () => {
    render(<Page startFacts={{ own: 2, hasExample: true }} initialHidden={false} />);
    expect(screen.getByRole('heading', { name: 'Getting started' })).toBeTruthy();
    expect(screen.getByText(/You have 2 so far\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove the example story' })).toBeTruthy();
  });

  it('gives a big bank its count once the whole bank is read, and follows changes', async () => {
    await getDb().stories.bulkPut(generateStories(3, 5));
    render(<Page startFacts={{ own: null, hasExample: false }} initialHidden={false} />);
    // Not counted yet: the step shows as done, with no number it cannot know.
    expect(screen.queryByText(/so far\./)).toBeNull();
    const step = screen.getByRole('heading', { name: '2. Write your first stories' });
    expect(step.closest('li')!.className).toContain('is-done');
    expect(await screen.findByText(/You have 3 so far\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add an example story' }));
    // The example is not the user's story: the count stays, the button turns.
    expect(await screen.findByRole('button', { name: 'Remove the example story' })).toBeTruthy();
    expect(screen.getByText(/You have 3 so far\./)).toBeTruthy();
  });

  it('comes back with the latest count and state at once after another section', async () => {
    await getDb().stories.bulkPut(generateStories(4, 6));
    const { rerender } = render(
      <Page startFacts={{ own: 1, hasExample: false }} initialHidden={false} />,
    );
    expect(await screen.findByText(/You have 4 so far\./)).toBeTruthy();
    rerender(
      <Page startFacts={{ own: 1, hasExample: false }} initialHidden={false} shown={false} />,
    );
    await getDb().stories.bulkPut(generateStories(2, 7));
    rerender(<Page startFacts={{ own: 1, hasExample: false }} initialHidden={false} />);
    // At once, the last count (never the count from when the page opened), then the new one.
    expect(screen.getByText(/You have 4 so far\./)).toBeTruthy();
    expect(await screen.findByText(/You have 6 so far\./)).toBeTruthy();
  });

  it('stays away once dismissed', async () => {
    const { container } = render(
      <Page startFacts={{ own: 0, hasExample: false }} initialHidden={false} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hide this guide' }));
    await waitFor(() => expect(container.textContent).toBe(''));
    expect(await getDb().settings.get('firstRunGuideHidden')).toMatchObject({ value: true });
  });

  it('is not drawn at all when it was dismissed before the page opened', () => {
    const { container } = render(
      <Page startFacts={{ own: 0, hasExample: false }} initialHidden={true} />,
    );
    expect(container.textContent).toBe('');
  });
});
