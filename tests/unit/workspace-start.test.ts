import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { putStory } from '../../lib/db/story-queries';
import { writeSetting } from '../../lib/db/settings-queries';
import { readWorkspaceStart } from '../../lib/db/workspace-start';
import { FIRST_SCREEN_STORIES } from '../../lib/stories/first-screen-stories';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { activeFrameworkSetting, guideHiddenSetting } from '../../lib/settings/settings';
import { markedExampleStory } from '../../lib/stories/example-marker';
import { storyFactsFromHead, storyFactsOf } from '../../lib/stories/story-facts';
import { emptyStory } from '../../lib/stories/story-schema';
import { generateStories } from '../fixtures/generate-stories';

let db: LoopsideDb | null = null;
function open(): LoopsideDb {
  db = new LoopsideDb(`workspace-start-${crypto.randomUUID()}`);
  return db;
}
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('what the workspace reads before its first screen', () => {
  it('gives an empty bank, the default pack and a shown guide on a new database', async () => {
    expect(await readWorkspaceStart(open())).toEqual({
      frameworks: { custom: [], activeId: null },
      recentStories: [],
      storyFacts: { own: 0, hasExample: false },
      guideHidden: false,
    });
  });

  it('reads the newest stories first, and counts a small bank exactly (the example apart)', async () => {
    const d = open();
    const stories = generateStories(5, 2).map((s, i) => ({ ...s, updatedAt: 1_000 + i }));
    await d.stories.bulkPut(stories);
    await putStory(d, { ...markedExampleStory(500), updatedAt: 500 });
    const start = await readWorkspaceStart(d);
    expect(start.recentStories.map((s) => s.id)).toEqual([
      ...stories.map((s) => s.id).reverse(),
      'loopside-example-story',
    ]);
    expect(start.storyFacts).toEqual({ own: 5, hasExample: true });
  });

  it('reads only a first screen of a big bank and leaves its count to the whole read', async () => {
    const d = open();
    const stories = generateStories(FIRST_SCREEN_STORIES + 40, 4).map((s, i) => ({
      ...s,
      updatedAt: 10_000 + i,
    }));
    await d.stories.bulkPut(stories);
    const start = await readWorkspaceStart(d);
    expect(start.recentStories).toHaveLength(FIRST_SCREEN_STORIES);
    expect(start.recentStories[0]!.id).toBe(stories.at(-1)!.id);
    expect(start.storyFacts).toEqual({ own: null, hasExample: false });
  });

  it('gives the chosen pack and a dismissed guide', async () => {
    const d = open();
    await writeSetting(d, activeFrameworkSetting, 'my-pack');
    await d.frameworks.put({
      id: 'my-pack',
      pack: { ...netflixValues, id: 'my-pack', name: 'My pack' },
      importedAt: 1,
    });
    await writeSetting(d, guideHiddenSetting, true);
    const start = await readWorkspaceStart(d);
    expect(start.frameworks.activeId).toBe('my-pack');
    expect(start.frameworks.custom.map((f) => f.name)).toEqual(['My pack']);
    expect(start.guideHidden).toBe(true);
  });
});

describe('what the first-run guide says about the bank', () => {
  const [a, b] = generateStories(2, 9);
  it('counts every written story, archived too, and never the example', () => {
    expect(storyFactsOf([a!, { ...b!, archived: true }])).toEqual({ own: 2, hasExample: false });
    expect(storyFactsOf([a!, markedExampleStory(1)])).toEqual({ own: 1, hasExample: true });
    expect(storyFactsOf([])).toEqual({ own: 0, hasExample: false });
    // "New story" left blank is not a story written yet.
    expect(storyFactsOf([a!, emptyStory('blank', 2)])).toEqual({ own: 1, hasExample: false });
    expect(storyFactsFromHead([emptyStory('blank', 2)], 3, false)).toEqual({
      own: 0,
      hasExample: false,
    });
  });

  it('knows the count from a head only when the head came back short', () => {
    expect(storyFactsFromHead([a!, b!], 3, false)).toEqual({ own: 2, hasExample: false });
    expect(storyFactsFromHead([a!, markedExampleStory(1)], 3, true)).toEqual({
      own: 1,
      hasExample: true,
    });
    expect(storyFactsFromHead([a!, b!], 2, false)).toEqual({ own: null, hasExample: false });
  });
});
