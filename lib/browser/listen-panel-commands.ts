import { browser } from 'wxt/browser';
import type { PanelCommand } from '../messaging';
import { listenValidated } from './receive-lazily';

/**
 * Keyboard commands routed by the background. Each window has its own panel, so a command is
 * acted on only by the panel of the window it was pressed in.
 */
export function listenPanelCommands(
  onCommand: (command: PanelCommand) => void,
  signal: AbortSignal,
): void {
  const own = currentWindowId();
  listenValidated(({ message }) => {
    if (message.type !== 'panel/command') return;
    void own.then((ownId) => {
      if (message.windowId !== undefined && ownId !== undefined && message.windowId !== ownId)
        return;
      if (!signal.aborted) onCommand(message.command);
    });
  }, signal);
}

function currentWindowId(): Promise<number | undefined> {
  try {
    return browser.windows.getCurrent().then(
      (w) => w.id,
      () => undefined,
    );
  } catch {
    // No windows API (or none in tests): act on every command rather than none.
    return Promise.resolve(undefined);
  }
}
