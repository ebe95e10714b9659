import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backup } from '../../lib/backup/backup-schema';
import { backupFilename, backupToJson, exportBackup } from '../../lib/backup/export-backup';
import { importBackup } from '../../lib/backup/import-backup';
import { parseBackup } from '../../lib/backup/parse-backup';
import { LoopsideDb, type CustomFrameworkRow, type SettingRow } from '../../lib/db/loopside-db';
import { BUILTIN_FRAMEWORK_IDS } from '../../lib/frameworks/builtin-framework-ids';
import type { Framework } from '../../lib/frameworks/framework-schema';
import type { TranscriptRow } from '../../lib/live/transcript-schema';
import type { HourEntry, PlanRow, ReadinessRow, Rehearsal } from '../../lib/plan/plan-schema';
import type { ClippedPage } from '../../lib/clip/clip-schema';
import type { Answer, Session } from '../../lib/practice/session-schema';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import type { InterviewRun, Loop, VoteRow } from '../../lib/peer/loop-schema';
import { sampleLoop, sampleRun, sampleVoteRow } from '../fixtures/peer-rows';
import { answerCritiqueRow, storyCritiqueRow } from '../fixtures/critique-rows';
import type { CritiqueRow } from '../../lib/critique/critique-row-schema';

const open: LoopsideDb[] = [];
const freshDb = () => {
  const db = new LoopsideDb(`t-${Math.random()}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

// ---- arbitraries: valid rows with awkward text ----
const awkward = fc.constantFrom(
  'שלום, זה סיפור',
  'مرحبا بالعالم',
  '👩🏽‍💻 shipped it 🚀 +30%',
  'naïve café — “quotes”',
  '\u202Ereversed\u202C',
  '"json" \\ back\nslash\ttab',
  '',
);
const text = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }),
    fc.string({ unit: 'binary', maxLength: Math.min(max, 20) }),
    awkward,
  );
// Times a real profile holds: after 2000 and not in the future (the import refuses others).
const time = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2025, 0, 31) });
const count = fc.integer({ min: 0, max: 10_000_000 });
const nullableTime = fc.option(time, { nil: null });
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const packText = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 30) })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);

const storyArb: fc.Arbitrary<Story> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 64 }),
  title: text(500),
  situation: text(20_000),
  task: text(20_000),
  action: text(20_000),
  result: text(20_000),
  outcome: text(20_000),
  reflection: text(20_000),
  valueLine: text(20_000),
  values: fc.array(text(500), { maxLength: 3 }),
  role: text(500),
  company: text(500),
  when: text(500),
  tags: fc.array(text(500), { maxLength: 3 }),
  archived: fc.boolean(),
  createdAt: time,
  updatedAt: time,
  lastPractisedAt: time,
});

const clockArb = fc.record({ startedAt: nullableTime, pausedMs: count, pausedAt: nullableTime });
const answerArb: fc.Arbitrary<Answer> = fc.record({
  prompt: fc.record({
    key: text(100),
    valueId: fc.option(text(60), { nil: null }),
    label: text(100),
    definition: text(300),
    question: text(400),
    probeIds: fc.array(slug, { maxLength: 3 }),
  }),
  clock: clockArb,
  durationMs: fc.option(count, { nil: null }),
  status: fc.constantFrom('pending', 'current', 'answered', 'skipped'),
  probesShown: fc.array(slug, { maxLength: 3 }),
  ticks: fc.record({
    namedValue: fc.boolean(),
    measurableOutcome: fc.boolean(),
    differently: fc.boolean(),
  }),
  score: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  notes: text(100_000),
  notesUpdatedAt: time,
  storyIds: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 3 }),
  signals: fc.constant(null),
});
/** A round the live coach can show: its current prompt exists and matches its status. */
function consistent(s: Session): Session {
  const currentIndex = s.currentIndex % s.answers.length;
  const answers: Answer[] = s.answers.map((a) => ({
    ...a,
    status: a.status === 'current' ? 'answered' : a.status,
  }));
  if (s.status === 'active')
    answers[currentIndex] = { ...answers[currentIndex]!, status: 'current' };
  const finishedAt = s.status === 'finished' ? (s.finishedAt ?? s.createdAt) : null;
  return { ...s, currentIndex, answers, finishedAt };
}
const sessionArb: fc.Arbitrary<Session> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    frameworkId: slug,
    frameworkName: text(80),
    presetId: slug,
    presetName: text(80),
    minutes: fc.integer({ min: 1, max: 240 }),
    targetMs: count,
    maxMs: count,
    seed: fc.integer(),
    createdAt: time,
    finishedAt: nullableTime,
    status: fc.constantFrom('ready', 'active', 'finished'),
    clock: clockArb,
    currentIndex: fc.integer({ min: 0, max: 20 }),
    answers: fc.array(answerArb, { minLength: 1, maxLength: 3 }),
  })
  .map(consistent);

const hasBannedKey = (v: unknown): boolean =>
  typeof v === 'object' &&
  v !== null &&
  Object.keys(v).some(
    (k) =>
      k === '__proto__' ||
      k === 'constructor' ||
      k === 'prototype' ||
      hasBannedKey((v as Record<string, unknown>)[k]),
  );
// JSON has no -0; a setting never holds one, and a backup would write it as 0.
const hasNegativeZero = (v: unknown): boolean =>
  Object.is(v, -0) ||
  (typeof v === 'object' && v !== null && Object.values(v).some(hasNegativeZero));
const settingArb: fc.Arbitrary<SettingRow> = fc.record({
  key: fc.string({ minLength: 1, maxLength: 200 }),
  value: fc.jsonValue({ maxDepth: 3 }).filter((v) => !hasBannedKey(v) && !hasNegativeZero(v)),
});

const frameworkArb: fc.Arbitrary<Framework> = fc
  .record({
    id: slug,
    name: packText(80),
    source: packText(200),
    values: fc.uniqueArray(
      fc.record({
        id: slug,
        name: packText(60),
        definition: packText(240),
        synonyms: fc.array(packText(40), { maxLength: 2 }),
        prompts: fc.array(packText(400), { minLength: 1, maxLength: 2 }),
      }),
      { selector: (v) => v.id, minLength: 1, maxLength: 3 },
    ),
    probes: fc.uniqueArray(
      fc.record({
        id: slug,
        kind: fc.constantFrom('principle', 'feedback', 'limits', 'depth'),
        text: packText(300),
      }),
      { selector: (p) => p.id, minLength: 1, maxLength: 3 },
    ),
  })
  .chain((f) =>
    fc.subarray(f.values.map((v) => v.id)).map((coreValueIds) => ({ ...f, coreValueIds })),
  );
// Stored as the framework import stores a pack: under its own id, never a shipped one's.
const frameworkRowArb: fc.Arbitrary<CustomFrameworkRow> = fc
  .record({
    pack: frameworkArb.filter((f) => !BUILTIN_FRAMEWORK_IDS.includes(f.id)),
    importedAt: time,
  })
  .map(({ pack, importedAt }) => ({ id: pack.id, pack, importedAt }));

const transcriptArb: fc.Arbitrary<TranscriptRow> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 200 }),
  sessionId: fc.string({ maxLength: 64 }),
  answerIndex: fc.integer({ min: 0, max: 30 }),
  lines: fc.array(
    fc.record({
      // A line is a settled utterance, whose id is never empty.
      id: fc.string({ minLength: 1, maxLength: 128 }),
      speaker: text(200),
      isSelf: fc.boolean(),
      text: text(20_000),
      start: time,
      end: time,
    }),
    { maxLength: 4 },
  ),
  updatedAt: time,
});

const clippedPageArb: fc.Arbitrary<ClippedPage> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 64 }),
  title: text(300)
    .filter((t) => t.trim().length > 0)
    .map((t) => t.trim()),
  url: fc.webUrl({ validSchemes: ['https', 'http'] }).filter((u) => u.length <= 2000),
  siteName: text(200),
  kind: fc.constantFrom('job-posting', 'culture-memo', 'values-page', 'other'),
  clippedAt: time,
  excerpt: text(600),
  text: text(20_000).filter((t) => t.length > 0),
  html: fc.constantFrom(
    '',
    '<h2>Judgment</h2><p>Decide well &amp; <strong>say why</strong>.</p>',
    '<dl><dt>Candor</dt><dd>Say it early.</dd></dl><a href="https://example.test/a?b=1&amp;c=2">x</a>',
  ),
});

/** Days from 2000 to `daysAhead` days after today, the range a backup may hold. */
const isoDayTo = (daysAhead: number) =>
  fc
    .date({
      min: new Date(Date.UTC(2000, 0, 1)),
      max: new Date(Date.now() + daysAhead * 86_400_000),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
const isoDay = isoDayTo(2 * 365);
const planArb: fc.Arbitrary<PlanRow> = fc.record({
  id: fc.constant('current' as const),
  interviewDate: isoDay,
  // A plan starts the day it is made.
  startDate: isoDayTo(0),
  frameworkId: slug,
  track: fc.constantFrom('engineer' as const, 'pm' as const, 'designer' as const, 'other' as const),
  chosenLength: fc.constantFrom(null, 2 as const, 4 as const, 8 as const),
  ticked: fc.array(text(80), { maxLength: 3 }),
  unticked: fc.array(text(80), { maxLength: 3 }),
  updatedAt: time,
});
const hourEntryArb: fc.Arbitrary<HourEntry> = fc.record({
  id: slug,
  day: isoDay,
  minutes: fc.integer({ min: 1, max: 1440 }),
  label: text(200),
  createdAt: time,
});
const rehearsalArb: fc.Arbitrary<Rehearsal> = fc.record({
  id: slug,
  storyId: slug,
  at: time,
  rating: fc.integer({ min: 1, max: 4 }),
  durationMs: fc.integer({ min: 0, max: 1_800_000 }),
});
const readinessArb: fc.Arbitrary<ReadinessRow> = fc.record({
  id: fc.constant('current' as const),
  compNumber: text(200),
  compSources: fc.subarray([
    'levels' as const,
    'offers' as const,
    'surveys' as const,
    'other' as const,
  ]),
  compSourceNotes: text(2000),
  compResearchedOn: fc.oneof(fc.constant(''), isoDay),
  careerArc: text(5000),
  wants: text(3000),
  dontWants: text(3000),
  keeperAnswer: fc.constantFrom('' as const, 'yes' as const, 'unsure' as const, 'no' as const),
  keeperWhy: text(3000),
  plannedStories: fc.dictionary(fc.stringMatching(/^[A-Z][a-z]{1,12}$/), slug, { maxKeys: 3 }),
  updatedAt: time,
});

const datasetArb = fc
  .record({
    settings: fc.uniqueArray(settingArb, { selector: (s) => s.key, maxLength: 5 }),
    sessions: fc.uniqueArray(sessionArb, { selector: (s) => s.id, maxLength: 3 }),
    frameworks: fc.uniqueArray(frameworkRowArb, { selector: (f) => f.id, maxLength: 2 }),
    stories: fc.uniqueArray(storyArb, { selector: (s) => s.id, maxLength: 6 }),
    transcripts: fc.array(transcriptArb, { maxLength: 3 }),
    plans: fc.array(planArb, { maxLength: 1 }),
    hourEntries: fc.uniqueArray(hourEntryArb, { selector: (h) => h.id, maxLength: 3 }),
    rehearsals: fc.uniqueArray(rehearsalArb, { selector: (r) => r.id, maxLength: 3 }),
    readiness: fc.array(readinessArb, { maxLength: 1 }),
    clippedPages: fc.uniqueArray(clippedPageArb, { selector: (c) => c.id, maxLength: 2 }),
    loops: fc.subarray([sampleLoop('loop-a'), sampleLoop('loop-b', 5)]),
    votes: fc.subarray([
      sampleVoteRow(sampleLoop('loop-a'), 1, 'strong-hire'),
      sampleVoteRow(sampleLoop('loop-a'), 2, 'no-hire'),
    ]),
    interviews: fc.subarray([
      sampleRun(sampleLoop('loop-c'), 1),
      sampleRun(sampleLoop('loop-c'), 2),
    ]),
    critiqueTimes: fc.array(time, { maxLength: 3 }),
  })
  .map(({ critiqueTimes, ...d }) => {
    // Caption lines belong to an answer of a round in the same data, keyed as the app keys them.
    const byId = new Map<string, TranscriptRow>();
    d.transcripts.forEach((t, k) => {
      const s = d.sessions[k % Math.max(d.sessions.length, 1)];
      if (!s) return;
      const answerIndex = t.answerIndex % s.answers.length;
      const id = `${s.id}:${answerIndex}`;
      byId.set(id, { ...t, id, sessionId: s.id, answerIndex });
    });
    const transcripts = [...byId.values()];
    // Critiques belong to a story, or to an answer with a kept transcript, in the same data.
    const critiques: CritiqueRow[] = [
      ...d.stories
        .slice(0, critiqueTimes.length)
        .map((s, k) => storyCritiqueRow(s.id, critiqueTimes[k])),
      ...transcripts.slice(0, 2).map((t) => answerCritiqueRow(t.sessionId, t.answerIndex)),
    ];
    return { ...d, transcripts, critiques };
  });
type Dataset = {
  settings: SettingRow[];
  sessions: Session[];
  frameworks: CustomFrameworkRow[];
  stories: Story[];
  transcripts: TranscriptRow[];
  plans: PlanRow[];
  hourEntries: HourEntry[];
  rehearsals: Rehearsal[];
  readiness: ReadinessRow[];
  loops: Loop[];
  votes: VoteRow[];
  interviews: InterviewRun[];
  clippedPages: ClippedPage[];
  critiques: CritiqueRow[];
};

async function seed(db: LoopsideDb, data: Dataset) {
  await db.transaction('rw', db.tables, async () => {
    await db.settings.bulkAdd(data.settings);
    await db.sessions.bulkAdd(data.sessions);
    await db.frameworks.bulkAdd(data.frameworks);
    await db.stories.bulkAdd(data.stories);
    await db.transcripts.bulkAdd(data.transcripts);
    await db.plans.bulkAdd(data.plans);
    await db.hourEntries.bulkAdd(data.hourEntries);
    await db.rehearsals.bulkAdd(data.rehearsals);
    await db.readiness.bulkAdd(data.readiness);
    await db.loops.bulkAdd(data.loops);
    await db.votes.bulkAdd(data.votes);
    await db.interviews.bulkAdd(data.interviews);
    await db.clippedPages.bulkAdd(data.clippedPages);
    await db.critiques.bulkAdd(data.critiques);
  });
}

async function dump(db: LoopsideDb): Promise<Dataset> {
  return {
    settings: await db.settings.toArray(),
    sessions: await db.sessions.toArray(),
    frameworks: await db.frameworks.toArray(),
    stories: await db.stories.toArray(),
    transcripts: await db.transcripts.toArray(),
    plans: await db.plans.toArray(),
    hourEntries: await db.hourEntries.toArray(),
    rehearsals: await db.rehearsals.toArray(),
    readiness: await db.readiness.toArray(),
    loops: await db.loops.toArray(),
    votes: await db.votes.toArray(),
    interviews: await db.interviews.toArray(),
    clippedPages: await db.clippedPages.toArray(),
    critiques: await db.critiques.toArray(),
  };
}

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
function sorted(data: Dataset): Dataset {
  return {
    settings: [...data.settings].sort(byKey((r) => r.key)),
    sessions: [...data.sessions].sort(byKey((r) => r.id)),
    frameworks: [...data.frameworks].sort(byKey((r) => r.id)),
    stories: [...data.stories].sort(byKey((r) => r.id)),
    transcripts: [...data.transcripts].sort(byKey((r) => r.id)),
    plans: data.plans,
    hourEntries: [...data.hourEntries].sort(byKey((r) => r.id)),
    rehearsals: [...data.rehearsals].sort(byKey((r) => r.id)),
    readiness: data.readiness,
    loops: [...data.loops].sort(byKey((r) => r.id)),
    votes: [...data.votes].sort(byKey((r) => r.id)),
    interviews: [...data.interviews].sort(byKey((r) => r.id)),
    clippedPages: [...data.clippedPages].sort(byKey((r) => r.id)),
    critiques: [...data.critiques].sort(byKey((r) => r.id)),
  };
}

const NOW = Date.UTC(2025, 0, 31, 9, 30);

function mustParse(json: string): Backup {
  const parsed = parseBackup(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

describe('backup round trip', () => {
  it('export → wipe → replace gives back exactly the same data (200 random datasets)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, async (data) => {
        const name = `rt-${Math.random()}`;
        const db = new LoopsideDb(name);
        await seed(db, data);
        const json = backupToJson(await exportBackup(db, NOW));
        await db.delete();

        const parsed = parseBackup(json);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.summary.counts).toEqual({
          settings: data.settings.length,
          sessions: data.sessions.length,
          frameworks: data.frameworks.length,
          stories: data.stories.length,
          transcripts: data.transcripts.length,
          plans: data.plans.length,
          hourEntries: data.hourEntries.length,
          rehearsals: data.rehearsals.length,
          readiness: data.readiness.length,
          loops: data.loops.length,
          votes: data.votes.length,
          interviews: data.interviews.length,
          clippedPages: data.clippedPages.length,
          critiques: data.critiques.length,
        });

        const restored = new LoopsideDb(name);
        // Rows already in the wiped database must not survive a replace.
        await restored.stories.put(story('\u{1F9F9}-junk-only-here', 'junk that must vanish', 1));
        await restored.settings.put({ key: 'junk-only-here', value: 1 });
        try {
          await importBackup(restored, parsed.backup, 'replace');
          expect(sorted(await dump(restored))).toEqual(sorted(data));
        } finally {
          await restored.delete();
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('names the file after the local date and time', () => {
    const at = new Date(2025, 0, 5, 7, 4).getTime();
    expect(backupFilename(at)).toBe('loopside-backup-2025-01-05-0704.json');
  });

  it('writes the versioned envelope', async () => {
    const db = freshDb();
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({
      format: 'loopside-backup',
      formatVersion: 1,
      exportedAt: '2025-01-31T09:30:00.000Z',
      dbVersion: db.verno,
      app: 'Loopside',
      tables: {
        settings: [],
        sessions: [],
        frameworks: [],
        stories: [],
        transcripts: [],
        plans: [],
        hourEntries: [],
        rehearsals: [],
        readiness: [],
        loops: [],
        votes: [],
        interviews: [],
        clippedPages: [],
        critiques: [],
      },
    });
  });

  it('imports a file made before the prep-plan tables existed, and merge keeps the plan here', async () => {
    const old = JSON.parse(backupToJson(await backupOf({ stories: [story('a', 'kept', 1)] }))) as {
      tables: Record<string, unknown>;
    };
    for (const t of ['plans', 'hourEntries', 'rehearsals', 'readiness']) delete old.tables[t];
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary.counts).not.toHaveProperty('plans');
    const db = freshDb();
    const plan: PlanRow = {
      id: 'current',
      interviewDate: '2026-12-29',
      startDate: '2026-12-01',
      frameworkId: 'netflix-values',
      track: 'pm',
      chosenLength: null,
      ticked: ['4w-read-memo'],
      unticked: [],
      updatedAt: 5,
    };
    await db.plans.add(plan);
    await importBackup(db, parsed.backup, 'merge');
    expect(await db.plans.get('current')).toEqual(plan);
    expect((await db.stories.get('a'))?.title).toBe('kept');
  });

  it('rejects a plan row with an impossible interview date, naming where', async () => {
    const backup = await backupOf({});
    const json = JSON.parse(backupToJson(backup)) as { tables: Record<string, unknown[]> };
    json.tables.plans = [{ id: 'current', interviewDate: 'next week' }];
    const parsed = parseBackup(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/tables\.plans\[0\]/);
  });

  it('imports a file made before clipped pages existed, and refuses a clip with live markup', async () => {
    const old = JSON.parse(backupToJson(await backupOf({ stories: [story('a', 'kept', 1)] }))) as {
      tables: Record<string, unknown>;
    };
    delete old.tables.clippedPages;
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary.counts).not.toHaveProperty('clippedPages');

    const hostile = {
      id: 'c',
      title: 'Values',
      url: 'https://example.test/values',
      siteName: '',
      kind: 'values-page',
      clippedAt: 1,
      excerpt: '',
      text: 'Judgment',
      html: '<p onclick="steal()">Judgment</p>',
    };
    const bad = parseBackup(
      JSON.stringify({ ...old, tables: { ...old.tables, clippedPages: [hostile] } }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/onclick/);
  });

  it('imports a file made before critiques existed; leaves out critiques of missing stories and refuses a rewritten story', async () => {
    const old = JSON.parse(backupToJson(await backupOf({ stories: [story('a', 'kept', 1)] }))) as {
      tables: Record<string, unknown>;
    };
    delete old.tables.critiques;
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary.counts).not.toHaveProperty('critiques');

    const orphan = parseBackup(
      JSON.stringify({
        ...old,
        tables: { ...old.tables, critiques: [storyCritiqueRow('a'), storyCritiqueRow('gone')] },
      }),
    );
    if (!orphan.ok) throw new Error(orphan.error);
    expect(orphan.summary.counts.critiques).toBe(1);
    expect(orphan.summary.repairs).toContain(
      'Left out 1 on-device critique of stories or rounds this backup does not hold.',
    );

    const rewritten = {
      ...storyCritiqueRow('a'),
      result: { ...storyCritiqueRow('a').result, improvedStory: 'I led the launch and we won.' },
    };
    const bad = parseBackup(
      JSON.stringify({ ...old, tables: { ...old.tables, critiques: [rewritten] } }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/critiques/);

    const misnamed = parseBackup(
      JSON.stringify({
        ...old,
        tables: { ...old.tables, critiques: [{ ...storyCritiqueRow('a'), id: 'story:b' }] },
      }),
    );
    expect(misnamed.ok).toBe(false);
    if (!misnamed.ok) expect(misnamed.error).toMatch(/tables\.critiques\[0\]\.id/);
  });

  it('imports a file made before transcripts existed', async () => {
    const old = JSON.parse(backupToJson(await backupOf({ stories: [story('a', 'kept', 1)] }))) as {
      tables: Record<string, unknown>;
    };
    delete old.tables.transcripts;
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary.counts).not.toHaveProperty('transcripts');

    const db = freshDb();
    const [mine] = fc.sample(sessionArb, { numRuns: 1, seed: 3 });
    await db.sessions.add({ ...mine!, id: 's' });
    await db.transcripts.add({
      id: 's:0',
      sessionId: 's',
      answerIndex: 0,
      lines: [],
      updatedAt: BASE,
    });
    await importBackup(db, parsed.backup, 'replace', { takeSnapshot: true, now: 5 });
    expect((await db.stories.toArray()).map((s) => s.title)).toEqual(['kept']);
    // Replace means the file's data and nothing else: old transcripts do not linger...
    expect(await db.transcripts.count()).toBe(0);
    // ...but what was here is kept as a safety copy inside the database.
    const copies = await db.snapshots.toArray();
    expect(copies).toHaveLength(1);
    const copy = parseBackup(copies[0]!.json);
    if (!copy.ok) throw new Error(copy.error);
    expect(copy.backup.tables.transcripts?.map((t) => t.id)).toEqual(['s:0']);
  });

  it('imports a file made before peer mocks existed, and a bad vote row changes nothing', async () => {
    const old = JSON.parse(backupToJson(await backupOf({ stories: [story('a', 'kept', 1)] }))) as {
      tables: Record<string, unknown>;
    };
    delete old.tables.loops;
    delete old.tables.votes;
    delete old.tables.interviews;
    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.summary.counts).not.toHaveProperty('votes');
    const db = freshDb();
    await importBackup(db, parsed.backup, 'merge');
    expect(await db.stories.count()).toBe(1);

    const loop = sampleLoop();
    const bad = { ...sampleVoteRow(loop, 1, 'hire'), overall: 'maybe' };
    const broken = parseBackup(JSON.stringify({ ...old, tables: { ...old.tables, votes: [bad] } }));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatch(/votes/);
  });

  it('keeps only the last three safety copies, and a failed replace keeps none', async () => {
    const db = freshDb();
    const file = parseBackup(backupToJson(await backupOf({ stories: [story('a', 'x', 1)] })));
    if (!file.ok) throw new Error(file.error);
    for (let i = 1; i <= 5; i++) {
      await db.settings.put({ key: 'round', value: i });
      await importBackup(db, file.backup, 'replace', { takeSnapshot: true, now: i });
    }
    // Each copy holds what was there just before its replace (the setting written in that turn).
    const kept = await db.snapshots.orderBy('createdAt').toArray();
    expect(kept.map((s) => s.createdAt)).toEqual([3, 4, 5]);
    expect(
      kept.map((s) => {
        const parsed = parseBackup(s.json);
        return parsed.ok
          ? parsed.backup.tables.settings.find((r) => r.key === 'round')?.value
          : 'bad';
      }),
    ).toEqual([3, 4, 5]);
    const broken = {
      ...file.backup,
      tables: { ...file.backup.tables, stories: [story('a', 'x', 1), story('a', 'dup', 1)] },
    };
    await expect(
      importBackup(db, broken, 'replace', { takeSnapshot: true, now: 6 }),
    ).rejects.toThrow();
    expect(await db.snapshots.count()).toBe(3);
    expect((await db.stories.toArray()).map((s) => s.title)).toEqual(['x']);
  });
});

const BASE = Date.UTC(2024, 0, 1);
function story(id: string, title: string, updatedAt: number): Story {
  return { ...emptyStory(id, BASE), title, updatedAt: BASE + updatedAt };
}

async function backupOf(rows: Partial<Dataset>): Promise<Backup> {
  const db = freshDb();
  await seed(db, {
    settings: [],
    sessions: [],
    frameworks: [],
    stories: [],
    transcripts: [],
    plans: [],
    hourEntries: [],
    rehearsals: [],
    readiness: [],
    loops: [],
    votes: [],
    interviews: [],
    clippedPages: [],
    critiques: [],
    ...rows,
  });
  return mustParse(backupToJson(await exportBackup(db, NOW)));
}

describe('older files', () => {
  it('a backup written at database version 1 gets the same upgrades as the database', async () => {
    const [session] = fc.sample(
      sessionArb.filter((x) => x.answers.length > 0),
      { numRuns: 1, seed: 42 },
    );
    const backup = await backupOf({ sessions: [session!] });
    const old = JSON.parse(backupToJson(backup)) as {
      dbVersion: number;
      tables: { sessions: { answers: Record<string, unknown>[] }[] };
    };
    old.dbVersion = 1;
    for (const a of old.tables.sessions[0]!.answers) {
      delete a.storyIds;
      delete a.signals;
    }

    const parsed = parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.tables.sessions[0]!.answers.map((a) => [a.storyIds, a.signals])).toEqual(
      session!.answers.map(() => [[], null]),
    );
  });
});

describe('merge', () => {
  it('keeps newer stories, takes newer ones from the backup and adds missing ones', async () => {
    const backup = await backupOf({
      stories: [
        story('same-newer-here', 'backup (older)', 10),
        story('same-newer-in-backup', 'backup (newer)', 30),
        story('only-in-backup', 'from backup', 5),
      ],
    });
    const db = freshDb();
    await db.stories.bulkAdd([
      story('same-newer-here', 'mine (newer)', 20),
      story('same-newer-in-backup', 'mine (older)', 20),
      story('only-here', 'mine only', 1),
    ]);

    const result = await importBackup(db, backup, 'merge');

    const titles = Object.fromEntries((await db.stories.toArray()).map((s) => [s.id, s.title]));
    expect(titles).toEqual({
      'same-newer-here': 'mine (newer)',
      'same-newer-in-backup': 'backup (newer)',
      'only-in-backup': 'from backup',
      'only-here': 'mine only',
    });
    expect(result.tables.stories).toEqual({ written: 2, kept: 1 });
  });

  it('adds missing settings, sessions and frameworks but never overwrites what is here', async () => {
    const backup = await backupOf({
      settings: [
        { key: 'activeFrameworkId', value: 'from-backup' },
        { key: 'only-in-backup', value: [1, 'two'] },
      ],
    });
    const db = freshDb();
    await db.settings.put({ key: 'activeFrameworkId', value: 'mine' });

    const result = await importBackup(db, backup, 'merge');

    expect(await db.settings.get('activeFrameworkId')).toEqual({
      key: 'activeFrameworkId',
      value: 'mine',
    });
    expect(await db.settings.get('only-in-backup')).toEqual({
      key: 'only-in-backup',
      value: [1, 'two'],
    });
    expect(result.tables.settings).toEqual({ written: 1, kept: 1 });
  });

  it('rolls back every table when one write fails', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'mine', value: true });
    await db.stories.put(story('mine', 'keep me', 1));
    const before = await dump(db);
    const backup = await backupOf({ settings: [{ key: 'other', value: 1 }] });
    // A hand-built backup that slipped past parsing: two stories with one id fail the last write.
    const broken: Backup = {
      ...backup,
      tables: { ...backup.tables, stories: [story('dup', 'a', 1), story('dup', 'b', 1)] },
    };

    await expect(importBackup(db, broken, 'replace')).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a table this database cannot hold, before writing anything', async () => {
    const name = `t-${Math.random()}`;
    const older = new Dexie(name);
    older.version(2).stores({ settings: 'key', sessions: 'id', frameworks: 'id', stories: 'id' });
    await older.table('settings').put({ key: 'mine', value: true });
    const [round] = fc.sample(sessionArb, { numRuns: 1, seed: 5 });
    const backup = await backupOf({
      sessions: [{ ...round!, id: 's' }],
      transcripts: [{ id: 's:0', sessionId: 's', answerIndex: 0, lines: [], updatedAt: BASE }],
    });
    await expect(importBackup(older, backup, 'replace')).rejects.toThrow(
      /transcripts.*update Loopside first/,
    );
    expect(await older.table('settings').toArray()).toEqual([{ key: 'mine', value: true }]);
    await older.delete();
  });
});
