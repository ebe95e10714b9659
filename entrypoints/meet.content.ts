import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCaptionWatcher } from '../lib/captions/start-caption-watcher';
import type { ExtensionMessage } from '../lib/messaging';

// Registered at run time, only after the user grants access to Google Meet (see background).
export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: ExtensionMessage) => {
      // No panel open means no listener; the reader keeps going quietly.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    const watcher = startCaptionWatcher(
      'meet',
      document,
      (utterance) => send({ type: 'captions/utterance', platform: 'meet', utterance }),
      (health) => send({ type: 'captions/health', health }),
    );
    ctx.onInvalidated(() => watcher.stop());
  },
});
