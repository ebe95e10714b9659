import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLE_NAMES,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  MAX_BACKUP_KEY,
  MAX_BACKUP_STRING,
  backupSchema,
  backupTables,
  type Backup,
  type BackupSummary,
  type TableCounts,
} from './backup-schema';
import { describeIssue } from './describe-issue';
import { formatPath } from './format-path';
import { locateJsonError } from '../validation/locate-json-error';
import { scanJsonTree } from './scan-json-tree';
import { upgradeBackupRows } from './upgrade-backup-rows';

export type ParseBackupResult =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; error: string };

const MAX_LISTED_PROBLEMS = 3;

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a whole backup file and checks every part of it. Nothing here writes anywhere: the caller
 * imports only a backup this returned with ok: true, so a bad file cannot change any data.
 */
export function parseBackup(text: string): ParseBackupResult {
  // Characters never outnumber UTF-8 bytes, so this cannot reject a file under the limit.
  if (text.length > MAX_BACKUP_BYTES) {
    return fail(
      `The file is larger than ${formatMegabytes(MAX_BACKUP_BYTES)} (about ${formatMegabytes(text.length)}); a Loopside backup is never that big.`,
    );
  }
  // Some editors save a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail(jsonSyntaxMessage(body));
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

  upgradeBackupRows(envelope);
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    return fail(listProblems(parsed.error.issues.map((issue) => describeIssue(issue, data))));
  }
  const duplicate = findDuplicateKey(parsed.data);
  if (duplicate) return fail(duplicate);

  const counts: TableCounts = {};
  for (const name of BACKUP_TABLE_NAMES) {
    const rows = parsed.data.tables[name];
    if (rows !== undefined) counts[name] = rows.length;
  }
  return {
    ok: true,
    backup: parsed.data,
    summary: {
      counts,
      exportedAt: parsed.data.exportedAt,
      formatVersion: parsed.data.formatVersion,
    },
  };
}

function fail(error: string): ParseBackupResult {
  return { ok: false, error };
}

function jsonSyntaxMessage(text: string): string {
  const at = locateJsonError(text);
  if (!at) return 'The file is not valid JSON.';
  const where = `line ${at.line}, column ${at.column}`;
  return at.atEnd
    ? `The file ends too early (at ${where}); it may have been cut off while saving or copying.`
    : `The file is not valid JSON at ${where}: ${at.problem}.`;
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
