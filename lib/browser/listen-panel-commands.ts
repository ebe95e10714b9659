import { browser } from 'wxt/browser';
import { receiveMessage, type PanelCommand } from '../messaging';

/** Keyboard commands routed by the background; anything else on the channel is ignored here. */
export function listenPanelCommands(onCommand: (command: PanelCommand) => void): () => void {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const listener = (raw: unknown, sender: Parameters<typeof receiveMessage>[1]) => {
    const received = receiveMessage(raw, sender, own);
    if (received.ok && received.message.type === 'panel/command')
      onCommand(received.message.command);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
