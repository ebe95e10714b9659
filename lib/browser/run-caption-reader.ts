import { browser } from 'wxt/browser';
import { createDeltaEncoder } from '../captions/caption-delta';
import { startCaptionWatcher } from '../captions/start-caption-watcher';
import type { CaptionHealth, Platform } from '../captions/utterance-schema';
import type { ExtensionMessage } from '../messaging';

type Holder = { __loopsideCaptionReader?: { stop(): void } };

const HEALTH_REPEAT_MS = 3_000;

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
  let lastHealth: CaptionHealth | undefined;
  // A long answer's updates carry only the changed tail, not the whole monologue each time.
  const encode = createDeltaEncoder();
  const watcher = startCaptionWatcher(
    platform,
    document,
    (utterance) => send({ type: 'captions/utterance', platform, ...encode(utterance) }),
    (health) => {
      lastHealth = health;
      send({ type: 'captions/health', health });
    },
  );
  // A panel opened (or reloaded) mid-call learns the reader's state within a few seconds.
  const repeat = setInterval(() => {
    if (lastHealth) send({ type: 'captions/health', health: lastHealth });
  }, HEALTH_REPEAT_MS);
  const handle = {
    stop: () => {
      clearInterval(repeat);
      watcher.stop();
    },
  };
  holder.__loopsideCaptionReader = handle;
  onInvalidated(() => {
    handle.stop();
    if (holder.__loopsideCaptionReader === handle) delete holder.__loopsideCaptionReader;
  });
}
