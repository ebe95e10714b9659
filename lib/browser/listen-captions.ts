import { browser } from 'wxt/browser';
import type { CaptionHealth, Utterance } from '../captions/utterance-schema';
import { receiveMessage, type SenderInfo } from '../messaging';

export interface CaptionListener {
  onUtterance: (u: Utterance) => void;
  onHealth: (h: CaptionHealth) => void;
}

/** Caption messages from our readers on call tabs, validated and sender-checked; the rest is dropped. */
export function listenCaptions(listener: CaptionListener): () => void {
  const own = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const onMessage = (raw: unknown, sender: SenderInfo) => {
    const r = receiveMessage(raw, sender, own);
    if (!r.ok) return;
    if (r.message.type === 'captions/utterance') listener.onUtterance(r.message.utterance);
    else if (r.message.type === 'captions/health') listener.onHealth(r.message.health);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
