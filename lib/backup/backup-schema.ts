import * as z from 'zod/mini';
import { frameworkSchema } from '../frameworks/framework-schema';
import { transcriptRowSchema } from '../live/transcript-schema';
import {
  hourEntrySchema,
  planRowSchema,
  readinessRowSchema,
  rehearsalSchema,
} from '../plan/plan-schema';
import { interviewRunSchema, loopSchema, voteRowSchema } from '../peer/loop-schema';
import { clippedPageSchema } from '../clip/clip-schema';
import { critiqueRowSchema } from '../critique/critique-row-schema';
import { sessionSchema } from '../practice/session-schema';
import { storySchema } from '../stories/story-schema';

export const BACKUP_FORMAT = 'loopside-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Whole-file limit: far above any real story bank, low enough to parse without stalling the page. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** No single text in Loopside is longer than a session's notes (100,000 characters). */
export const MAX_BACKUP_STRING = 100_000;
export const MAX_BACKUP_KEY = 200;
/** Deeper nesting than this is never produced by Loopside and could exhaust the stack. */
export const MAX_BACKUP_DEPTH = 40;
/** Values of any kind in one file; a 50 MB backup of real data holds a few million. */
export const MAX_BACKUP_VALUES = 10_000_000;
const MAX_TABLE_ROWS = 200_000;

const settingRowSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(MAX_BACKUP_KEY)),
  /** Any JSON value; its strings and depth are bounded by the tree scan in parse-backup. */
  value: z.unknown(),
});

/** Stored as validated on import, so a restored pack is exactly what the app would accept. */
const frameworkRowSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  pack: frameworkSchema,
  importedAt: z.number(),
});
export type FrameworkRow = z.infer<typeof frameworkRowSchema>;

const table = <T extends z.core.SomeType>(row: T, key: string) => ({
  rows: z.array(row).check(z.maxLength(MAX_TABLE_ROWS)),
  key,
  optional: false,
});
const optionalTable = <T extends z.core.SomeType>(row: T, key: string) => {
  const t = table(row, key);
  return { rows: z.optional(t.rows), key, optional: true };
};

/**
 * Every table a backup carries, with its primary key, in the order they are written on import.
 * Adding a database table to backups is one line here; export, import, the summary and the tests
 * all read this map. Optional tables may be absent from files made before the table existed.
 */
export const backupTables = {
  settings: table(settingRowSchema, 'key'),
  sessions: table(sessionSchema, 'id'),
  frameworks: table(frameworkRowSchema, 'id'),
  stories: table(storySchema, 'id'),
  transcripts: optionalTable(transcriptRowSchema, 'id'),
  plans: optionalTable(planRowSchema, 'id'),
  hourEntries: optionalTable(hourEntrySchema, 'id'),
  rehearsals: optionalTable(rehearsalSchema, 'id'),
  readiness: optionalTable(readinessRowSchema, 'id'),
  loops: optionalTable(loopSchema, 'id'),
  votes: optionalTable(voteRowSchema, 'id'),
  interviews: optionalTable(interviewRunSchema, 'id'),
  clippedPages: optionalTable(clippedPageSchema, 'id'),
  critiques: optionalTable(critiqueRowSchema, 'id'),
};
export type BackupTableName = keyof typeof backupTables;

/**
 * Tables a backup leaves out on purpose, with the reason. Every table of the database is either
 * in `backupTables` or here (a test checks), so a new table cannot slip out of backups unnoticed.
 */
export const NOT_IN_BACKUP = {
  /** Safety copies of a whole backup: putting them in a backup would nest backups. */
  snapshots: 'safety copies taken before a replace',
  /** Video and audio run to megabytes a minute; a round is exported with its recording on its own. */
  recordings: 'recordings are exported one round at a time',
  recordingChunks: 'recordings are exported one round at a time',
} as const;
export const BACKUP_TABLE_NAMES = Object.keys(backupTables) as BackupTableName[];

type TablesShape = { [K in BackupTableName]: (typeof backupTables)[K]['rows'] };
const tablesShape = Object.fromEntries(
  BACKUP_TABLE_NAMES.map((name) => [name, backupTables[name].rows]),
) as TablesShape;

const backupTablesSchema = z.object(tablesShape);
export type BackupTables = z.infer<typeof backupTablesSchema>;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  dbVersion: z.number().check(z.int(), z.minimum(1)),
  app: z.literal('Loopside'),
  tables: backupTablesSchema,
});
export type Backup = z.infer<typeof backupSchema>;

export type TableCounts = Partial<Record<BackupTableName, number>>;

export interface BackupSummary {
  counts: TableCounts;
  exportedAt: string;
  formatVersion: number;
  /** Changes the import makes to the file's rows, in words; empty when it takes them as they are. */
  repairs: string[];
}
