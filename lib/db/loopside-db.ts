import { Dexie, type EntityTable } from 'dexie';
import type { Session } from '../practice/session-schema';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface CustomFrameworkRow {
  id: string;
  /** The validated framework pack, stored as imported. */
  pack: unknown;
  importedAt: number;
}

export const DB_NAME = 'loopside';

/**
 * The one database class. Every `version(n)` stays here forever: a user's data may be several
 * versions behind, and Dexie upgrades it step by step. Each version after the first has an
 * upgrade test seeded with rows in the old shape (tests/unit/db-upgrade.test.ts).
 */
export class LoopsideDb extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  sessions!: EntityTable<Session, 'id'>;
  frameworks!: EntityTable<CustomFrameworkRow, 'id'>;

  constructor(name: string = DB_NAME) {
    // Strict durability: a story or a note is on disk when the write resolves.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      settings: 'key',
      sessions: 'id, createdAt, status',
      frameworks: 'id',
    });
  }
}

let shared: LoopsideDb | undefined;

/** The database for this page; created on first use so tests can swap names. */
export function getDb(): LoopsideDb {
  shared ??= new LoopsideDb();
  return shared;
}
