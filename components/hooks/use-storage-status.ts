import { useCallback, useEffect, useState } from 'react';
import {
  requestPersistence,
  storageStatus,
  type StorageStatus,
} from '../../lib/browser/storage-status';

/** `undefined` while loading. */
export function useStorageStatus() {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const [asked, setAsked] = useState<'no' | 'granted' | 'refused' | 'unavailable'>('no');
  const [refreshes, setRefreshes] = useState(0);
  useEffect(() => {
    let live = true;
    void storageStatus().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, [refreshes]);
  const askPersistence = useCallback(async () => {
    const granted = await requestPersistence();
    setAsked(granted === null ? 'unavailable' : granted ? 'granted' : 'refused');
    setRefreshes((n) => n + 1);
  }, []);
  const refresh = useCallback(() => setRefreshes((n) => n + 1), []);
  return { status, asked, askPersistence, refresh };
}
