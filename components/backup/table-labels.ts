import type { BackupTableName } from '../../lib/backup/backup-schema';

const labels: Record<BackupTableName, [string, string]> = {
  settings: ['setting', 'settings'],
  sessions: ['practice session', 'practice sessions'],
  frameworks: ['custom framework', 'custom frameworks'],
  stories: ['story', 'stories'],
  transcripts: ['transcript', 'transcripts'],
  plans: ['prep plan', 'prep plans'],
  hourEntries: ['logged practice entry', 'logged practice entries'],
  rehearsals: ['story rehearsal', 'story rehearsals'],
  readiness: ['readiness sheet', 'readiness sheets'],
  loops: ['peer-mock loop', 'peer-mock loops'],
  votes: ['sealed vote', 'sealed votes'],
  interviews: ['interview run', 'interview runs'],
  clippedPages: ['clipped page', 'clipped pages'],
  critiques: ['on-device critique', 'on-device critiques'],
};

/** "12 stories", "1 practice session". */
export function countLabel(table: BackupTableName, n: number): string {
  const [one, many] = labels[table];
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
