import { describe, expect, it } from 'vitest';
import { exampleStory } from '../../lib/stories/example-story';
import { generateStories } from '../fixtures/generate-stories';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import { createStorySearch } from '../../lib/search/story-search';

function story(id: string, fields: Partial<Story>): Story {
  return { ...emptyStory(id, exampleStory(id).createdAt), ...fields };
}

const BANK: Story[] = [
  story('keeper', {
    title: 'Keeper test with my manager',
    values: ['Candor'],
    situation: 'My manager asked whether the team would fight to keep me.',
  }),
  story('pricing', {
    title: 'Paused the pricing launch',
    values: ['Judgment'],
    valueLine: 'I acted on Judgment because the data contradicted the plan.',
    action: 'I walked every stakeholder through the refund data and the spike.',
  }),
  story('migration', {
    title: 'Migration rescue',
    values: ['Courage', 'Judgment'],
    tags: ['infrastructure'],
    situation: 'A database migration had stalled for months.',
  }),
  story('mentoring', {
    title: 'Mentoring two new hires',
    values: ['Selflessness'],
    situation: 'Two engineers joined during a crunch.',
    action: 'I paired with them daily and mentioned the migration runbook once.',
  }),
  story('café', {
    title: 'Café rollout in São Paulo',
    values: ['Inclusion'],
    situation: 'Translations for the Portuguese menu were late.',
  }),
  story('archived', {
    title: 'Migration of the old billing system',
    values: ['Judgment'],
    archived: true,
  }),
];

function searchBank(bank: Story[] = BANK) {
  const s = createStorySearch();
  s.addAll(bank);
  return s;
}

const ids = (query: string, opts?: { value?: string; limit?: number }) =>
  searchBank()
    .search(query, opts)
    .map((h) => h.id);

describe('story search ranking', () => {
  const firsts: [string, string][] = [
    ['kee', 'keeper'],
    ['pri', 'pricing'],
    ['mig', 'migration'],
    ['ment', 'mentoring'],
    ['judgemnt', 'pricing'],
    ['stakeholdr', 'pricing'],
    ['migraton', 'migration'],
    ['infra', 'migration'],
    ['cafe', 'café'],
    ['SAO PAULO', 'café'],
    ['são', 'café'],
    ['Judgment', 'pricing'],
  ];
  it.each(firsts)('"%s" puts %s first', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it('ranks a title match above a passing mention in the body', () => {
    expect(ids('migration')).toEqual(['migration', 'mentoring']);
  });

  const boosted: [string, Partial<Story>, string][] = [
    ['title', { title: 'Roadmap reset' }, 'roadmap'],
    ['tags', { tags: ['roadmap'] }, 'roadmap'],
    ['values', { values: ['Candor'] }, 'candor'],
    ['value line', { valueLine: 'I acted on Candor because it was overdue.' }, 'candor'],
  ];
  it.each(boosted)('a match in the %s beats repeated mentions in the body', (_f, fields, q) => {
    const handle = story('handle', {
      title: 'Quarter one',
      situation: 'We had a long list of features and too few people to build them.',
      ...fields,
    });
    const body = story('body', {
      title: 'Quarter two',
      situation: `The ${q} was wrong. I said the ${q} needed work. We rebuilt the ${q}.`,
    });
    for (const bank of [
      [handle, body],
      [body, handle],
    ]) {
      expect(
        searchBank(bank)
          .search(q)
          .map((h) => h.id),
      ).toEqual(['handle', 'body']);
    }
  });

  it('returns the id, a positive score and the title of each hit', () => {
    const [hit] = searchBank().search('keeper');
    expect(hit).toEqual({
      id: 'keeper',
      score: expect.any(Number),
      title: 'Keeper test with my manager',
    });
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('narrows with every word typed', () => {
    expect(ids('migration rescue')).toEqual(['migration']);
  });

  it('falls back to any-word matches when no story has every word', () => {
    expect(ids('migration xylophone')).toEqual(['migration', 'mentoring']);
  });
});

describe('typo tolerance only on longer words', () => {
  const cases: [string, string[]][] = [
    ['lanch', ['pricing']],
    ['lnch', []],
    ['dta', []],
    ['refnd', ['pricing']],
    ['rfnd', []],
    ['spke', []],
    ['spikd', ['pricing']],
  ];
  it.each(cases)('"%s" finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('what is left out', () => {
  const empty: string[] = ['', '   ', '...', '—'];
  it.each(empty)('an empty query %j returns nothing', (query) => {
    expect(ids(query)).toEqual([]);
  });

  it('never returns archived stories', () => {
    expect(ids('billing')).toEqual([]);
    expect(ids('migration')).not.toContain('archived');
  });

  it('filters by value name, ignoring case and accents', () => {
    expect(ids('migration')).toEqual(['migration', 'mentoring']);
    expect(ids('migration', { value: 'JÚDGMENT' })).toEqual(['migration']);
    expect(ids('migration', { value: 'Selflessness' })).toEqual(['mentoring']);
    expect(ids('migration', { value: 'Impact' })).toEqual([]);
  });

  it('caps the number of hits', () => {
    const s = searchBank(generateStories(60, 3));
    expect(s.search('the value', { limit: 5 })).toHaveLength(5);
    expect(s.search('value').length).toBeLessThanOrEqual(20);
  });

  it('matches short prefixes in titles and tags but not deep in the body', () => {
    expect(ids('run')).toEqual([]);
    expect(ids('runbook')).toEqual(['mentoring']);
  });

  it('does not match a lone stop word against the story body', () => {
    expect(ids('the')).toEqual([]);
  });
});

describe('incremental updates', () => {
  it('reflects an edited title without a rebuild', () => {
    const s = searchBank();
    const pricing = BANK.find((b) => b.id === 'pricing')!;
    s.upsert({ ...pricing, title: 'Stopped the rollout of new prices' });
    expect(s.search('stopped').map((h) => h.id)).toEqual(['pricing']);
    expect(s.search('paused').map((h) => h.id)).toEqual([]);
    expect(s.search('stopped')[0]?.title).toBe('Stopped the rollout of new prices');
    expect(s.size()).toBe(5);
  });

  it('adds a new story and drops a removed one', () => {
    const s = searchBank();
    s.upsert(story('new', { title: 'Hiring loop redesign' }));
    expect(s.search('hiring').map((h) => h.id)).toEqual(['new']);
    s.remove('new');
    expect(s.search('hiring')).toEqual([]);
    s.remove('not-there');
    expect(s.size()).toBe(5);
  });

  it('drops a story when it is archived and brings it back when restored', () => {
    const s = searchBank();
    const keeper = BANK[0]!;
    s.upsert({ ...keeper, archived: true });
    expect(s.search('keeper')).toEqual([]);
    s.upsert(keeper);
    expect(s.search('keeper').map((h) => h.id)).toEqual(['keeper']);
  });

  it('updates the value filter when tags change', () => {
    const s = searchBank();
    const keeper = BANK[0]!;
    expect(s.search('keeper', { value: 'Courage' })).toEqual([]);
    s.upsert({ ...keeper, values: ['Courage'] });
    expect(s.search('keeper', { value: 'Courage' }).map((h) => h.id)).toEqual(['keeper']);
  });

  it('accepts the same story twice in addAll', () => {
    const s = createStorySearch();
    s.addAll([BANK[0]!, BANK[0]!]);
    expect(s.search('keeper')).toHaveLength(1);
  });
});
