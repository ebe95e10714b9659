import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { activeSession, saveNewRound } from '../../lib/db/session-queries';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { drawRound } from '../../lib/practice/draw-round';
import { promptMarkKey } from '../../lib/practice/prompt-marks';
import { finishSession } from '../../lib/practice/session-actions';

const judgment = netflixValues.values.find((v) => v.id === 'judgment')!;
const at = (id: string) => ({ id, seed: 7, now: 1_700_000_000_000 });

describe('drawing a round, from wherever it is started', () => {
  it('draws a drilled prompt and never one left out', () => {
    const [keep, ...rest] = judgment.prompts;
    const out = Object.fromEntries(
      rest.map((p) => [promptMarkKey(netflixValues.id, 'judgment', p), 'out' as const]),
    );
    for (let seed = 0; seed < 5; seed++) {
      const round = drawRound(
        { framework: netflixValues, presetId: 'custom', minutes: 15, valueIds: ['judgment'] },
        out,
        { ...at('r'), seed },
      );
      expect(round.answers.map((a) => a.prompt.question)).toEqual([keep]);
    }
    // A drilled prompt comes first, whatever the seed.
    const last = judgment.prompts[judgment.prompts.length - 1]!;
    const drill = { [promptMarkKey(netflixValues.id, 'judgment', last)]: 'drill' as const };
    for (let seed = 0; seed < 5; seed++) {
      const round = drawRound(
        { framework: netflixValues, presetId: 'custom', minutes: 15, valueIds: ['judgment'] },
        drill,
        { ...at('d'), seed },
      );
      expect(round.answers[0]?.prompt.question).toBe(last);
    }
    const named = drawRound(
      { framework: netflixValues, presetId: 'custom', count: 1, presetName: 'Cold start drill' },
      {},
      at('c'),
    );
    expect(named.presetName).toBe('Cold start drill');
  });
});

describe('saving a new round', () => {
  let db: LoopsideDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('refuses a second round while one is open, and allows one once it is finished', async () => {
    db = new LoopsideDb(`t-${crypto.randomUUID()}`);
    const req = { framework: netflixValues, presetId: 'onsite' };
    const first = drawRound(req, {}, at('first'));
    expect(await saveNewRound(db, first)).toBe(true);
    expect(await saveNewRound(db, drawRound(req, {}, at('second')))).toBe(false);
    expect((await activeSession(db))?.id).toBe('first');
    expect(await db.sessions.count()).toBe(1);
    await db.sessions.put(finishSession(first, first.createdAt + 60_000));
    expect(await saveNewRound(db, drawRound(req, {}, at('third')))).toBe(true);
  });
});
