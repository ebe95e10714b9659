import { useBackupExport } from '../hooks/use-backup-export';
import { useBackupImport } from '../hooks/use-backup-import';
import { useExportReminder } from '../hooks/use-export-reminder';
import { useSnapshots } from '../hooks/use-snapshots';
import { useStorageStatus } from '../hooks/use-storage-status';
import '../styles/backup.css';
import { ImportPanel } from './import-panel';
import { StorageInfo } from './storage-info';
import { formatMoment } from '../../lib/format/format-moment';

export function BackupSettings() {
  const reminder = useExportReminder();
  const { status: exported, exportNow } = useBackupExport();
  const { state, chooseFile, merge, replace, reset } = useBackupImport();
  const storage = useStorageStatus();
  const snapshots = useSnapshots();
  const { refresh } = storage;
  const after = (action: () => Promise<void>) => () => void action().then(refresh);

  return (
    <section className="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup &amp; settings</h2>
      <p className="hint">
        Loopside keeps everything in this browser and sends nothing anywhere. A backup file is your
        own copy, for a new computer or a bad day.
      </p>
      {reminder?.due ? (
        <p className="backup__reminder" role="status">
          Time for a backup. {reminder.reason}
        </p>
      ) : null}

      <div className="backup__card">
        <h3>Save a backup</h3>
        {reminder && !reminder.due ? <p className="hint">{reminder.reason}</p> : null}
        <p className="hint" data-testid="backup-leaves-out-recordings">
          Practice-room recordings are not in this file: video runs to megabytes a minute. Export a
          round with its recording from <a href="#recordings">Recordings</a>.
        </p>
        <button
          type="button"
          className="primary"
          disabled={exported.state === 'working'}
          onClick={after(exportNow)}
        >
          Export my data
        </button>
        {exported.state === 'done' ? <p role="status">Backup saved to your downloads.</p> : null}
        {exported.state === 'done' && exported.importProblem ? (
          <p role="alert" className="error">
            Part of your stored data does not pass the import check, so this file would not import
            as it is. Keep it anyway, and please report: {exported.importProblem}
          </p>
        ) : null}
        {exported.state === 'failed' ? (
          <p role="alert" className="error">
            The backup could not be made: {exported.error}
          </p>
        ) : null}
      </div>

      <ImportPanel
        state={state}
        onFile={(file) => void chooseFile(file)}
        onMerge={after(merge)}
        onReplace={after(replace)}
        onReset={reset}
      />

      {snapshots.list && snapshots.list.length > 0 ? (
        <div className="backup__card">
          <h3>Undo a replace</h3>
          <p className="hint">
            Before each replace, Loopside keeps a copy of what was here (the last three), in case
            the downloaded copy went missing.
          </p>
          <ul className="backup__snapshots">
            {snapshots.list.map((snap) => (
              <li key={snap.id}>
                Copy from {formatMoment(snap.createdAt)}{' '}
                <button
                  type="button"
                  disabled={snapshots.status.state === 'working'}
                  onClick={() => void snapshots.restore(snap.id).then(refresh)}
                >
                  Put this copy back
                </button>{' '}
                <button
                  type="button"
                  className="quiet"
                  onClick={() => void snapshots.download(snap.id)}
                >
                  Download it
                </button>
              </li>
            ))}
          </ul>
          {snapshots.status.state === 'done' ? (
            <p role="status">Your data is back as it was before that replace.</p>
          ) : null}
          {snapshots.status.state === 'failed' ? (
            <p role="alert" className="error">
              Nothing was changed: {snapshots.status.error}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="backup__card">
        <h3>Storage in this browser</h3>
        <StorageInfo
          status={storage.status}
          asked={storage.asked}
          onAsk={() => void storage.askPersistence()}
        />
      </div>
    </section>
  );
}
