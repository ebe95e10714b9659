import { useCallback, useEffect, useState } from 'react';
import { openSidePanel, prepareSidePanel } from '../../lib/browser/open-side-panel';

/** Opening the panel from a page: the window is looked up early so the click can open it at once. */
export function useOpenPanel() {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => prepareSidePanel(), []);
  const open = useCallback(() => {
    openSidePanel().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return { open, error };
}
