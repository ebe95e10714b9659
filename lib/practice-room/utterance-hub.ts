import type { CaptionHealth, Utterance } from '../captions/utterance-schema';

export interface HubListener {
  onUtterance: (u: Utterance) => void;
  onHealth: (h: CaptionHealth) => void;
}

export interface UtteranceHub {
  subscribe: (listener: HubListener) => () => void;
  emit: (u: Utterance) => void;
}

/**
 * Fans one transcript out to several readers (the coach panel and the page's own transcript),
 * so each can subscribe and unsubscribe on its own schedule.
 */
export function createUtteranceHub(): UtteranceHub {
  const listeners = new Set<HubListener>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (u) => {
      for (const l of [...listeners]) l.onUtterance(u);
    },
  };
}
