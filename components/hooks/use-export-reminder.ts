import { useLiveQuery } from 'dexie-react-hooks';
import { readExportState } from '../../lib/backup/edit-counter';
import {
  exportReminder,
  remindEverywhere,
  type ExportReminder,
} from '../../lib/backup/export-reminder';
import { getDb } from '../../lib/db/loopside-db';

/** `undefined` while loading. */
export function useExportReminder(): ExportReminder | undefined {
  return useLiveQuery(async () => {
    const state = await readExportState(getDb());
    return exportReminder({ ...state, now: Date.now() });
  }, []);
}

/** The reminder when it is worth showing on every section (see remindEverywhere), else null. */
export function useEverywhereReminder(): ExportReminder | null | undefined {
  return useLiveQuery(async () => {
    const state = { ...(await readExportState(getDb())), now: Date.now() };
    return remindEverywhere(state) ? exportReminder(state) : null;
  }, []);
}
