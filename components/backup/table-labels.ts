import type { BackupTableName } from '../../lib/backup/backup-schema';

const labels: Record<BackupTableName, [string, string]> = {
  settings: ['setting', 'settings'],
  sessions: ['practice session', 'practice sessions'],
  frameworks: ['custom framework', 'custom frameworks'],
  stories: ['story', 'stories'],
  transcripts: ['transcript', 'transcripts'],
  clippedPages: ['clipped page', 'clipped pages'],
};

/** "12 stories", "1 practice session". */
export function countLabel(table: BackupTableName, n: number): string {
  const [one, many] = labels[table];
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
