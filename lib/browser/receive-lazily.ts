import { browser } from 'wxt/browser';
import type { Received, SenderInfo } from '../messaging';

let validator: Promise<typeof import('../messaging')> | undefined;

/**
 * Adds a runtime message listener whose validation (zod) loads on the first message rather than
 * with the page, keeping it off the panel's start-up path. Messages are still parsed and their
 * sender checked before `onValid` sees them.
 */
export function listenValidated(
  onValid: (received: Extract<Received, { ok: true }>) => void,
  /** Listening ends when this aborts, including for a message still being validated. */
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const listener = (raw: unknown, sender: SenderInfo) => {
    validator ??= import('../messaging');
    void validator.then((m) => {
      const r = m.receiveMessage(raw, sender, own);
      if (r.ok && !signal.aborted) onValid(r);
    });
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
