import { browser } from 'wxt/browser';
import { createDeltaEncoder } from '../captions/caption-delta';
import { startCaptionWatcher } from '../captions/start-caption-watcher';
import type { CaptionHealth, Platform } from '../captions/utterance-schema';
import type { ExtensionMessage } from '../messaging';
import type { CaptionReaderHolder as Holder } from './stop-caption-reader';

const HEALTH_REPEAT_MS = 3_000;

/**
 * Reads a call's captions and sends what it reads to the panel until `signal` aborts. The
 * content script passes WXT's context signal, which aborts when the extension reloads and when
 * the reader is injected again (access revoked and re-granted while the call stayed open: WXT's
 * context tells the older copy a newer one started), so utterances are never sent twice.
 */
export function runCaptionReader(platform: Platform, context: AbortSignal): void {
  const own = new AbortController();
  const holder = globalThis as Holder;
  holder.__loopsideCaptionReader?.abort();
  holder.__loopsideCaptionReader = own;
  const signal = AbortSignal.any([context, own.signal]);
  signal.addEventListener(
    'abort',
    () => {
      if (holder.__loopsideCaptionReader === own) delete holder.__loopsideCaptionReader;
    },
    { once: true },
  );
  const send = (message: ExtensionMessage) => {
    // No panel open means no listener; the reader keeps going quietly.
    if (!signal.aborted) browser.runtime.sendMessage(message).catch(() => undefined);
  };
  let lastHealth: CaptionHealth | undefined;
  // A long answer's updates carry only the changed tail, not the whole monologue each time.
  const encode = createDeltaEncoder();
  startCaptionWatcher(
    platform,
    document,
    (utterance) => send({ type: 'captions/utterance', platform, ...encode(utterance) }),
    (health) => {
      lastHealth = health;
      send({ type: 'captions/health', health });
    },
    signal,
  );
  // A panel opened (or reloaded) mid-call learns the reader's state within a few seconds.
  const repeat = setInterval(() => {
    if (lastHealth) send({ type: 'captions/health', health: lastHealth });
  }, HEALTH_REPEAT_MS);
  signal.addEventListener('abort', () => clearInterval(repeat), { once: true });
}
