import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { warmDatabase } from '../../lib/db/warm-database';

const names: string[] = [];
function fresh(): string {
  const name = `warm-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Lets the warm-up's open (and its close) run to the end. */
const settle = () => new Promise((done) => setTimeout(done, 20));

describe('opening the database early, at a page’s first moment', () => {
  it('creates nothing on a new profile: the extension’s own open creates the database', async () => {
    const name = fresh();
    warmDatabase(indexedDB, name);
    await settle();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);

    const db = new LoopsideDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('stories');
    expect(await db.stories.count()).toBe(0);
    db.close();
  });

  it('leaves an existing database as it was, and never holds up an upgrade', async () => {
    const name = fresh();
    const old = new Dexie(name);
    old.version(1).stores({ settings: 'key', sessions: 'id, createdAt, status', frameworks: 'id' });
    await old.table('settings').put({ key: 'guideHidden', value: true });
    old.close();

    // The warm-up's connection may still be opening when the upgrade asks for the database.
    warmDatabase(indexedDB, name);
    const db = new LoopsideDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    expect(await db.settings.get('guideHidden')).toEqual({ key: 'guideHidden', value: true });
    db.close();
  });

  it('gives up quietly where storage cannot be opened', () => {
    const broken = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(() => warmDatabase(broken, 'x')).not.toThrow();
  });
});
