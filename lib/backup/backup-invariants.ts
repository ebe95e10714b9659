import {
  BACKUP_TABLE_NAMES,
  type Backup,
  type BackupTableName,
  type BackupTables,
} from './backup-schema';
import { formatPath } from './format-path';
import { checkCritiques } from './invariants/critique-invariants';
import { checkFrameworks } from './invariants/framework-invariants';
import { checkInterviews, checkVotes } from './invariants/peer-invariants';
import {
  checkHourEntries,
  checkPlans,
  checkReadiness,
  checkRehearsals,
} from './invariants/plan-invariants';
import { checkSessions } from './invariants/session-invariants';
import { checkStories } from './invariants/story-invariants';
import type { InvariantContext, TableCheck } from './invariants/table-check';
import { checkTranscripts } from './invariants/transcript-invariants';

type RowOf<K extends BackupTableName> = NonNullable<BackupTables[K]>[number];

/** One check per table with rules beyond its schema; a new backup table adds its line here. */
const tableInvariants: { [K in BackupTableName]?: TableCheck<RowOf<K>> } = {
  sessions: checkSessions,
  frameworks: checkFrameworks,
  stories: checkStories,
  transcripts: checkTranscripts,
  critiques: checkCritiques,
  plans: checkPlans,
  hourEntries: checkHourEntries,
  rehearsals: checkRehearsals,
  readiness: checkReadiness,
  votes: checkVotes,
  interviews: checkInterviews,
};

interface InvariantReport {
  /** Located problems, `tables.sessions[0].currentIndex: …`; the file is refused when any. */
  problems: string[];
  /** Repairs made, in words, for the summary the user sees before importing. */
  repairs: string[];
  backup: Backup;
}

export function checkBackupInvariants(
  backup: Backup,
  options: Omit<InvariantContext, 'tables'>,
): InvariantReport {
  const ctx: InvariantContext = { ...options, tables: backup.tables };
  const problems: string[] = [];
  const repairs: string[] = [];
  const tables: Record<string, unknown> = { ...backup.tables };
  for (const name of BACKUP_TABLE_NAMES) {
    const check = tableInvariants[name] as TableCheck<unknown> | undefined;
    const rows = backup.tables[name] as unknown[] | undefined;
    if (!check || !rows) continue;
    const result = check(rows, ctx);
    for (const p of result.problems) {
      problems.push(`${formatPath(['tables', name, ...p.path])}: ${p.message}`);
    }
    repairs.push(...result.repairs);
    tables[name] = result.rows;
  }
  return { problems, repairs, backup: { ...backup, tables: tables as BackupTables } };
}
