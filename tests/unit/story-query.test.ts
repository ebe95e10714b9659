import { describe, expect, it } from 'vitest';
import { queryTerms, storyQuery, type QueryPlan } from '../../lib/search/story-query';

const plan: QueryPlan = { combineWith: 'AND', scope: 'everything', typos: true };

describe('the story search query', () => {
  it('folds accents and case out of typed words', () => {
    expect(queryTerms('Résumé  REVIEW')).toEqual(['resume', 'review']);
  });

  it('drops finished stop words but keeps the word still being typed', () => {
    const q = storyQuery('the migration', plan) as { queries: unknown[] } | null;
    expect(q?.queries).toHaveLength(1);
    // "the" may be on its way to "theatre": kept while it is the last word.
    expect(storyQuery('the', plan)).not.toBeNull();
    expect(storyQuery('   ', plan)).toBeNull();
  });

  it('forgives typos only on longer words, and looks at the body only for real words', () => {
    const long = storyQuery('migraton', plan) as {
      queries: { fuzzy: unknown; fields: string[] }[];
    };
    expect(long.queries[0]?.fuzzy).toBe(0.2);
    expect(long.queries[0]?.fields).toContain('body');
    const short = storyQuery('mig', { ...plan, scope: 'handles' }) as {
      queries: { fuzzy: unknown; fields: string[] }[];
    };
    expect(short.queries[0]?.fuzzy).toBe(false);
    expect(short.queries[0]?.fields).not.toContain('body');
  });
});
