import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { readPanelStart } from '../../lib/db/panel-start';
import { saveSession } from '../../lib/db/session-queries';
import { putStory } from '../../lib/db/story-queries';
import { writeSetting } from '../../lib/db/settings-queries';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { createSession } from '../../lib/practice/session-actions';
import type { Session } from '../../lib/practice/session-schema';
import { activeFrameworkSetting, panelRoleSetting } from '../../lib/settings/settings';
import { generateStories } from '../fixtures/generate-stories';

let db: LoopsideDb | null = null;
function open(): LoopsideDb {
  db = new LoopsideDb(`panel-start-${crypto.randomUUID()}`);
  return db;
}
afterEach(async () => {
  await db?.delete();
  db = null;
});

function round(id: string, at: number, status: Session['status']): Session {
  const s = createSession({
    id,
    frameworkId: netflixValues.id,
    frameworkName: netflixValues.name,
    presetId: 'onsite',
    presetName: 'Onsite',
    minutes: 45,
    seed: 1,
    prompts: [
      {
        key: 'a',
        valueId: 'judgment',
        label: 'Judgment',
        definition: '',
        question: 'Q',
        probeIds: [],
      },
    ],
    now: at,
  });
  return { ...s, status };
}

/** A user's own pack: the default pack under another id and name. */
const ownPack = { ...netflixValues, id: 'my-pack', name: 'My pack' };

describe('what the panel reads before its first screen', () => {
  it('gives the defaults on a new database: candidate, the default pack, no open round', async () => {
    expect(await readPanelStart(open())).toEqual({
      role: 'candidate',
      frameworks: { custom: [], activeId: null },
      session: null,
      hasStories: false,
    });
  });

  it('says whether the bank holds a story without reading the bank', async () => {
    const d = open();
    const [story] = generateStories(1, 3);
    await putStory(d, story!);
    expect((await readPanelStart(d)).hasStories).toBe(true);
    await d.stories.clear();
    expect((await readPanelStart(d)).hasStories).toBe(false);
  });

  it('gives the stored role, the chosen pack with the user’s valid packs, and the newest open round', async () => {
    const d = open();
    await writeSetting(d, panelRoleSetting, 'interviewer');
    await writeSetting(d, activeFrameworkSetting, 'my-pack');
    await d.frameworks.bulkPut([
      { id: 'my-pack', pack: ownPack, importedAt: 1 },
      // A row that no longer passes validation is left out rather than shown raw.
      { id: 'broken', pack: { id: 'broken', values: 'not a list' }, importedAt: 2 },
    ]);
    await saveSession(d, round('old', 1_000, 'active'));
    await saveSession(d, round('new', 2_000, 'ready'));
    await saveSession(d, round('done', 3_000, 'finished'));

    const start = await readPanelStart(d);
    expect(start.role).toBe('interviewer');
    expect(start.frameworks.activeId).toBe('my-pack');
    expect(start.frameworks.custom.map((f) => [f.id, f.name])).toEqual([['my-pack', 'My pack']]);
    expect(start.session?.id).toBe('new');
  });
});
