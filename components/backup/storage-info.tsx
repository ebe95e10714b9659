import type { StorageStatus } from '../../lib/browser/storage-status';
import { formatBytes } from '../../lib/format/format-bytes';

interface Props {
  status: StorageStatus | undefined;
  asked: 'no' | 'granted' | 'refused' | 'unavailable';
  onAsk: () => void;
}

export function StorageInfo({ status, asked, onAsk }: Props) {
  if (!status) return <p className="hint">Checking storage…</p>;
  return (
    <>
      {status.persisted === true ? (
        <p>Storage is persistent: the browser will not clear Loopside’s data to free up space.</p>
      ) : null}
      {status.persisted === false ? (
        <>
          <p>
            The browser may clear this data under pressure, for example when the disk is nearly
            full.
          </p>
          <button type="button" onClick={onAsk}>
            Ask the browser to keep it
          </button>
          {asked === 'refused' ? (
            <p className="hint" role="status">
              The browser said not yet. Browsers often agree once an extension is used regularly;
              until then, a backup file keeps your work safe.
            </p>
          ) : null}
        </>
      ) : null}
      {status.persisted === null ? (
        <p className="hint">This browser does not say whether it keeps this data for good.</p>
      ) : null}
      {status.usageBytes !== null ? (
        <p className="hint">{formatBytes(status.usageBytes)} used</p>
      ) : null}
    </>
  );
}
