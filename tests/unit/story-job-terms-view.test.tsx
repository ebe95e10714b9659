// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoryJobTerms } from '../../components/clip/story-job-terms';
import { getDb } from '../../lib/db/loopside-db';
import { writeSetting } from '../../lib/db/settings-queries';
import { roundPostingSetting } from '../../lib/settings/settings';
import { emptyStory } from '../../lib/stories/story-schema';

const posting = {
  id: 'p1',
  title: 'Senior Data Engineer',
  url: 'https://jobs.example.test/jobs/42',
  siteName: 'Example',
  kind: 'job-posting' as const,
  clippedAt: 1,
  excerpt: 'Royalty pipelines on Kafka.',
  text: 'You will build royalty pipelines on Kafka and Flink for our catalogue.',
  html: '<p>You will build royalty pipelines on Kafka and Flink for our catalogue.</p>',
};

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.clippedPages.clear(), db.settings.clear()]);
});
afterEach(() => cleanup());

describe('StoryJobTerms', () => {
  it('says where posting terms come from while a posting is clipped but none is chosen', async () => {
    await getDb().clippedPages.put(posting);
    render(<StoryJobTerms story={emptyStory('s', 1)} />);
    expect((await screen.findByTestId('job-terms-hint')).textContent).toMatch(
      /Choose a job posting for your round/,
    );
    await writeSetting(getDb(), roundPostingSetting, 'p1');
    expect(
      await screen.findByRole('region', { name: /Terms from Senior Data Engineer/ }),
    ).toBeTruthy();
    expect(screen.queryByTestId('job-terms-hint')).toBeNull();
  });

  it('says nothing when no posting has been clipped', async () => {
    const { container } = render(<StoryJobTerms story={emptyStory('s', 1)} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });
});
