// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecoveryScreen } from '../../components/backup/recovery-screen';
import { describeOpenError } from '../../lib/backup/describe-open-error';
import { exportRawDatabase } from '../../lib/backup/export-raw-database';
import { parseBackup } from '../../lib/backup/parse-backup';
import { DB_NAME } from '../../lib/db/db-name';
import { openDbSafely } from '../../lib/db/open-db-safely';

const downloads = vi.hoisted(() => [] as { filename: string; text: string }[]);
vi.mock('../../lib/browser/download-text', () => ({
  downloadText: (filename: string, text: string) => downloads.push({ filename, text }),
}));

const V2_STORES = {
  settings: 'key',
  sessions: 'id, createdAt, status',
  frameworks: 'id',
  stories: 'id, updatedAt, archived, *values',
};

/** Data as Loopside 2 left it, including a table this version does not know. */
async function seedVersion2(name: string) {
  const old = new Dexie(name);
  old.version(2).stores({ ...V2_STORES, scratch: 'id' });
  await old.open();
  await old.table('settings').put({ key: 'activeFrameworkId', value: 'netflix-values' });
  await old.table('scratch').put({ id: 'x', note: 'kept in the copy' });
  old.close();
}

/** A later version whose upgrade fails part-way, as a bug or a full disk would make it. */
function brokenUpgrade(name: string): Dexie {
  const db = new Dexie(name);
  db.version(2).stores({ ...V2_STORES, scratch: 'id' });
  db.version(3)
    .stores({ transcripts: 'id, sessionId' })
    .upgrade(async (tx) => {
      await tx.table('settings').put({ key: 'half-written', value: true });
      throw new Error('disk hiccup');
    });
  return db;
}

beforeEach(async () => {
  downloads.length = 0;
  await Dexie.delete(DB_NAME);
});
afterEach(async () => {
  cleanup();
  await Dexie.delete(DB_NAME);
});

describe('a database that will not open', () => {
  it('openDbSafely reports the failure and the data stays at its old version', async () => {
    await seedVersion2(DB_NAME);
    const result = await openDbSafely(brokenUpgrade(DB_NAME));
    expect(result.ok).toBe(false);

    const raw = new Dexie(DB_NAME);
    await raw.open();
    expect(raw.verno).toBe(2);
    expect(await raw.table('settings').toArray()).toEqual([
      { key: 'activeFrameworkId', value: 'netflix-values' },
    ]);
    raw.close();
  });

  it('the recovery screen explains calmly and exports the raw data as an importable file', async () => {
    await seedVersion2(DB_NAME);
    const result = await openDbSafely(brokenUpgrade(DB_NAME));
    render(<RecoveryScreen error={result.ok ? null : result.error} />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Loopside can’t open your saved data right now',
    );
    expect(screen.getByText(/^Nothing has been deleted\./)).toBeTruthy();
    expect(screen.getByText('Error: disk hiccup')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    await screen.findByText('Your data was saved to your downloads.');

    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toMatch(/^loopside-backup-.*-recovery\.json$/);
    const file = JSON.parse(downloads[0]!.text) as { dbVersion: number; tables: object };
    expect(file.dbVersion).toBe(2);
    expect(file.tables).toMatchObject({ scratch: [{ id: 'x', note: 'kept in the copy' }] });
    const parsed = parseBackup(downloads[0]!.text);
    expect(parsed.ok && parsed.summary.counts).toEqual({
      settings: 1,
      sessions: 0,
      frameworks: 0,
      stories: 0,
    });
  });

  it('says so when there is nothing to copy', async () => {
    render(<RecoveryScreen error={new Error('whatever')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'there is no saved Loopside data in this browser to copy',
    );
    await expect(exportRawDatabase(DB_NAME)).rejects.toThrow(/no saved Loopside data/);
  });

  it.each([
    [{ name: 'VersionError', message: 'v' }, /newer version of Loopside/],
    [{ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }, /out of storage space/],
    [{ name: 'MissingAPIError' }, /private windows/],
    ['something odd', /could not open its saved data/],
  ])('describes %o in plain words', (error, summary) => {
    expect(describeOpenError(error).summary).toMatch(summary);
  });
});
