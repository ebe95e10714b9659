import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { markExported, noteEdit, readExportState } from '../../lib/backup/edit-counter';
import { exportReminder, remindEverywhere } from '../../lib/backup/export-reminder';
import { LoopsideDb } from '../../lib/db/loopside-db';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1, 12);

describe('exportReminder', () => {
  const cases: Array<[string, number | null, number, boolean, string]> = [
    [
      'never exported, nothing written',
      null,
      0,
      false,
      'Nothing you have written needs a backup yet.',
    ],
    ['never exported, one edit', null, 1, true, 'You have not saved a backup yet.'],
    [
      'exported today, a few edits',
      NOW - 2 * 60 * 60 * 1000,
      3,
      false,
      'Your last backup was today; 3 changes since.',
    ],
    [
      '25 edits since an export today',
      NOW - 60_000,
      25,
      true,
      'You have made 25 changes since your last backup (today).',
    ],
    [
      '24 edits, six days',
      NOW - 6 * DAY,
      24,
      false,
      'Your last backup was 6 days ago; 24 changes since.',
    ],
    [
      'seven days and one edit',
      NOW - 7 * DAY,
      1,
      true,
      'Your last backup was 7 days ago, and you have made 1 change since.',
    ],
    [
      'a month old but nothing changed',
      NOW - 30 * DAY,
      0,
      false,
      'Your last backup was 30 days ago; nothing has changed since.',
    ],
    [
      'clock set back before the export',
      NOW + 3 * DAY,
      2,
      false,
      'Your last backup was today; 2 changes since.',
    ],
  ];
  it.each(cases)('%s', (_, lastExportAt, editsSinceExport, due, reason) => {
    expect(exportReminder({ lastExportAt, editsSinceExport, now: NOW })).toEqual({ due, reason });
  });

  it('more edits or more time never turn a due reminder off', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: NOW }), { nil: null }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 60 * DAY }),
        (last, edits, moreEdits, later) => {
          const first = exportReminder({ lastExportAt: last, editsSinceExport: edits, now: NOW });
          const after = exportReminder({
            lastExportAt: last,
            editsSinceExport: edits + moreEdits,
            now: NOW + later,
          });
          if (first.due) expect(after.due).toBe(true);
          expect(after.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('edit counter', () => {
  const dbs: LoopsideDb[] = [];
  const freshDb = () => {
    const db = new LoopsideDb(`t-${Math.random()}`);
    dbs.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(dbs.splice(0).map((db) => db.delete()));
  });

  it('counts edits, even when saves overlap, and resets on export', async () => {
    const db = freshDb();
    expect(await readExportState(db)).toEqual({ lastExportAt: null, editsSinceExport: 0 });
    await Promise.all(Array.from({ length: 10 }, () => noteEdit(db)));
    expect(await readExportState(db)).toEqual({ lastExportAt: null, editsSinceExport: 10 });

    await markExported(db, NOW);
    expect(await readExportState(db)).toEqual({ lastExportAt: NOW, editsSinceExport: 0 });
    await noteEdit(db);
    expect((await readExportState(db)).editsSinceExport).toBe(1);
  });

  it('counts a spell of typing in one place once, until it rests for two minutes', async () => {
    const db = freshDb();
    const place = `story:${Math.random()}`;
    // A story field saved on each of 40 keystrokes, 300 ms apart: one change.
    for (let k = 0; k < 40; k++) await noteEdit(db, place, NOW + k * 300);
    expect((await readExportState(db)).editsSinceExport).toBe(1);
    // Another story meanwhile is another change.
    await noteEdit(db, `${place}-other`, NOW + 12_000);
    expect((await readExportState(db)).editsSinceExport).toBe(2);
    // Back to the first after three minutes of rest: a new change.
    await noteEdit(db, place, NOW + 12_000 + 3 * 60_000);
    expect((await readExportState(db)).editsSinceExport).toBe(3);
  });

  it('treats a damaged counter as zero instead of failing', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'backup.editsSinceExport', value: 'lots' },
      { key: 'backup.lastExportAt', value: { when: 'yesterday' } },
    ]);
    expect(await readExportState(db)).toEqual({ lastExportAt: null, editsSinceExport: 0 });
    await noteEdit(db);
    expect((await readExportState(db)).editsSinceExport).toBe(1);
  });
});

describe('remindEverywhere', () => {
  it('waits for 25 changes before a first backup, then follows the reminder', () => {
    expect(remindEverywhere({ lastExportAt: null, editsSinceExport: 1, now: NOW })).toBe(false);
    expect(remindEverywhere({ lastExportAt: null, editsSinceExport: 25, now: NOW })).toBe(true);
    const weekAgo = NOW - 8 * 24 * 60 * 60 * 1000;
    expect(remindEverywhere({ lastExportAt: weekAgo, editsSinceExport: 1, now: NOW })).toBe(true);
    expect(remindEverywhere({ lastExportAt: NOW, editsSinceExport: 24, now: NOW })).toBe(false);
  });
});
