import type { BackupTableName } from '../../lib/backup/backup-schema';
import type { ImportResult } from '../../lib/backup/import-backup';
import type { ImportState } from '../hooks/use-backup-import';
import { ImportRepairs } from './import-repairs';
import { countLabel } from './table-labels';
import { formatMoment } from '../../lib/format/format-moment';

interface Props {
  state: ImportState;
  onFile: (file: File | undefined) => void;
  onMerge: () => void;
  onReplace: () => void;
  onReset: () => void;
}

const entries = <T,>(record: Partial<Record<BackupTableName, T>>) =>
  Object.entries(record) as [BackupTableName, T][];

function listCounts(counts: [BackupTableName, number][]): string {
  return counts.map(([table, n]) => countLabel(table, n)).join(', ');
}

function resultText(fileName: string, result: ImportResult): string {
  const tables = entries(result.tables);
  const written = listCounts(
    tables.filter(([, t]) => t.written > 0).map(([name, t]) => [name, t.written]),
  );
  if (result.mode === 'replace') {
    return `Your data now matches “${fileName}”: ${written || 'it was empty'}. A copy of what was here before was downloaded first.`;
  }
  const kept = listCounts(tables.filter(([, t]) => t.kept > 0).map(([name, t]) => [name, t.kept]));
  const added = written
    ? `Added or updated ${written}.`
    : 'Nothing new: all of it was already here.';
  return `Merged “${fileName}”. ${added}${kept ? ` Kept your own copy where it was as new or newer: ${kept}.` : ''}`;
}

export function ImportPanel({ state, onFile, onMerge, onReplace, onReset }: Props) {
  const busy = state.step === 'reading' || state.step === 'importing';
  return (
    <div className="backup__card">
      <h3>Restore from a backup</h3>
      <label className="backup__file">
        Choose a backup file
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            onFile(e.currentTarget.files?.[0]);
            // Lets the same file be chosen again after fixing it.
            e.currentTarget.value = '';
          }}
        />
      </label>
      {state.step === 'reading' ? <p role="status">Checking “{state.fileName}”…</p> : null}
      {state.step === 'invalid' ? (
        <div role="alert" className="error">
          <p>“{state.fileName}” can’t be imported. Nothing was changed.</p>
          <p className="backup__problem">{state.error}</p>
        </div>
      ) : null}
      {state.step === 'ready' ? (
        <div className="backup__summary" aria-label="What this backup holds">
          <p>
            “{state.fileName}” was exported {formatMoment(Date.parse(state.summary.exportedAt))}{' '}
            (backup format {state.summary.formatVersion}). It holds:
          </p>
          <ul>
            {entries(state.summary.counts).map(([table, n]) => (
              <li key={table}>{countLabel(table, n)}</li>
            ))}
          </ul>
          <ImportRepairs repairs={state.summary.repairs} />
          <div className="backup__actions">
            <button type="button" className="primary" onClick={onMerge}>
              Merge into my data
            </button>
            <button type="button" onClick={onReplace}>
              Replace my data
            </button>
            <button type="button" className="quiet" onClick={onReset}>
              Cancel
            </button>
          </div>
          <p className="hint">
            Merge keeps everything here and adds what is missing; a story is taken from the file
            only when the file’s copy was edited more recently. Replace removes what is here and
            puts the file’s data in its place; a copy of your current data is downloaded first.
          </p>
        </div>
      ) : null}
      {state.step === 'importing' ? (
        <p role="status">{state.mode === 'merge' ? 'Merging…' : 'Replacing…'}</p>
      ) : null}
      {state.step === 'done' ? (
        <div role="status" className="backup__done">
          <p>{resultText(state.fileName, state.result)}</p>
          <ImportRepairs repairs={state.repairs} done />
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <div role="alert" className="error">
          <p>The import stopped and nothing was changed.</p>
          <p className="backup__problem">{state.error}</p>
        </div>
      ) : null}
    </div>
  );
}
