import { STORY_PROSE_FIELDS } from './story-fields';
import { foldText } from '../search/fold-text';
import type { Story } from './story-schema';

/** The parts of a story the bank's search box looks in: its title and every text field. */
const SEARCHED = STORY_PROSE_FIELDS;

/** A story's searchable text, folded (case and accents dropped) the way the query is. */
function storySearchText(story: Story): string {
  return foldText(SEARCHED.map((k) => story[k]).join('\n'));
}

/** The query's words, folded; an empty list means "no search". */
export function searchTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** True when every word of the query appears somewhere in the story's title or text. */
export function storyMatches(story: Story, query: string): boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const text = storySearchText(story);
  return terms.every((t) => text.includes(t));
}

/**
 * The items whose story matches every word of the query (case- and accent-insensitive), in their
 * order. A blank query keeps them all. Folded text is remembered per story version, so typing in a
 * big bank folds each story once.
 */
export function createStoryFilter(): <T>(
  items: readonly T[],
  query: string,
  storyOf: (item: T) => Story,
) => readonly T[] {
  const folded = new Map<string, { updatedAt: number; text: string }>();
  const textOf = (story: Story) => {
    const known = folded.get(story.id);
    if (known && known.updatedAt === story.updatedAt) return known.text;
    const text = storySearchText(story);
    folded.set(story.id, { updatedAt: story.updatedAt, text });
    return text;
  };
  return (items, query, storyOf) => {
    const terms = searchTerms(query);
    if (terms.length === 0) return items;
    return items.filter((item) => {
      const text = textOf(storyOf(item));
      return terms.every((t) => text.includes(t));
    });
  };
}
