import { errorText } from '../../lib/errors/error-text';
import { useCallback, useEffect, useState } from 'react';
import { openSidePanel, prepareSidePanel } from '../../lib/browser/open-side-panel';

/** Opening the panel from a page: the window is looked up early so the click can open it at once. */
export function useOpenPanel() {
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void prepareSidePanel().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  const open = useCallback(() => {
    openSidePanel().catch((e: unknown) => setError(errorText(e)));
  }, []);
  return { open, error, ready };
}
