import { describe, expect, it } from 'vitest';
import { createStoryFilter, searchTerms, storyMatches } from '../../lib/stories/filter-stories';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

function story(id: string, fields: Partial<Story>): Story {
  return { ...emptyStory(id, 1_700_000_000_000), ...fields };
}

const BANK: Story[] = [
  story('pricing', {
    title: 'Paused the pricing launch',
    action: 'I walked every stakeholder through the refund data.',
  }),
  story('cafe', {
    title: 'Café rollout in Zürich',
    situation: 'The Résumé service was failing in one region.',
  }),
  story('migration', {
    title: 'Migration rescue',
    reflection: 'I would have asked for a rollback plan first.',
    tags: ['pricing-tag-only'],
    values: ['Courage'],
  }),
];

const ids = (stories: readonly Story[]) => stories.map((s) => s.id);

describe('storyMatches', () => {
  it('matches the title whatever the case', () => {
    expect(storyMatches(BANK[0]!, 'PRICING')).toBe(true);
    expect(storyMatches(BANK[0]!, 'pricing launch')).toBe(true);
  });

  it('matches the story text, not only the title', () => {
    expect(storyMatches(BANK[0]!, 'refund')).toBe(true);
    expect(storyMatches(BANK[2]!, 'rollback')).toBe(true);
  });

  it('ignores accents on either side', () => {
    expect(storyMatches(BANK[1]!, 'cafe zurich')).toBe(true);
    expect(storyMatches(BANK[1]!, 'résumé')).toBe(true);
    expect(storyMatches(BANK[1]!, 'RESUME')).toBe(true);
    expect(storyMatches(story('x', { title: 'resume review' }), 'Résumé')).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(storyMatches(BANK[0]!, 'pricing rollback')).toBe(false);
  });

  it('does not look in tags or values', () => {
    expect(storyMatches(BANK[2]!, 'pricing-tag-only')).toBe(false);
    expect(storyMatches(BANK[2]!, 'courage')).toBe(false);
  });

  it('treats a blank query as no search', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(storyMatches(BANK[0]!, '  ')).toBe(true);
  });
});

describe('createStoryFilter', () => {
  it('keeps matching items in their order', () => {
    const filter = createStoryFilter();
    expect(ids(filter(BANK, 'a', (s) => s))).toEqual(['pricing', 'cafe', 'migration']);
    expect(ids(filter(BANK, 'rescue', (s) => s))).toEqual(['migration']);
    expect(ids(filter(BANK, 'nothing like this', (s) => s))).toEqual([]);
  });

  it('returns the same list for a blank query', () => {
    const filter = createStoryFilter();
    expect(filter(BANK, '', (s) => s)).toBe(BANK);
  });

  it('works on list items that carry a story', () => {
    const filter = createStoryFilter();
    const items = BANK.map((s) => ({ story: s, gapCount: 0 }));
    expect(filter(items, 'ZURICH', (i) => i.story).map((i) => i.story.id)).toEqual(['cafe']);
  });

  it('sees an edited story’s new text', () => {
    const filter = createStoryFilter();
    const before = story('edit', { title: 'Old title', updatedAt: 1 });
    expect(filter([before], 'fresh', (s) => s)).toEqual([]);
    const after = { ...before, title: 'Fresh title', updatedAt: 2 };
    expect(filter([after], 'fresh', (s) => s)).toEqual([after]);
  });
});
