import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../lib/backup/backup-schema';
import { backupToJson, exportBackup } from '../../lib/backup/export-backup';
import { formatPath } from '../../lib/backup/format-path';
import { importBackup } from '../../lib/backup/import-backup';
import { lineColumn } from '../../lib/validation/scan-json-text';
import { parseBackup } from '../../lib/backup/parse-backup';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import type { Session } from '../../lib/practice/session-schema';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import { storyCritiqueRow } from '../fixtures/critique-rows';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const NOW = Date.UTC(2025, 0, 31, 9, 30);

function story(id: string, title: string): Story {
  return {
    ...emptyStory(id, 1_700_000_000_000),
    title,
    situation: 'Our release train kept slipping — שלום 👋',
    values: ['Judgment', 'Courage'],
    tags: ['platform'],
  };
}

const session: Session = {
  id: 'session-1',
  frameworkId: 'netflix-values',
  frameworkName: 'Netflix interview values',
  presetId: 'onsite',
  presetName: 'Onsite',
  minutes: 45,
  targetMs: 120_000,
  maxMs: 180_000,
  seed: 7,
  createdAt: 1_700_000_000_000,
  finishedAt: 1_700_000_900_000,
  status: 'finished',
  clock: { startedAt: 1, pausedMs: 0, pausedAt: null },
  currentIndex: 0,
  answers: [
    {
      prompt: {
        key: 'judgment:0',
        valueId: null,
        label: 'Judgment',
        definition: 'd',
        question: 'q',
        probeIds: ['p-1'],
      },
      clock: { startedAt: 1, pausedMs: 0, pausedAt: 2 },
      durationMs: null,
      status: 'answered',
      probesShown: ['p-1'],
      ticks: { namedValue: true, measurableOutcome: false, differently: true },
      score: 3,
      notes: 'Cut build time by 40%',
      notesUpdatedAt: 5,
      storyIds: ['story-1'],
      signals: null,
    },
  ],
};

let sourceJson = '';
let valid: Json;
let db: LoopsideDb;
let before = '';

/** Every row of every table, in a fixed order: equal strings mean an unchanged database. */
async function fullDump(d: LoopsideDb): Promise<string> {
  const tables: Record<string, unknown> = {};
  for (const table of d.tables) tables[table.name] = await table.toArray();
  return JSON.stringify(tables);
}

beforeAll(async () => {
  const source = new LoopsideDb(`t-${Math.random()}`);
  await source.settings.bulkAdd([
    { key: 'activeFrameworkId', value: 'netflix-values' },
    { key: 'layout', value: { columns: [1, 2], nested: { deep: ['x', true, null] } } },
  ]);
  await source.sessions.add(session);
  await source.frameworks.add({
    id: 'my-pack',
    pack: { ...netflixValues, id: 'my-pack' },
    importedAt: 1_700_000_000_000,
  });
  await source.stories.bulkAdd([story('story-1', 'Shipping the migration'), story('story-2', '')]);
  await source.transcripts.add({
    id: 'session-1:0',
    sessionId: 'session-1',
    answerIndex: 0,
    lines: [{ id: 'u1', speaker: 'Me', isSelf: true, text: 'We cut it by 40%', start: 1, end: 2 }],
    updatedAt: 1_700_000_000_000,
  });
  await source.clippedPages.add({
    id: 'clip-1',
    title: 'Our values',
    url: 'https://example.test/values',
    siteName: '',
    kind: 'values-page',
    clippedAt: 4,
    excerpt: '',
    text: 'Candor\nSay it early.',
    html: '<h2>Candor</h2><p>Say it early.</p>',
  });
  await source.critiques.add(storyCritiqueRow('story-1'));
  sourceJson = backupToJson(await exportBackup(source, NOW));
  valid = JSON.parse(sourceJson) as Json;
  await source.delete();

  // The user's current data, which no bad file may touch.
  db = new LoopsideDb(`t-${Math.random()}`);
  await db.stories.add(story('mine', 'My own story'));
  await db.settings.add({ key: 'activeFrameworkId', value: 'amazon' });
  before = await fullDump(db);
});
afterAll(async () => {
  await db.delete();
});

/** What the app does with a chosen file: write only what parsed. */
async function attemptImport(text: string) {
  const parsed = parseBackup(text);
  if (parsed.ok) await importBackup(db, parsed.backup, 'replace');
  return parsed;
}

async function expectRejected(text: string): Promise<string> {
  const parsed = await attemptImport(text);
  expect(parsed.ok).toBe(false);
  expect(await fullDump(db)).toBe(before);
  const error = parsed.ok ? '' : parsed.error;
  expect(error.trim().length).toBeGreaterThan(0);
  return error;
}

const clone = (): Json => structuredClone(valid);

function allPaths(node: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(node)) node.forEach((child, i) => allPaths(child, [...path, i], out));
  else if (node !== null && typeof node === 'object') {
    for (const [k, child] of Object.entries(node)) allPaths(child, [...path, k], out);
  }
  return out;
}

function getAt(root: Json, path: Path): Json {
  let here = root;
  for (const key of path) here = (here as Record<string | number, Json>)[key] as Json;
  return here;
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = value;
  return root;
}

// A settings value may hold any JSON, so changing its type there is not an error.
const isFreeForm = (p: Path) => p[1] === 'settings' && p[3] === 'value';

/** A value of a kind that the schema at this spot never accepts. */
function swapType(value: Json): Json {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return { not: 'null' };
  if (Array.isArray(value)) return { was: 'a list' };
  return [1, 2, 3];
}

const validPaths = () => allPaths(valid);
const pathsWhere = (keep: (p: Path, v: Json) => boolean) =>
  fc.constantFrom(...validPaths().filter((p) => keep(p, getAt(valid, p))));

describe('hostile and broken backup files change nothing', () => {
  it('the untouched file is accepted (so rejections below are caused by the mutation)', () => {
    const parsed = parseBackup(sourceJson);
    expect(parsed.ok ? parsed.summary.counts : parsed.error).toEqual({
      settings: 2,
      sessions: 1,
      frameworks: 1,
      stories: 2,
      transcripts: 1,
      plans: 0,
      hourEntries: 0,
      rehearsals: 0,
      readiness: 0,
      loops: 0,
      votes: 0,
      interviews: 0,
      clippedPages: 1,
      critiques: 1,
    });
  });

  it('truncated at any point: says the file ends early, at the right line and column', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: sourceJson.length - 1 }), async (n) => {
        const cut = sourceJson.slice(0, n);
        const error = await expectRejected(cut);
        const { line, column } = lineColumn(cut, cut.length);
        expect(error).toContain(`line ${line}, column ${column}`);
        expect(error).toMatch(/ends too early/);
      }),
      { numRuns: 60 },
    );
  });

  it('a value of the wrong type anywhere: names the exact place', async () => {
    await fc.assert(
      fc.asyncProperty(
        pathsWhere((p) => p.length > 0 && !isFreeForm(p)),
        async (path) => {
          const error = await expectRejected(
            JSON.stringify(setAt(clone(), path, swapType(getAt(valid, path)))),
          );
          expect(error).toContain(formatPath(path));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('an oversized string anywhere: names the place and says it is too long', async () => {
    await fc.assert(
      fc.asyncProperty(
        pathsWhere((_, v) => typeof v === 'string'),
        async (path) => {
          const error = await expectRejected(
            JSON.stringify(setAt(clone(), path, 'x'.repeat(100_001))),
          );
          expect(error).toContain(`${formatPath(path)}: text is too long (100,001 characters`);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('__proto__, constructor or prototype keys at any depth: rejected with their place', async () => {
    await fc.assert(
      fc.asyncProperty(
        pathsWhere((_, v) => v !== null && typeof v === 'object' && !Array.isArray(v)),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.jsonValue({ maxDepth: 2 }),
        async (path, key, payload) => {
          const root = clone();
          const target = getAt(root, path) as Record<string, unknown>;
          // A plain assignment to __proto__ would set the prototype; the file must hold an own key.
          Object.defineProperty(target, key, { value: payload, enumerable: true });
          const text = JSON.stringify(root);
          expect(text).toContain(`"${key}":`);
          const error = await expectRejected(text);
          expect(error).toBe(
            `${formatPath(path) || 'the file'}: the key "${key}" is not allowed in a backup.`,
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a newer format version: asks to update Loopside first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 1_000_000_000 }), async (version) => {
        const root = clone() as Record<string, Json>;
        root.formatVersion = version;
        const error = await expectRejected(JSON.stringify(root));
        expect(error).toContain(
          `made by a newer Loopside (format ${version}); update Loopside first`,
        );
      }),
      { numRuns: 20 },
    );
  });

  it('random garbage: rejected with a message', async () => {
    const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.uint8Array({ maxLength: 300 }).map(latin1),
          fc.constantFrom('{', '}', 'null', '"loopside-backup"', '\uFEFF', '{"format":', '[]'),
        ),
        async (text) => {
          await expectRejected(text);
        },
      ),
      { numRuns: 60 },
    );
    // 60 imports, each followed by a dump of every table: slow on a loaded machine.
  }, 60_000);
});

/** The valid file with some values set (undefined deletes the key), indented like an export. */
function withValues(...changes: Array<[Path, Json | undefined]>): string {
  const root = clone();
  for (const [path, value] of changes) {
    if (value === undefined) {
      const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
      delete parent[path[path.length - 1]!];
    } else setAt(root, path, value);
  }
  return JSON.stringify(root, null, 2);
}

describe('error messages say what is wrong and where', () => {
  const cases: Array<[string, () => string, string]> = [
    ['empty file', () => '  \n', 'The file is empty.'],
    [
      'not an object',
      () => '[1, 2]',
      'This is not a Loopside backup: the file should hold a single JSON object.',
    ],
    [
      'another kind of file',
      () => '{"format": "something-else", "tables": {}}',
      'This is not a Loopside backup: "format" should be "loopside-backup".',
    ],
    [
      'JSON syntax error',
      () => '{\n  "format": "loopside-backup",\n  "formatVersion": 1,,\n}',
      'The file is not valid JSON at line 3, column 22: expected a property name in double quotes, found ",".',
    ],
    [
      'truncated file',
      () => '{\n  "format": "loop',
      'The file ends too early (at line 2, column 18); it may have been cut off while saving or copying.',
    ],
    [
      'newer format',
      () => withValues([['formatVersion'], 7]),
      'This backup was made by a newer Loopside (format 7); update Loopside first, then import it again.',
    ],
    [
      'wrong type in a row',
      () => withValues([['tables', 'stories', 1, 'title'], 42]),
      'tables.stories[1].title: expected text, not a number.',
    ],
    [
      'missing field',
      () => withValues([['tables', 'sessions', 0, 'seed'], undefined]),
      'tables.sessions[0].seed: is missing.',
    ],
    [
      'oversized story text',
      () => withValues([['tables', 'stories', 0, 'situation'], 'é'.repeat(20_001)]),
      'tables.stories[0].situation: text is too long (20,001 characters; at most 20,000).',
    ],
    [
      'enum value',
      () => withValues([['tables', 'sessions', 0, 'status'], 'paused']),
      'tables.sessions[0].status: must be one of "ready", "active", "finished".',
    ],
    [
      'bad framework pack',
      () => withValues([['tables', 'frameworks', 0, 'pack', 'values', 0, 'prompts'], []]),
      'tables.frameworks[0].pack.values[0].prompts: every value needs at least one prompt.',
    ],
    [
      'bad export date',
      () => withValues([['exportedAt'], 'last tuesday']),
      'exportedAt: expected a date and time such as 2025-01-31T09:30:00Z.',
    ],
    [
      'duplicate ids',
      () => withValues([['tables', 'stories', 1, 'id'], 'story-1']),
      'tables.stories[1].id: "story-1" is used by an earlier row too.',
    ],
    [
      '__proto__ key from the file text',
      () =>
        sourceJson.replace(
          '"title": "Shipping',
          '"__proto__": {"polluted": true}, "title": "Shipping',
        ),
      'tables.stories[0]: the key "__proto__" is not allowed in a backup.',
    ],
    [
      'constructor key deep in a setting',
      () => sourceJson.replace('"deep": [', '"deep": [{"constructor": {"prototype": 1}}, '),
      'tables.settings[1].value.nested.deep[0]: the key "constructor" is not allowed in a backup.',
    ],
    [
      'missing table',
      () => withValues([['tables', 'stories'], undefined]),
      'tables.stories: is missing.',
    ],
    [
      'several problems',
      () =>
        withValues(
          [['tables', 'stories', 0, 'archived'], 'no'],
          [['tables', 'stories', 1, 'archived'], 'no'],
          [['tables', 'sessions', 0, 'minutes'], 'long'],
          [['dbVersion'], 0],
        ),
      'dbVersion: must be at least 1; tables.sessions[0].minutes: expected a number, not text; tables.stories[0].archived: expected true or false, not text (and 1 more).',
    ],
  ];

  it.each(cases)('%s', async (_, make, message) => {
    expect(await expectRejected(make())).toBe(message);
  });

  it('a file over the size limit is refused before it is read as JSON', async () => {
    const error = await expectRejected(`{"pad": "${'x'.repeat(MAX_BACKUP_BYTES)}"}`);
    expect(error).toBe(
      'The file holds 52,428,811 characters (50.0 MB) or more; a Loopside backup is at most 52,428,800 bytes (50.0 MB).',
    );
  });

  it('nesting deeper than any real backup is refused', async () => {
    const error = await expectRejected(
      sourceJson.replace('"deep": [', `"deep": [${'['.repeat(60)}${']'.repeat(60)}, `),
    );
    expect(error).toMatch(
      /^tables\.settings\[1\]\.value\.nested\.deep\[0\](\[0\])+: is nested too deeply/,
    );
  });

  it('a byte-order mark at the start does not stop a good file', () => {
    expect(parseBackup(`\uFEFF${sourceJson}`).ok).toBe(true);
  });
});
