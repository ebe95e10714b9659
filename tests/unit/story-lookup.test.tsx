// @vitest-environment happy-dom
import { cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStoryIndex } from '../../components/hooks/use-story-index';
import { StoryLookup, type StoryLookupProps } from '../../components/practice/story-lookup';
import { getDb } from '../../lib/db/loopside-db';
import { putStory } from '../../lib/db/story-queries';
import type { StorySearchHit } from '../../lib/search/story-search';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

function story(id: string, title: string, updatedAt = 1): Story {
  return { ...emptyStory(id, 1_700_000_000_000), title, updatedAt };
}

const migration = story('s1', 'Rescued the billing migration');

function lookup(over: Partial<StoryLookupProps> = {}) {
  const props: StoryLookupProps = {
    stories: [migration],
    byId: new Map([[migration.id, migration]]),
    search: () => [],
    valueName: null,
    linkedIds: [],
    onUse: () => undefined,
    onUnuse: () => undefined,
    otherUses: () => [],
    workspaceHref: '/workspace.html',
    ...over,
  };
  return props;
}

const searchBox = () => screen.getByRole('combobox', { name: 'Search your stories' });
const hit = (s: Story): StorySearchHit => ({ id: s.id, score: 1, title: s.title });

afterEach(() => cleanup());

describe('StoryLookup while the bank is read and indexed', () => {
  it('says it is reading the bank, not that the bank is empty, before the bank is known', () => {
    render(<StoryLookup {...lookup({ stories: [], byId: new Map(), read: false })} />);
    expect(screen.getByRole('status').textContent).toBe('Reading your stories…');
    expect(screen.queryByText(/story bank is empty/)).toBeNull();
    expect(searchBox().getAttribute('placeholder')).toBe('Type a few letters…');
  });

  it('points an empty bank to the workspace once it is read', () => {
    render(<StoryLookup {...lookup({ stories: [], byId: new Map(), read: true })} />);
    expect(screen.getByText(/story bank is empty/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Write your first stories in the workspace' }),
    ).toBeTruthy();
    expect(searchBox().getAttribute('placeholder')).toBe('No stories yet');
  });

  it('does not claim "no match" while stories are still being indexed, and fills in after', () => {
    const { rerender } = render(<StoryLookup {...lookup({ indexing: true })} />);
    fireEvent.change(searchBox(), { target: { value: 'billing' } });
    expect(screen.getByRole('status').textContent).toBe(
      'Nothing for “billing” yet: your stories are still being indexed.',
    );
    expect(screen.queryByText(/No story matches/)).toBeNull();

    // The index caught up: a new search function, and the same query now finds the story.
    rerender(<StoryLookup {...lookup({ indexing: false, search: () => [hit(migration)] })} />);
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Rescued the billing migration']);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows what it found so far while indexing, and says more may come', () => {
    render(<StoryLookup {...lookup({ indexing: true, search: () => [hit(migration)] })} />);
    fireEvent.change(searchBox(), { target: { value: 'billing' } });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe(
      'Still indexing your stories: more matches may appear.',
    );
  });

  it('says plainly when nothing matches once everything is indexed', () => {
    render(<StoryLookup {...lookup({ indexing: false })} />);
    fireEvent.change(searchBox(), { target: { value: 'zeppelin' } });
    expect(screen.getByRole('status').textContent).toBe('No story matches “zeppelin”.');
  });
});

describe('useStoryIndex', () => {
  beforeEach(async () => {
    await getDb().stories.clear();
  });

  it('reads and indexes the bank after the first paint, then follows each write', async () => {
    await putStory(getDb(), migration);
    const { result } = renderHook(() => useStoryIndex());
    expect(result.current.read).toBe(false);
    expect(result.current.indexing).toBe(true);
    await waitFor(() => expect(result.current.indexing).toBe(false));
    expect(result.current.search('billing').map((h) => h.id)).toEqual(['s1']);

    const firstSearch = result.current.search;
    await putStory(getDb(), story('s2', 'Cut the billing rollout to two regions', 2));
    await waitFor(() => expect(result.current.search('billing')).toHaveLength(2));
    expect(result.current.search).not.toBe(firstSearch);
    expect(result.current.stories.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(result.current.indexing).toBe(false);
  });
});
