import { browser } from 'wxt/browser';
import { startCaptionWatcher } from '../captions/start-caption-watcher';
import type { Platform } from '../captions/utterance-schema';
import type { ExtensionMessage } from '../messaging';

type Holder = { __loopsideCaptionReader?: { stop(): void } };

/**
 * Starts reading a call's captions and sends what it reads to the panel. A reader injected again
 * (access revoked and re-granted while the call stayed open) replaces the old one, so utterances
 * are never sent twice.
 */
export function runCaptionReader(
  platform: Platform,
  onInvalidated: (stop: () => void) => void,
): void {
  const send = (message: ExtensionMessage) => {
    // No panel open means no listener; the reader keeps going quietly.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const holder = globalThis as Holder;
  holder.__loopsideCaptionReader?.stop();
  const watcher = startCaptionWatcher(
    platform,
    document,
    (utterance) => send({ type: 'captions/utterance', platform, utterance }),
    (health) => send({ type: 'captions/health', health }),
  );
  holder.__loopsideCaptionReader = watcher;
  onInvalidated(() => {
    watcher.stop();
    if (holder.__loopsideCaptionReader === watcher) delete holder.__loopsideCaptionReader;
  });
}
