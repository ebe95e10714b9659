import { beforeEach, expect, it } from 'vitest';
import { frameworkNameProblem, saveCustomFramework } from '../../lib/db/framework-queries';
import { getDb } from '../../lib/db/loopside-db';
import { BUILTIN_FRAMEWORK_IDS } from '../../lib/frameworks/builtin-framework-ids';
import { netflixValues } from '../../lib/frameworks/netflix-values';

beforeEach(async () => {
  await getDb().frameworks.clear();
});

it('refuses a name a shipped framework or another of yours has, in any case; a pack keeps its own', async () => {
  const db = getDb();
  expect(await frameworkNameProblem(db, ' netflix Interview values ', 'from-a-page')).toBe(
    '“netflix Interview values” is the name of a framework Loopside ships; give yours another name',
  );
  const mine = { ...netflixValues, id: 'team-values', name: 'Team values' };
  expect(await saveCustomFramework(db, mine, BUILTIN_FRAMEWORK_IDS, Date.now())).toEqual({
    ok: true,
    replaced: false,
  });
  expect(await frameworkNameProblem(db, 'TEAM VALUES', 'from-a-page')).toBe(
    'you already have a framework called “TEAM VALUES”; give this one another name',
  );
  // Saving the same pack again (its id) under its own name is a replacement, not a clash.
  expect(await frameworkNameProblem(db, 'Team values', 'team-values')).toBeNull();
  expect(await frameworkNameProblem(db, 'Harbor Lane values', 'from-a-page')).toBeNull();
});
