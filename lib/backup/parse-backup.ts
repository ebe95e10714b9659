import { jsonSyntaxMessage } from '../validation/json-syntax-message';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_NAMES,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  MAX_BACKUP_KEY,
  MAX_BACKUP_STRING,
  MAX_BACKUP_VALUES,
  backupSchema,
  backupTables,
  NOT_IN_BACKUP,
  type Backup,
  type BackupSummary,
  type TableCounts,
} from './backup-schema';
import { BUILTIN_FRAMEWORK_IDS } from '../frameworks/builtin-framework-ids';
import { checkBackupInvariants } from './backup-invariants';
import { describeIssue } from './describe-issue';
import { formatPath } from './format-path';
import { formatByteCount, formatBytes } from '../format/format-bytes';
import { decodeTextFile } from '../validation/decode-text-file';
import { scanJsonText, type JsonTextProblem } from '../validation/scan-json-text';
import { scanJsonTree } from './scan-json-tree';
import { upgradeBackupRows } from './upgrade-backup-rows';

export interface ParseBackupOptions {
  /** Times more than a day after this are refused; defaults to the clock. */
  now?: number;
  /** This Loopside's database version: a file from a newer one is refused, not half-read. */
  dbVersion?: number;
  builtinFrameworkIds?: readonly string[];
}

type ParseBackupResult =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; error: string };

const MAX_LISTED_PROBLEMS = 3;

/**
 * Reads a whole backup file and checks every part of it. Nothing here writes anywhere: the caller
 * imports only a backup this returned with ok: true, so a bad file cannot change any data.
 */
export function parseBackup(text: string, options: ParseBackupOptions = {}): ParseBackupResult {
  // Characters never outnumber UTF-8 bytes, so this cannot reject a file under the limit.
  if (text.length > MAX_BACKUP_BYTES) {
    return fail(
      `The file holds ${formatByteCount(text.length).replace('byte', 'character')} (${formatBytes(text.length)}) or more; a Loopside backup is at most ${formatByteCount(MAX_BACKUP_BYTES)} (${formatBytes(MAX_BACKUP_BYTES)}).`,
    );
  }
  // Some editors save a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty.');

  // Before JSON.parse: its recursion, its silent choices (last duplicate key wins, 1e400 becomes
  // Infinity) and its wordless errors are all settled here first, in one bounded pass.
  const textProblem = scanJsonText(body, {
    maxDepth: MAX_BACKUP_DEPTH,
    maxValues: MAX_BACKUP_VALUES,
    duplicateKeys: true,
    overflow: true,
  });
  if (textProblem) return fail(textMessage(textProblem));

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail(`The file is ${jsonSyntaxMessage(null)}.`);
  }

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('This is not a Loopside backup: the file should hold a single JSON object.');
  }
  const treeProblem = scanJsonTree(data, {
    maxString: MAX_BACKUP_STRING,
    maxKey: MAX_BACKUP_KEY,
    maxDepth: MAX_BACKUP_DEPTH,
  });
  if (treeProblem) return fail(`${treeProblem.path}: ${treeProblem.message}.`);

  const envelope = data as Record<string, unknown>;
  if (envelope.format !== BACKUP_FORMAT) {
    return fail(`This is not a Loopside backup: "format" should be "${BACKUP_FORMAT}".`);
  }
  const version = envelope.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION) {
    return fail(
      `This backup was made by a newer Loopside (format ${version}); update Loopside first, then import it again.`,
    );
  }
  const dbVersion = envelope.dbVersion;
  if (
    options.dbVersion !== undefined &&
    typeof dbVersion === 'number' &&
    dbVersion > options.dbVersion
  ) {
    return fail(
      `This backup was made by a newer Loopside (database version ${dbVersion}; this one uses ${options.dbVersion}), so some of its data may not fit here; update Loopside first, then import it again.`,
    );
  }

  upgradeBackupRows(envelope);
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    return fail(listProblems(parsed.error.issues.map((issue) => describeIssue(issue, data))));
  }
  const duplicate = findDuplicateKey(parsed.data);
  if (duplicate) return fail(duplicate);

  const checked = checkBackupInvariants(parsed.data, {
    now: options.now ?? Date.now(),
    builtinFrameworkIds: options.builtinFrameworkIds ?? BUILTIN_FRAMEWORK_IDS,
  });
  if (checked.problems.length > 0) return fail(listProblems(checked.problems));
  const backup = checked.backup;

  const counts: TableCounts = {};
  for (const name of BACKUP_TABLE_NAMES) {
    const rows = backup.tables[name];
    if (rows !== undefined) counts[name] = rows.length;
  }
  return {
    ok: true,
    backup,
    summary: {
      counts,
      exportedAt: backup.exportedAt,
      formatVersion: backup.formatVersion,
      repairs: [...leftOutTables(envelope.tables), ...checked.repairs],
    },
  };
}

/** Parts of the file's "tables" this Loopside does not import: named, never dropped silently. */
function leftOutTables(tables: unknown): string[] {
  if (typeof tables !== 'object' || tables === null) return [];
  const known = new Set<string>(BACKUP_TABLE_NAMES);
  return Object.keys(tables)
    .filter((name) => !known.has(name))
    .map((name) =>
      Object.hasOwn(NOT_IN_BACKUP, name)
        ? `“${name}” is left out: ${NOT_IN_BACKUP[name as keyof typeof NOT_IN_BACKUP]}.`
        : `“${name}” is not a part of a Loopside backup, so it is left out.`,
    );
}

/** A chosen file's bytes: decoded strictly (no replacement characters), then checked whole. */
export function parseBackupBytes(
  bytes: Uint8Array,
  options: ParseBackupOptions = {},
): ParseBackupResult {
  const decoded = decodeTextFile(bytes, MAX_BACKUP_BYTES, 'a Loopside backup');
  return decoded.ok ? parseBackup(decoded.text, options) : fail(decoded.error);
}

function fail(error: string): ParseBackupResult {
  return { ok: false, error };
}

function textMessage(p: JsonTextProblem): string {
  const where = `line ${p.line}, column ${p.column}`;
  const path = p.path || 'the file';
  switch (p.kind) {
    case 'end':
      return `The file ends too early (at ${where}); it may have been cut off while saving or copying.`;
    case 'syntax':
      return `The file is ${jsonSyntaxMessage(p)}.`;
    case 'depth':
      return `${path}: is nested too deeply (more than ${MAX_BACKUP_DEPTH} levels, at ${where}); Loopside never writes data this deep.`;
    case 'duplicate-key':
      return `${path}: ${p.problem} (at ${where}); only one could be kept, so remove the one that is wrong.`;
    case 'overflow':
      return `${path}: ${p.problem} (at ${where}).`;
    case 'count':
      return `The file is too big to check: ${p.problem} (at ${where}).`;
  }
}

function listProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return `${more > 0 ? `${shown} (and ${more} more)` : shown}.`;
}

// Two rows with one key would make a replace fail halfway (and roll back); say so up front.
function findDuplicateKey(backup: Backup): string | null {
  for (const name of BACKUP_TABLE_NAMES) {
    const rows = backup.tables[name] as readonly Record<string, unknown>[] | undefined;
    if (!rows) continue;
    const key = backupTables[name].key;
    const seen = new Set<unknown>();
    for (let i = 0; i < rows.length; i++) {
      const value = rows[i]?.[key];
      if (seen.has(value)) {
        return `${formatPath(['tables', name, i, key])}: ${JSON.stringify(value)} is used by an earlier row too.`;
      }
      seen.add(value);
    }
  }
  return null;
}
