import { useEffect, useRef } from 'react';
import { listenPanelCommands } from '../../lib/browser/listen-panel-commands';
import type { PanelCommand } from '../../lib/messaging';

/** Browser-wide keyboard commands for this window's panel. */
export function usePanelCommands(enabled: boolean, onCommand: (c: PanelCommand) => void): void {
  const ref = useRef(onCommand);
  useEffect(() => {
    ref.current = onCommand;
  });
  useEffect(() => {
    if (!enabled) return;
    const listening = new AbortController();
    listenPanelCommands((c) => ref.current(c), listening.signal);
    return () => listening.abort();
  }, [enabled]);
}
