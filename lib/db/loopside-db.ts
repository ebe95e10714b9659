import { Dexie, type EntityTable, type Table } from 'dexie';
import { DB_NAME } from './db-name';
import type { Session } from '../practice/session-schema';
import type { Story } from '../stories/story-schema';
import type { TranscriptRow } from '../live/transcript-schema';
import type { HourEntry, PlanRow, ReadinessRow, Rehearsal } from '../plan/plan-schema';
import type { InterviewRun, Loop, VoteRow } from '../peer/loop-schema';
import type { ClippedPage } from '../clip/clip-schema';
import type { Recording, RecordingChunk } from '../recording/recording-schema';
import type { CritiqueRow } from '../critique/critique-row-schema';

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

/** A copy of everything, taken inside the database just before a backup replaces it. */
interface SnapshotRow {
  id: string;
  createdAt: number;
  reason: 'before-replace';
  /** The backup file's JSON, so restoring it goes through the same validation as any import. */
  json: string;
}

/** Version 1 stored answers without the stories used; version 2 adds `storyIds: []`. */
export function upgradeSessionToV2(session: Record<string, unknown>): void {
  const answers = session.answers;
  if (!Array.isArray(answers)) return;
  for (const a of answers) {
    if (a && typeof a === 'object' && !Array.isArray((a as { storyIds?: unknown }).storyIds)) {
      (a as { storyIds: string[] }).storyIds = [];
    }
  }
}

/** Version 3 adds what the captions showed about each answer; older answers have none. */
export function upgradeSessionToV3(session: Record<string, unknown>): void {
  const answers = session.answers;
  if (!Array.isArray(answers)) return;
  for (const a of answers) {
    if (a && typeof a === 'object' && !('signals' in a)) (a as { signals: null }).signals = null;
  }
}

/**
 * The one database class. Every `version(n)` stays here forever: a user's data may be several
 * versions behind, and Dexie upgrades it step by step. Each version after the first has an
 * upgrade test seeded with rows in the old shape (tests/unit/db-upgrade.test.ts). An upgrade that
 * throws aborts its transaction, so the data stays at the old version and the open fails loudly.
 */
export class LoopsideDb extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  sessions!: EntityTable<Session, 'id'>;
  frameworks!: EntityTable<CustomFrameworkRow, 'id'>;
  stories!: EntityTable<Story, 'id'>;
  /** Caption text, kept only when the user opts in; deletable per session. */
  transcripts!: EntityTable<TranscriptRow, 'id'>;
  /** Safety copies taken before a replace; never part of a backup file. */
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  /** The prep plan's settings (one row); the day-by-day plan is derived from them. */
  plans!: EntityTable<PlanRow, 'id'>;
  /** Practice logged by hand: mocks elsewhere, reading. */
  hourEntries!: EntityTable<HourEntry, 'id'>;
  /** Each story rehearsal and its rating; the schedule is replayed from these. */
  rehearsals!: EntityTable<Rehearsal, 'id'>;
  /** Recruiter-screen readiness (one row). */
  readiness!: EntityTable<ReadinessRow, 'id'>;
  /** The candidate's peer-mock loops (the plan handed out, and whether votes are revealed). */
  loops!: EntityTable<Loop, 'id'>;
  /** Sealed votes: imported by the candidate, or sealed here by an interviewer. Never edited. */
  votes!: EntityTable<VoteRow, 'id'>;
  /** The interviewer's side of each interview taken from a loop plan. */
  interviews!: EntityTable<InterviewRun, 'id'>;
  /** Pages the user clipped (job postings, culture memos, values pages): sanitised, in backups. */
  clippedPages!: EntityTable<ClippedPage, 'id'>;
  /** Practice-room recordings: what was recorded, how big, its pauses. Never in a backup file. */
  recordings!: EntityTable<Recording, 'id'>;
  /** The recorded media, one Blob per MediaRecorder chunk, keyed [recordingId+seq]. Never backed up. */
  recordingChunks!: Table<RecordingChunk, [string, number]>;
  /** On-device critiques of stories and answers, with the prompt and schema versions asked. */
  critiques!: EntityTable<CritiqueRow, 'id'>;

  constructor(name: string = DB_NAME) {
    // Strict durability: a story or a note is on disk when the write resolves.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      settings: 'key',
      sessions: 'id, createdAt, status',
      frameworks: 'id',
    });
    this.version(2)
      .stores({ stories: 'id, updatedAt, archived, *values' })
      .upgrade((tx) =>
        tx
          .table('sessions')
          .toCollection()
          .modify((s: Record<string, unknown>) => upgradeSessionToV2(s)),
      );
    this.version(3)
      .stores({ transcripts: 'id, sessionId' })
      .upgrade((tx) =>
        tx
          .table('sessions')
          .toCollection()
          .modify((s: Record<string, unknown>) => upgradeSessionToV3(s)),
      );
    this.version(4).stores({ snapshots: 'id, createdAt' });
    this.version(5).stores({
      loops: 'id, createdAt',
      votes: 'id, loopId, origin',
      interviews: 'id, createdAt, status',
    });
    // New tables only: nothing stored before needs reshaping.
    this.version(6).stores({
      plans: 'id',
      hourEntries: 'id, day',
      rehearsals: 'id, storyId, at',
      readiness: 'id',
    });
    this.version(7).stores({ clippedPages: 'id, clippedAt, kind' });
    // New tables only. Chunks are Blobs, written one by one as the recorder hands them over.
    this.version(8).stores({
      recordings: 'id, sessionId, startedAt, status',
      recordingChunks: '[recordingId+seq], recordingId',
    });
    // On-device critiques, with the prompt and schema versions they were asked with.
    this.version(9).stores({ critiques: 'id, subjectId, createdAt' });
  }
}

let shared: LoopsideDb | undefined;

/** The database for this page; created on first use so tests can swap names. */
export function getDb(): LoopsideDb {
  shared ??= new LoopsideDb();
  return shared;
}
