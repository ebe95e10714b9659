import { useEverywhereReminder } from '../hooks/use-export-reminder';

/**
 * The workspace header's reminder: when a backup is due (25 changes, or a week of changes, since
 * the last one), a link to the Backup section says so on every section, not only on that one.
 */
export function BackupDueLink() {
  const reminder = useEverywhereReminder();
  if (!reminder) return null;
  return (
    <a href="#backup" className="backup-due" title={reminder.reason}>
      Time for a backup
    </a>
  );
}
