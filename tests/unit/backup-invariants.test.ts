import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupToJson, exportBackup } from '../../lib/backup/export-backup';
import { importBackup } from '../../lib/backup/import-backup';
import { parseBackup } from '../../lib/backup/parse-backup';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { BUILTIN_FRAMEWORK_IDS } from '../../lib/frameworks/builtin-framework-ids';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { createSession, finishSession, startSession } from '../../lib/practice/session-actions';
import type { Session } from '../../lib/practice/session-schema';
import { emptyStory } from '../../lib/stories/story-schema';
import { answerCritiqueRow, storyCritiqueRow } from '../fixtures/critique-rows';
import { sampleLoop, sampleRun, sampleVoteRow } from '../fixtures/peer-rows';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, Json>;

const NOW = Date.UTC(2025, 0, 31, 9, 30);
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2024, 5, 1);

const prompt = (i: number) => ({
  key: `judgment:${i}`,
  valueId: 'judgment',
  label: 'Judgment',
  definition: 'Calls made with what was known',
  question: `Tell me about a hard call (${i})`,
  probeIds: ['which-principle'],
});
function round(id: string, state: 'ready' | 'active' | 'finished', at: number): Session {
  const ready = createSession({
    id,
    frameworkId: 'netflix-values',
    frameworkName: 'Netflix interview values',
    presetId: 'onsite',
    presetName: 'Onsite',
    minutes: 45,
    seed: 1,
    prompts: [prompt(0), prompt(1), prompt(2)],
    now: at,
  });
  if (state === 'ready') return ready;
  const active = startSession(ready, at + 1000);
  return state === 'active' ? active : finishSession(active, at + 60_000);
}

let sourceJson = '';
let valid: Obj;
let db: LoopsideDb;
let before = '';

async function fullDump(d: LoopsideDb): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of d.tables) {
    if (table.name !== 'snapshots') tables[table.name] = await table.toArray();
  }
  return JSON.stringify(tables);
}

beforeAll(async () => {
  const source = new LoopsideDb(`t-${Math.random()}`);
  await source.sessions.bulkAdd([
    round('r-1', 'finished', T0),
    round('r-2', 'finished', T0 + DAY),
    round('r-3', 'active', T0 + 2 * DAY),
  ]);
  await source.stories.bulkAdd(
    ['s-1', 's-2', 's-3'].map((id, k) => ({ ...emptyStory(id, T0 + k), title: `Story ${id}` })),
  );
  await source.frameworks.bulkAdd(
    ['team-a', 'team-b'].map((id) => ({ id, pack: { ...netflixValues, id }, importedAt: T0 })),
  );
  await source.transcripts.bulkAdd(
    [0, 1].map((answerIndex) => ({
      id: `r-1:${answerIndex}`,
      sessionId: 'r-1',
      answerIndex,
      lines: [],
      updatedAt: T0 + 5000,
    })),
  );
  await source.critiques.bulkAdd([
    answerCritiqueRow('r-1', 0, T0 + 6000),
    answerCritiqueRow('r-1', 1, T0 + 6000),
    storyCritiqueRow('s-1', T0 + 7000),
  ]);
  // The plan, the practice around it and a peer mock's rows, each held to its own rules too.
  await source.plans.add({
    id: 'current',
    interviewDate: '2025-02-20',
    startDate: '2025-01-20',
    frameworkId: 'netflix-values',
    track: 'engineer',
    chosenLength: null,
    ticked: [],
    unticked: [],
    updatedAt: T0,
  });
  await source.hourEntries.bulkAdd(
    [0, 1].map((k) => ({
      id: `h-${k}`,
      day: '2025-01-2' + k,
      minutes: 30,
      label: 'Mock',
      createdAt: T0 + k,
    })),
  );
  await source.rehearsals.bulkAdd(
    [0, 1].map((k) => ({
      id: `re-${k}`,
      storyId: 's-1',
      at: T0 + k,
      rating: 3,
      durationMs: 90_000,
    })),
  );
  const loop = sampleLoop('loop-a');
  await source.loops.add(loop);
  await source.votes.bulkAdd([sampleVoteRow(loop, 1, 'hire'), sampleVoteRow(loop, 2, 'no-hire')]);
  await source.interviews.bulkAdd([
    sampleRun(sampleLoop('loop-b'), 1),
    sampleRun(sampleLoop('loop-b'), 2),
  ]);
  sourceJson = backupToJson(await exportBackup(source, NOW));
  valid = JSON.parse(sourceJson) as Obj;
  await source.delete();

  db = new LoopsideDb(`t-${Math.random()}`);
  await db.stories.add({ ...emptyStory('mine', T0), title: 'My own story' });
  before = await fullDump(db);
});
afterAll(async () => {
  await db.delete();
});

const rows = (b: Obj, table: string) => (b.tables as Obj)[table] as Obj[];

/** What the app does with a chosen file: write only what parsed, in one replace. */
async function attemptImport(text: string) {
  const parsed = parseBackup(text, { now: NOW, dbVersion: db.verno });
  if (parsed.ok) await importBackup(db, parsed.backup, 'replace');
  return parsed;
}

interface Broken {
  label: string;
  json: string;
  /** The place the message must name, e.g. `tables.sessions[1].currentIndex`. */
  at: string;
  says: RegExp;
}

const breakRow = (
  label: string,
  table: string,
  count: number,
  field: string,
  change: (row: Obj, n: number) => void,
  says: RegExp,
  n: fc.Arbitrary<number> = fc.nat(1_000_000),
): fc.Arbitrary<Broken> =>
  fc.tuple(fc.nat(count - 1), n).map(([i, k]) => {
    const b = structuredClone(valid);
    change(rows(b, table)[i]!, k);
    return { label, json: JSON.stringify(b, null, 2), at: `tables.${table}[${i}]${field}`, says };
  });

const futureTime = fc.integer({ min: NOW + DAY + 1, max: 8.64e15 });
const ancientTime = fc.integer({ min: -8.64e15, max: Date.UTC(2000, 0, 1) - 1 });

const brokenBackup: fc.Arbitrary<Broken> = fc.oneof(
  breakRow(
    'a round with no prompts',
    'sessions',
    3,
    '.answers',
    (s) => {
      s.answers = [];
    },
    /needs at least one prompt/,
  ),
  breakRow(
    'a current prompt past the answers',
    'sessions',
    3,
    '.currentIndex',
    (s, k) => {
      s.currentIndex = 3 + k;
    },
    /points at prompt \d+, but the round has 3 prompts/,
  ),
  breakRow(
    'an active round whose prompt is not current',
    'sessions',
    1,
    '.answers[0].status',
    (s) => {
      s.status = 'active';
      s.finishedAt = null;
      (s.answers as Obj[])[0]!.status = 'pending';
    },
    /an active round's current prompt is "current"/,
  ),
  breakRow(
    'finished without a finish time',
    'sessions',
    2,
    '.finishedAt',
    (s) => {
      s.finishedAt = null;
    },
    /a finished round needs the time it finished/,
  ),
  fc
    .tuple(
      fc.constantFrom(
        ['stories', 3, 'createdAt'],
        ['stories', 3, 'updatedAt'],
        ['stories', 3, 'lastPractisedAt'],
        ['sessions', 3, 'createdAt'],
        ['frameworks', 2, 'importedAt'],
        ['transcripts', 2, 'updatedAt'],
        ['critiques', 3, 'createdAt'],
        ['plans', 1, 'updatedAt'],
        ['hourEntries', 2, 'createdAt'],
        ['rehearsals', 2, 'at'],
        ['votes', 2, 'storedAt'],
        ['interviews', 2, 'createdAt'],
      ),
      fc.nat(2),
      futureTime,
    )
    .map(([[table, count, field], i, t]) => {
      const b = structuredClone(valid);
      rows(b, table as string)[i % (count as number)]![field as string] = t;
      return {
        label: 'a time in the future',
        json: JSON.stringify(b),
        at: `tables.${table as string}[${i % (count as number)}].${field as string}`,
        says: /more than a day after today/,
      };
    }),
  breakRow(
    'an interview with no answers for its questions',
    'interviews',
    2,
    '.answers',
    (r) => {
      r.answers = [];
    },
    /holds 0 answers for 3 questions/,
  ),
  breakRow(
    "an interview's current question past its questions",
    'interviews',
    2,
    '.currentIndex',
    (r, k) => {
      r.currentIndex = 20 + k;
    },
    /points at question \d+, but the interview has \d+ questions/,
  ),
  breakRow(
    'an interview date that is not a day',
    'plans',
    1,
    '.interviewDate',
    (p, k) => {
      p.interviewDate = `2025-${String(13 + (k % 87))}-01`;
    },
    /which is not a day of the calendar/,
  ),
  breakRow(
    'a logged day that is not a day',
    'hourEntries',
    2,
    '.day',
    (h) => {
      h.day = '2025-02-31';
    },
    /which is not a day of the calendar/,
  ),
  breakRow(
    'a story dated before 2000',
    'stories',
    3,
    '.updatedAt',
    (s, t) => {
      s.updatedAt = t;
    },
    /before the year 2000/,
    ancientTime,
  ),
  breakRow(
    "a pack under a shipped framework's id",
    'frameworks',
    2,
    '.pack.id',
    (f, k) => {
      const id = BUILTIN_FRAMEWORK_IDS[k % BUILTIN_FRAMEWORK_IDS.length]!;
      f.id = id;
      (f.pack as Obj).id = id;
    },
    /belongs to a framework Loopside ships/,
  ),
  breakRow(
    'a row under another id than its pack',
    'frameworks',
    2,
    '.id',
    (f, k) => {
      f.id = `renamed-${k}`;
    },
    /but the pack inside is/,
  ),
  breakRow(
    'a critique of an answer the round lacks',
    'critiques',
    2,
    '.answerIndex',
    (c, k) => {
      c.answerIndex = 3 + (k % 50);
      c.id = `answer:${c.subjectId as string}:${c.answerIndex}`;
    },
    /but that round has 3/,
  ),
  breakRow(
    'a critique under another id than what it critiques',
    'critiques',
    3,
    '.id',
    (c, k) => {
      c.id = `answer:elsewhere:${k}`;
    },
    /but what it critiques makes it/,
  ),
  breakRow(
    'caption lines for an answer the round lacks',
    'transcripts',
    2,
    '.answerIndex',
    (t, k) => {
      t.answerIndex = 3 + (k % 50);
      t.id = `${t.sessionId as string}:${t.answerIndex}`;
    },
    /but that round has 3/,
  ),
  breakRow(
    'a number too large to store',
    'sessions',
    3,
    '.minutes',
    (s) => {
      s.minutes = 424242;
    },
    /too large to store/,
  ).map((b) => ({ ...b, json: b.json.replace('424242', '1e400') })),
  breakRow(
    'a key given twice',
    'stories',
    3,
    '',
    (s) => {
      s.title = 'FIRST';
    },
    /the key "title" appears twice/,
  ).map((b) => ({
    ...b,
    json: b.json.replace('"title": "FIRST"', '"title": "FIRST", "title": "SECOND"'),
  })),
);

describe('backups that parse but break what the app relies on', () => {
  it('the untouched file imports as it is, with nothing repaired', async () => {
    const parsed = parseBackup(sourceJson, { now: NOW, dbVersion: db.verno });
    expect(parsed.ok && parsed.summary.repairs).toEqual([]);
  });

  it('names a table it does not import instead of dropping it silently', () => {
    const file = JSON.parse(sourceJson) as { tables: Record<string, unknown> };
    file.tables.evil = [{ a: 1 }];
    file.tables.recordings = [];
    const parsed = parseBackup(JSON.stringify(file), { now: NOW, dbVersion: db.verno });
    expect(parsed.ok && parsed.summary.repairs).toEqual([
      '“evil” is not a part of a Loopside backup, so it is left out.',
      '“recordings” is left out: recordings are exported one round at a time.',
    ]);
  });

  it('each is refused with a message naming the place, and the database is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(brokenBackup, async (broken) => {
        const parsed = await attemptImport(broken.json);
        expect(parsed.ok, broken.label).toBe(false);
        const error = parsed.ok ? '' : parsed.error;
        expect(error).toContain(`${broken.at}`);
        expect(error).toMatch(broken.says);
        expect(await fullDump(db)).toBe(before);
      }),
      { numRuns: 150 },
    );
    // 150 imports and database dumps: seconds on a busy shared machine.
  }, 60_000);

  it('caption lines for a round the file lacks are left out, and the summary says so', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray([0, 1], { minLength: 1 }), async (orphaned) => {
        const b = structuredClone(valid);
        for (const i of orphaned) rows(b, 'transcripts')[i]!.sessionId = 'deleted-round';
        const target = new LoopsideDb(`t-${Math.random()}`);
        const parsed = parseBackup(JSON.stringify(b), { now: NOW, dbVersion: target.verno });
        if (!parsed.ok) throw new Error(parsed.error);
        const n = orphaned.length;
        expect(parsed.summary.repairs).toEqual([
          `Left out ${n} caption transcript${n === 1 ? '' : 's'} for rounds this backup does not hold.`,
        ]);
        await importBackup(target, parsed.backup, 'replace');
        // Everything else arrives exactly as in the file.
        const kept = rows(valid, 'transcripts').filter((_, i) => !orphaned.includes(i));
        expect(await target.transcripts.toArray()).toEqual(kept);
        expect(await target.stories.toArray()).toEqual(rows(valid, 'stories'));
        expect(await target.sessions.toArray()).toEqual(rows(valid, 'sessions'));
        expect(await target.frameworks.toArray()).toEqual(rows(valid, 'frameworks'));
        await target.delete();
      }),
      { numRuns: 5 },
    );
  });

  it('what the app itself may have stored imports: a far interview date, a peer clock gone wrong, a two-digit year', async () => {
    const b = structuredClone(valid);
    // Saved before the date form refused dates over two years away.
    rows(b, 'plans')[0]!.interviewDate = '2035-01-01';
    // Sealed on an interviewer's computer whose clock was wrong, and accepted as pasted.
    rows(b, 'votes')[0]!.sealedAt = 0;
    rows(b, 'votes')[1]!.sealedAt = Math.floor(NOW / 1000) + 3 * 86_400;
    // A date field gives "0024-05-01" for a year typed as "24".
    rows(b, 'hourEntries')[0]!.day = '0024-05-01';
    const parsed = parseBackup(JSON.stringify(b), { now: NOW, dbVersion: db.verno });
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
  });

  it('a rehearsal longer than half an hour counts as half an hour, and the summary says so', async () => {
    const b = structuredClone(valid);
    rows(b, 'rehearsals')[1]!.durationMs = 9e15;
    const target = new LoopsideDb(`t-${Math.random()}`);
    const parsed = parseBackup(JSON.stringify(b), { now: NOW, dbVersion: target.verno });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary.repairs).toEqual([
      'Counted 1 story rehearsal longer than 30 minutes as 30 minutes.',
    ]);
    await importBackup(target, parsed.backup, 'replace');
    expect((await target.rehearsals.toArray()).map((r) => r.durationMs)).toEqual([
      90_000,
      30 * 60_000,
    ]);
    await target.delete();
  });

  it('a file from a newer database version is refused in words', async () => {
    const b = structuredClone(valid);
    b.dbVersion = db.verno + 3;
    const parsed = await attemptImport(JSON.stringify(b));
    expect(parsed.ok ? '' : parsed.error).toBe(
      `This backup was made by a newer Loopside (database version ${db.verno + 3}; this one uses ${db.verno}), so some of its data may not fit here; update Loopside first, then import it again.`,
    );
    expect(await fullDump(db)).toBe(before);
  });

  it('messages read as a person would write them', async () => {
    const b = structuredClone(valid);
    rows(b, 'sessions')[2]!.currentIndex = 7;
    const parsed = await attemptImport(JSON.stringify(b, null, 2));
    expect(parsed.ok ? '' : parsed.error).toBe(
      'tables.sessions[2].currentIndex: points at prompt 8, but the round has 3 prompts.',
    );
    const overflow = await attemptImport(sourceJson.replace('"minutes": 45', '"minutes": 1e400'));
    expect(overflow.ok ? '' : overflow.error).toMatch(
      /^tables\.sessions\[0\]\.minutes: the number 1e400 is too large to store \(it would come back as null\) \(at line \d+, column \d+\)\.$/,
    );
  });
});
