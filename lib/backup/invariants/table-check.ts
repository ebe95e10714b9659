import type { BackupTables } from '../backup-schema';
import { timeProblem, type TimeKind } from '../../validation/time-bounds';

/** A problem at a place inside one table: `[3, 'answers', 0]` is the fourth row's first answer. */
export interface RowProblem {
  path: (string | number)[];
  message: string;
}

export interface InvariantContext {
  now: number;
  builtinFrameworkIds: readonly string[];
  /** The whole file as the schema passed it, for references between tables. */
  tables: BackupTables;
}

interface TableCheckResult<Row> {
  problems: RowProblem[];
  /** The rows to import: the same array when nothing was repaired. */
  rows: Row[];
  /** Each repair in words for the import summary; empty when rows is unchanged. */
  repairs: string[];
}

/**
 * One table's rules beyond its schema. A table added to backups adds its own check to the map in
 * backup-invariants.ts; rows that break a rule are refused with a place, or repaired only when the
 * repair is plainly right, and then named.
 */
export type TableCheck<Row> = (rows: Row[], ctx: InvariantContext) => TableCheckResult<Row>;

export function checkTimes(
  problems: RowProblem[],
  row: number,
  times: [(string | number)[], number | null | undefined, TimeKind][],
  now: number,
): void {
  for (const [path, t, kind] of times) {
    if (t === null || t === undefined || (kind === 'clock' && t === 0)) continue;
    const problem = timeProblem(t, now, kind);
    if (problem) problems.push({ path: [row, ...path], message: problem });
  }
}
