import { sameValueName } from '../coverage/same-value-name';
import { isStrong } from './story-completeness';
import type { Story } from './story-schema';

/**
 * Stories to rehearse for one value: the ones practised longest ago first (never practised counts as
 * longest ago), so practice spreads across the bank; strong stories win ties, being ready to tell.
 */
export function suggestStories(stories: readonly Story[], valueName: string, limit = 3): Story[] {
  return stories
    .filter((s) => !s.archived && s.values.some((v) => sameValueName(v, valueName)))
    .map((story) => ({ story, strong: isStrong(story) }))
    .sort(
      (a, b) =>
        a.story.lastPractisedAt - b.story.lastPractisedAt ||
        Number(b.strong) - Number(a.strong) ||
        a.story.title.localeCompare(b.story.title),
    )
    .slice(0, Math.max(0, limit))
    .map(({ story }) => story);
}
