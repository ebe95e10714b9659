// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSettings } from '../../components/backup/backup-settings';
import { noteEdit, readExportState } from '../../lib/backup/edit-counter';
import { backupToJson, exportBackup } from '../../lib/backup/export-backup';
import { parseBackup } from '../../lib/backup/parse-backup';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

const shared = vi.hoisted(() => ({
  db: undefined as unknown,
  downloads: [] as { filename: string; text: string }[],
}));
vi.mock('../../lib/db/loopside-db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/db/loopside-db')>();
  return { ...actual, getDb: () => shared.db };
});
vi.mock('../../lib/browser/download-text', () => ({
  downloadText: (filename: string, text: string) => shared.downloads.push({ filename, text }),
}));

let db: LoopsideDb;
beforeEach(() => {
  db = new LoopsideDb(`t-${Math.random()}`);
  shared.db = db;
  shared.downloads.length = 0;
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await db.delete();
});

const story = (id: string, title: string, updatedAt = 1_700_000_000_000): Story => ({
  ...emptyStory(id, 1_700_000_000_000),
  title,
  updatedAt,
});

async function dump(d: LoopsideDb): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const table of d.tables) out[table.name] = await table.toArray();
  return JSON.stringify(out);
}

/** A real export of other data, as the file the user picks. */
async function backupFileOf(stories: Story[]): Promise<File> {
  const other = new LoopsideDb(`t-${Math.random()}`);
  await other.stories.bulkAdd(stories);
  await other.settings.put({ key: 'activeFrameworkId', value: 'amazon' });
  const text = backupToJson(await exportBackup(other, Date.UTC(2025, 0, 31, 9, 30)));
  await other.delete();
  return new File([text], 'my-backup.json', { type: 'application/json' });
}

function choose(file: File) {
  fireEvent.change(screen.getByLabelText('Choose a backup file'), { target: { files: [file] } });
}

describe('BackupSettings', () => {
  it('a bad file shows what is wrong and where, and changes nothing', async () => {
    await db.stories.add(story('mine', 'My story'));
    const before = await dump(db);
    const good = JSON.parse(await (await backupFileOf([story('s1', 'Theirs')])).text()) as {
      tables: { stories: Record<string, unknown>[] };
    };
    good.tables.stories[0]!.title = 7;
    render(<BackupSettings />);

    choose(new File([JSON.stringify(good)], 'broken.json'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“broken.json” can’t be imported. Nothing was changed.');
    expect(alert.textContent).toContain('tables.stories[0].title: expected text, not a number.');
    expect(screen.queryByRole('button', { name: 'Merge into my data' })).toBeNull();
    expect(await dump(db)).toBe(before);
  });

  it('a cut-off file says so with its line and column', async () => {
    render(<BackupSettings />);
    choose(new File(['{\n  "format": "loopside-'], 'cut.json'));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The file ends too early (at line 2, column 23)',
    );
  });

  it('a good file shows what it holds, then merges into the data here', async () => {
    await db.stories.add(story('mine', 'My story'));
    render(<BackupSettings />);

    choose(await backupFileOf([story('s1', 'Shipped the migration 🚀'), story('s2', 'שלום')]));

    const summary = await screen.findByLabelText('What this backup holds');
    expect(summary.textContent).toContain('backup format 1');
    const items = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining(['2 stories', '1 setting', '0 practice sessions']),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Merge into my data' }));

    const done = await screen.findByText(/^Merged “my-backup.json”/);
    expect(done.textContent).toContain('Added or updated 1 setting, 2 stories.');
    const titles = (await db.stories.toArray()).map((s) => s.title).sort();
    expect(titles).toEqual(['My story', 'Shipped the migration 🚀', 'שלום']);
    expect(shared.downloads).toEqual([]);
  });

  it('replace downloads a copy of the current data first, then swaps the data', async () => {
    await db.stories.add(story('mine', 'My story'));
    render(<BackupSettings />);
    choose(await backupFileOf([story('s1', 'From the file')]));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my data' }));

    await screen.findByText(/^Your data now matches “my-backup.json”/);
    expect(shared.downloads).toHaveLength(1);
    const safety = shared.downloads[0]!;
    expect(safety.filename).toMatch(/^loopside-backup-\d{4}-\d\d-\d\d-\d{4}-before-replace\.json$/);
    const copy = parseBackup(safety.text);
    expect(copy.ok && copy.backup.tables.stories.map((s) => s.title)).toEqual(['My story']);
    expect((await db.stories.toArray()).map((s) => s.title)).toEqual(['From the file']);
  });

  it('export downloads a backup and clears the reminder', async () => {
    await db.stories.add(story('mine', 'My story'));
    await noteEdit(db);
    render(<BackupSettings />);
    expect((await screen.findByText(/^Time for a backup\./)).textContent).toContain(
      'You have not saved a backup yet.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));

    await screen.findByText('Backup saved to your downloads.');
    const file = shared.downloads[0]!;
    expect(file.filename).toMatch(/^loopside-backup-\d{4}-\d\d-\d\d-\d{4}\.json$/);
    const parsed = parseBackup(file.text);
    expect(parsed.ok && parsed.summary.counts.stories).toBe(1);
    await waitFor(() => expect(screen.queryByText(/^Time for a backup\./)).toBeNull());
    expect((await readExportState(db)).editsSinceExport).toBe(0);
  });

  it('warns when the saved file would not import, but still saves it', async () => {
    await db.stories.add({ ...story('mine', 'My story'), title: 'x'.repeat(600) });
    render(<BackupSettings />);
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'tables.stories[0].title: text is too long (600 characters; at most 500).',
    );
    expect(shared.downloads).toHaveLength(1);
  });

  it('shows whether storage is persistent, how much is used, and can ask to keep it', async () => {
    let persisted = false;
    const persist = vi.fn(async () => {
      persisted = true;
      return true;
    });
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        persisted: async () => persisted,
        persist,
        estimate: async () => ({ usage: 2.1 * 1024 * 1024, quota: 10 * 1024 ** 3 }),
      },
    });
    render(<BackupSettings />);

    await screen.findByText(/^The browser may clear this data under pressure/);
    expect(screen.getByText('2.1 MB used')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));

    await screen.findByText(/^Storage is persistent/);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('says so when the browser cannot tell', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    render(<BackupSettings />);
    await screen.findByText('This browser does not say whether it keeps this data for good.');
  });
});
