// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FirstRunGuide } from '../../components/workspace/first-run-guide';
import { getDb } from '../../lib/db/loopside-db';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { generateStories } from '../fixtures/generate-stories';

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.stories.clear(), db.settings.clear()]);
});
afterEach(() => cleanup());

function guide(props: Partial<Parameters<typeof FirstRunGuide>[0]> = {}) {
  return render(
    <FirstRunGuide
      frameworks={[netflixValues]}
      active={netflixValues}
      onFramework={() => undefined}
      roundsDone={0}
      onOpenPanel={() => undefined}
      {...props}
    />,
  );
}

describe('the first-run guide', () => {
  it('is complete on its first render when its facts were read before it', () => {
    guide({ startFacts: { own: 2, hasExample: true }, initialHidden: false });
    expect(screen.getByRole('heading', { name: 'Getting started' })).toBeTruthy();
    expect(screen.getByText(/You have 2 so far\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove the example story' })).toBeTruthy();
  });

  it('gives a big bank its count once the whole bank is read, and follows changes', async () => {
    await getDb().stories.bulkPut(generateStories(3, 5));
    guide({ startFacts: { own: null, hasExample: false }, initialHidden: false });
    // Not counted yet: the step shows as done, with no number it cannot know.
    expect(screen.queryByText(/so far\./)).toBeNull();
    expect(
      screen.getByRole('heading', { name: '2. Write your first stories' }).closest('li')!.className,
    ).toContain('is-done');
    expect(await screen.findByText(/You have 3 so far\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add an example story' }));
    // The example is not the user's story: the count stays, the button turns.
    expect(await screen.findByRole('button', { name: 'Remove the example story' })).toBeTruthy();
    expect(screen.getByText(/You have 3 so far\./)).toBeTruthy();
  });

  it('stays away once dismissed', () => {
    const { container } = guide({ startFacts: { own: 0, hasExample: false }, initialHidden: true });
    expect(container.textContent).toBe('');
  });
});
