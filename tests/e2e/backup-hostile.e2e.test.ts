import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSession, startSession, finishSession } from '../../lib/practice/session-actions';
import { launchExtension, type LaunchedExtension } from './launch-extension';

type Obj = Record<string, unknown>;

let ext: LaunchedExtension;
let ws: Page;
let base: Obj;
const dir = mkdtempSync(join(tmpdir(), 'loopside-hostile-'));
const LIMIT = 50 * 1024 * 1024;

const round = (id: string, at: number) =>
  finishSession(
    startSession(
      createSession({
        id,
        frameworkId: 'netflix-values',
        frameworkName: 'Netflix interview values',
        presetId: 'onsite',
        presetName: 'Onsite',
        minutes: 45,
        seed: 1,
        now: at,
        prompts: [0, 1].map((i) => ({
          key: `judgment:${i}`,
          valueId: 'judgment',
          label: 'Judgment',
          definition: 'Sound calls with what was known',
          question: `A hard call you made (${i})`,
          probeIds: [],
        })),
      }),
      at + 1000,
    ),
    at + 60_000,
  );

beforeAll(async () => {
  ext = await launchExtension();
  ws = await ext.open('workspace.html#stories');
  await ws.getByRole('button', { name: 'New story' }).click();
  await ws.getByRole('textbox', { name: 'Title', exact: true }).fill('Kept through every bad file');
  await ws.waitForTimeout(600);
  await ws.goto(ext.url('workspace.html#backup'));
  const [download] = await Promise.all([
    ws.waitForEvent('download'),
    ws.getByRole('button', { name: 'Export my data' }).click(),
  ]);
  base = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Obj;
  const tables = base.tables as Obj;
  const at = Date.now() - 3 * 24 * 60 * 60 * 1000;
  tables.sessions = [round('old-round', at)];
  tables.transcripts = [];
});
afterAll(async () => {
  await ext?.close();
  rmSync(dir, { recursive: true, force: true });
});

const restore = () => ws.locator('.backup__card').filter({ hasText: 'Restore from a backup' });
const variant = (change: (b: Obj & { tables: Record<string, Obj[]> }) => void) => {
  const b = structuredClone(base) as Obj & { tables: Record<string, Obj[]> };
  change(b);
  return JSON.stringify(b, null, 2);
};

/** Chooses a file as a user would and returns what the page says about it. */
async function choose(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, content);
  await ws.getByLabel('Choose a backup file').setInputFiles(path);
  // Each file has its own name, so an earlier file's message is never read as this one's.
  const said = restore()
    .locator('[role="alert"], [aria-label="What this backup holds"]')
    .filter({ hasText: `“${name}”` });
  await expect.poll(() => said.count()).toBeGreaterThan(0);
  // Whatever the file, the page ends in a message and the file control works again.
  expect(await ws.getByLabel('Choose a backup file').isEnabled()).toBe(true);
  return (await said.first().textContent()) ?? '';
}

async function refused(name: string, content: string | Buffer): Promise<string> {
  const text = await choose(name, content);
  expect(text).toContain('can’t be imported. Nothing was changed.');
  return text;
}

async function storyTitles(): Promise<string[]> {
  return ws.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('loopside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('stories').objectStore('stories').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { title: string }[]).map((s) => s.title));
          };
        };
      }),
  );
}

describe('hostile backups chosen in the workspace', () => {
  test('deep nesting, unclosed or closed with the wrong bracket, ends in a message', async () => {
    const workers: string[] = [];
    ws.on('worker', (w) => workers.push(w.url()));
    expect(await refused('unclosed.json', `{"format": ${'['.repeat(200_000)}`)).toMatch(
      /is nested too deeply \(more than 40 levels, at line 1, column \d+\)/,
    );
    expect(await refused('mismatched.json', `${'['.repeat(30)}1${'}'.repeat(30)}`)).toMatch(
      /found "}", but the list opened at line 1, column 30 closes with "]"/,
    );
    expect(await storyTitles()).toEqual(['Kept through every bad file']);
    // The check ran off the page's thread, where a time limit can stop it.
    expect(workers.some((u) => u.includes('backup-check-worker'))).toBe(true);
  });

  test('rounds the side panel could not show are refused with their place', async () => {
    expect(
      await refused(
        'no-prompts.json',
        variant((b) => {
          Object.assign(b.tables.sessions![0]!, {
            status: 'active',
            finishedAt: null,
            answers: [],
          });
        }),
      ),
    ).toContain('tables.sessions[0].answers: a round needs at least one prompt');
    expect(
      await refused(
        'past-the-end.json',
        variant((b) => {
          b.tables.sessions![0]!.currentIndex = 5;
        }),
      ),
    ).toContain('tables.sessions[0].currentIndex: points at prompt 6, but the round has 2 prompts');
  });

  test('a story dated far in the future is refused, so it cannot win later merges', async () => {
    const text = await refused(
      'future.json',
      variant((b) => {
        b.tables.stories![0]!.updatedAt = Date.UTC(2200, 0, 1);
      }),
    );
    expect(text).toMatch(
      /tables\.stories\[0\]\.updatedAt: is 2200-01-01, more than a day after today/,
    );
  });

  test('framework rows get the framework import’s protections', async () => {
    const pack = (id: string) => ({
      id,
      name: 'My team values',
      source: 'Written by me',
      values: [
        {
          id: 'craft',
          name: 'Craft',
          definition: 'Care for the work',
          synonyms: [],
          prompts: ['A time you cared'],
        },
      ],
      probes: [{ id: 'why', kind: 'principle', text: 'Which value drove that?' }],
      coreValueIds: [],
    });
    expect(
      await refused(
        'shipped-id.json',
        variant((b) => {
          b.tables.frameworks = [
            { id: 'netflix-values', pack: pack('netflix-values'), importedAt: Date.now() },
          ];
        }),
      ),
    ).toContain(
      'tables.frameworks[0].pack.id: "netflix-values" belongs to a framework Loopside ships',
    );
    expect(
      await refused(
        'renamed-row.json',
        variant((b) => {
          b.tables.frameworks = [{ id: 'other-id', pack: pack('my-team'), importedAt: Date.now() }];
        }),
      ),
    ).toContain('tables.frameworks[0].id: is "other-id", but the pack inside is "my-team"');
  });

  test('nothing is changed silently: overflow, bad UTF-8, duplicate keys, a newer database', async () => {
    const good = variant(() => {});
    expect(
      await refused('overflow.json', good.replace('"minutes": 45', '"minutes": 1e400')),
    ).toMatch(/tables\.sessions\[0\]\.minutes: the number 1e400 is too large to store/);
    const bytes = Buffer.from(good.replace('Kept through every bad file', 'caf\u00e9'), 'utf8');
    const at = bytes.indexOf(Buffer.from('caf', 'utf8')) + 3;
    const latin1 = Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from([0xe9]),
      bytes.subarray(at + 2),
    ]);
    expect(await refused('latin1.json', latin1)).toMatch(
      /not UTF-8 text: the byte 0xE9 at line \d+/,
    );
    expect(
      await refused(
        'twice.json',
        good.replace('"title": "Kept', '"title": "Other", "title": "Kept'),
      ),
    ).toMatch(/tables\.stories\[0\]: the key "title" appears twice in one object/);
    expect(
      await refused(
        'newer-db.json',
        variant((b) => {
          b.dbVersion = 99;
        }),
      ),
    ).toMatch(/newer Loopside \(database version 99; this one uses \d+\)/);
  });

  test('a repair is named before and after the import', async () => {
    const file = variant((b) => {
      b.tables.transcripts = [
        { id: 'gone:0', sessionId: 'gone', answerIndex: 0, lines: [], updatedAt: Date.now() },
      ];
    });
    const summary = await choose('orphan.json', file);
    expect(summary).toContain(
      'Left out 1 caption transcript for rounds this backup does not hold.',
    );
    await ws.getByRole('button', { name: 'Merge into my data' }).click();
    const done = ws.getByLabel('Changes made on import');
    await expect.poll(() => done.textContent()).toContain('Left out 1 caption transcript');
  });

  test('messages say what the file is: exact sizes, UTF-16, compressed', async () => {
    expect(await refused('huge.json', Buffer.alloc(LIMIT + 1, 0x20))).toContain(
      'The file is 52,428,801 bytes (50.0 MB), 1 byte over the limit; a Loopside backup is at most 52,428,800 bytes (50.0 MB).',
    );
    const utf16be = Buffer.from(
      variant(() => {}),
      'utf16le',
    ).swap16();
    expect(
      await refused('utf16.json', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])),
    ).toContain(
      'This file is UTF-16 encoded (big-endian). Open it in a text editor, save it as UTF-8',
    );
    expect(await refused('backup.json.gz', gzipSync(variant(() => {})))).toContain(
      'This looks like a compressed file (gzip)',
    );
    expect(await storyTitles()).toEqual(['Kept through every bad file']);
  });
});

test('the side panel offers Finish and Discard for a stored round it cannot show', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('button', { name: 'Start round' }).waitFor();
  const seedBroken = (id: string) =>
    panel.evaluate(
      (row) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('loopside');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('sessions', 'readwrite');
            tx.objectStore('sessions').put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      { ...round(id, Date.now() - 60_000), status: 'active', finishedAt: null, currentIndex: 7 },
    );
  const heading = panel.getByRole('heading', { name: /This round can.t be shown/ });

  await seedBroken('broken-1');
  await panel.reload();
  await heading.waitFor();
  await panel.getByRole('button', { name: 'Finish this round' }).click();
  await panel.getByRole('button', { name: 'Start round' }).waitFor();

  await seedBroken('broken-2');
  await panel.reload();
  await heading.waitFor();
  await panel.getByRole('button', { name: 'Discard this round' }).click();
  await panel.getByRole('button', { name: 'Start round' }).waitFor();

  // The finished one went to the history; the discarded one is gone.
  const history = await ext.open('workspace.html#sessions');
  await expect.poll(() => history.getByTestId('session-row').count()).toBeGreaterThan(0);
  const statuses = await panel.evaluate(
    () =>
      new Promise<Record<string, string>>((resolve) => {
        const open = indexedDB.open('loopside');
        open.onsuccess = () => {
          const req = open.result.transaction('sessions').objectStore('sessions').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(
              Object.fromEntries(
                (req.result as { id: string; status: string }[]).map((s) => [s.id, s.status]),
              ),
            );
          };
        };
      }),
  );
  expect(statuses['broken-1']).toBe('finished');
  expect(statuses).not.toHaveProperty('broken-2');
});
