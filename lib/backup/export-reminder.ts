import { countOf } from '../format/count-of';

const REMINDER_DAYS = 7;
const REMINDER_EDITS = 25;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExportState {
  /** ms since epoch of the last export, null when the user has never exported. */
  lastExportAt: number | null;
  editsSinceExport: number;
}

export interface ExportReminder {
  due: boolean;
  reason: string;
}

/**
 * Whether to suggest a backup. Due after REMINDER_EDITS edits, or after REMINDER_DAYS days when
 * at least one edit is not in the last backup; an unchanged bank is already safe in that file,
 * so age alone never nags. With no export yet, any edit makes it due.
 */
export function exportReminder({
  lastExportAt,
  editsSinceExport,
  now,
}: ExportState & { now: number }): ExportReminder {
  const edits = Math.max(0, Math.floor(editsSinceExport));
  if (lastExportAt === null) {
    return edits > 0
      ? { due: true, reason: 'You have not saved a backup yet.' }
      : { due: false, reason: 'Nothing you have written needs a backup yet.' };
  }
  // A clock set backwards must not make the last export look like it is in the future.
  const days = Math.max(0, Math.floor((now - lastExportAt) / DAY_MS));
  const ago = days === 0 ? 'today' : `${countOf(days, 'day')} ago`;
  const changes = countOf(edits, 'change');
  if (edits >= REMINDER_EDITS) {
    return { due: true, reason: `You have made ${changes} since your last backup (${ago}).` };
  }
  if (edits > 0 && days >= REMINDER_DAYS) {
    return {
      due: true,
      reason: `Your last backup was ${ago}, and you have made ${changes} since.`,
    };
  }
  return {
    due: false,
    reason:
      edits === 0
        ? `Your last backup was ${ago}; nothing has changed since.`
        : `Your last backup was ${ago}; ${changes} since.`,
  };
}

/**
 * Whether the reminder is worth a link on every page of the workspace, not only on the Backup
 * section: never in someone's first minutes (one story written and nothing exported yet is not an
 * emergency), only once 25 changes or a week of changes are at stake.
 */
export function remindEverywhere(state: ExportState & { now: number }): boolean {
  const edits = Math.max(0, Math.floor(state.editsSinceExport));
  if (state.lastExportAt === null) return edits >= REMINDER_EDITS;
  return exportReminder(state).due;
}
