import MiniSearch, { type Query } from 'minisearch';
import { foldText } from './fold-text';
import { STOP_WORDS } from './stop-words';
import { AFTER_STAR_FIELDS, STAR_FIELDS } from '../stories/story-fields';

/** Fields a candidate remembers a story by; these are searched from the very first letter. */
const HANDLE_FIELDS = ['title', 'values', 'tags', 'role', 'company'];
/**
 * The STAR beats, outcome and reflection are indexed as one field: they share a weight, and one
 * posting list per word instead of six keeps a keystroke cheap at 10,000 stories.
 */
export const BODY_FIELDS = [...STAR_FIELDS, ...AFTER_STAR_FIELDS] as const;
const TEXT_FIELDS = ['valueLine', 'body'];
export const ALL_FIELDS = [...HANDLE_FIELDS, ...TEXT_FIELDS];

/**
 * Prefixes shorter than this expand to hundreds of body words ("re" → release, review, reached…)
 * and would cost tens of milliseconds at 10,000 stories while telling the user nothing.
 */
const BODY_PREFIX_MIN = 4;
/** Typos are only forgiven on longer words: on short ones they match too much to be useful. */
const FUZZY_MIN = 5;
const FUZZINESS = 0.2;

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

export function queryTerms(query: string): string[] {
  return tokenize(query)
    .map(foldText)
    .filter((t) => t !== '');
}

/**
 * "handles" looks only where a story's name lives (title, tags, values, role, company, value
 * line): cheap, and enough whenever it fills the list. "everything" adds the story body.
 */
type QueryScope = 'handles' | 'everything';

export type QueryPlan = { combineWith: 'AND' | 'OR'; scope: QueryScope; typos: boolean };

function termQuery(term: string, { scope, typos }: QueryPlan): Query {
  const handles: Query = { queries: [term], fields: HANDLE_FIELDS, prefix: true, fuzzy: false };
  if (term.length >= BODY_PREFIX_MIN) {
    const fuzzy = typos && term.length >= FUZZY_MIN ? FUZZINESS : false;
    const fields = scope === 'handles' ? [...HANDLE_FIELDS, 'valueLine'] : ALL_FIELDS;
    return { queries: [term], fields, prefix: true, fuzzy };
  }
  if (scope === 'handles' || STOP_WORDS.has(term)) return handles;
  const text: Query = { queries: [term], fields: TEXT_FIELDS, prefix: false, fuzzy: false };
  return { combineWith: 'OR', queries: [handles, text] };
}

/**
 * One sub-query per typed word. Finished stop words are dropped; the word still being typed is kept
 * even when it is one ("the" may be on its way to "theatre"), and then only matches story handles.
 */
export function storyQuery(query: string, plan: QueryPlan): Query | null {
  const terms = queryTerms(query);
  const kept = terms.filter((t, i) => i === terms.length - 1 || !STOP_WORDS.has(t));
  if (kept.length === 0) return null;
  return { combineWith: plan.combineWith, queries: kept.map((t) => termQuery(t, plan)) };
}
