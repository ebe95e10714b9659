import type { CaptionHealth, Platform, Utterance } from '../captions/utterance-schema';
import { listenValidated } from './receive-lazily';

export interface CaptionListener {
  /** `platform` is set for lines read from a call (absent for the practice room's own transcript). */
  onUtterance: (u: Utterance, platform?: Platform) => void;
  onHealth: (h: CaptionHealth) => void;
}

/** Caption messages from our readers on call tabs, validated and sender-checked; the rest is dropped. */
export function listenCaptions(listener: CaptionListener): () => void {
  return listenValidated(({ message }) => {
    if (message.type === 'captions/utterance')
      listener.onUtterance(message.utterance, message.platform);
    else if (message.type === 'captions/health') listener.onHealth(message.health);
  });
}
