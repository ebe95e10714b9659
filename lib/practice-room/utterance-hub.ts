import type { CaptionHealth, Utterance } from '../captions/utterance-schema';

interface HubListener {
  onUtterance: (u: Utterance) => void;
  onHealth: (h: CaptionHealth) => void;
}

interface UtteranceHub {
  /** Listens until `signal` aborts. */
  subscribe: (listener: HubListener, signal: AbortSignal) => void;
  emit: (u: Utterance) => void;
}

/**
 * Fans one transcript out to several readers (the coach panel and the page's own transcript),
 * so each can subscribe and unsubscribe on its own schedule.
 */
export function createUtteranceHub(): UtteranceHub {
  const listeners = new Set<HubListener>();
  return {
    subscribe: (listener, signal) => {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    emit: (u) => {
      for (const l of [...listeners]) l.onUtterance(u);
    },
  };
}
