import type { CaptionHealth, Utterance } from '../captions/utterance-schema';
import { listenValidated } from './receive-lazily';

export interface CaptionListener {
  onUtterance: (u: Utterance) => void;
  onHealth: (h: CaptionHealth) => void;
}

/** Caption messages from our readers on call tabs, validated and sender-checked; the rest is dropped. */
export function listenCaptions(listener: CaptionListener): () => void {
  return listenValidated(({ message }) => {
    if (message.type === 'captions/utterance') listener.onUtterance(message.utterance);
    else if (message.type === 'captions/health') listener.onHealth(message.health);
  });
}
