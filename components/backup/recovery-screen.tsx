import { describeOpenError } from '../../lib/backup/describe-open-error';
import { useRawExport } from '../hooks/use-raw-export';
import '../styles/backup.css';

/** Shown instead of the app when the database will not open or upgrade. */
export function RecoveryScreen({ error }: { error: unknown }) {
  const { summary, detail } = describeOpenError(error);
  const { status, exportRaw } = useRawExport();
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Loopside can’t open your saved data right now</h1>
      <p>{summary}</p>
      <p>
        Nothing has been deleted. Save a copy of everything first; then reload this page, or update
        Loopside if an update is waiting. The copy is a backup file you can import later.
      </p>
      <button
        type="button"
        className="primary"
        disabled={status.state === 'working'}
        onClick={() => void exportRaw()}
      >
        Export my data
      </button>
      {status.state === 'working' ? <p role="status">Reading your data…</p> : null}
      {status.state === 'done' ? <p role="status">Your data was saved to your downloads.</p> : null}
      {status.state === 'failed' ? (
        <p role="alert" className="error">
          The copy could not be made: {status.error}. Your data is still where it was.
        </p>
      ) : null}
      <details className="recovery__details">
        <summary>Technical details</summary>
        <pre>{detail}</pre>
      </details>
    </main>
  );
}
