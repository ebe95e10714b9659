import type { CaptionHealth, Platform, Utterance } from '../captions/utterance-schema';
import { createDeltaDecoder } from '../captions/caption-delta';
import { listenValidated } from './receive-lazily';

export interface CaptionListener {
  /** `platform` is set for lines read from a call (absent for the practice room's own transcript). */
  onUtterance: (u: Utterance, platform?: Platform) => void;
  onHealth: (h: CaptionHealth) => void;
}

/**
 * Caption messages from our readers on call tabs, validated and sender-checked; the rest is
 * dropped. Revisions sent as a change are rebuilt here, so listeners always see whole text.
 */
export function listenCaptions(listener: CaptionListener, signal: AbortSignal): void {
  const decode = createDeltaDecoder();
  listenValidated(({ message }) => {
    if (message.type === 'captions/utterance') {
      const u = decode(message);
      if (u) listener.onUtterance(u, message.platform);
    } else if (message.type === 'captions/health') listener.onHealth(message.health);
  }, signal);
}
