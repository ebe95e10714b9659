import type { PanelCommand } from '../messaging';
import { listenValidated } from './receive-lazily';

/** Keyboard commands routed by the background; anything else on the channel is ignored here. */
export function listenPanelCommands(onCommand: (command: PanelCommand) => void): () => void {
  return listenValidated(({ message }) => {
    if (message.type === 'panel/command') onCommand(message.command);
  });
}
