import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from '../../lib/browser/draft-journal';
import { pickNewerText } from '../../lib/practice/pick-text';

interface AutosaveOptions {
  /** Unique per field (e.g. session id + answer index). */
  journalKey: string;
  stored: string;
  storedAt: number;
  save: (text: string, at: number) => Promise<unknown>;
}

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

/**
 * Text that survives a crash: every keystroke goes to a synchronous journal and straight on to the
 * database, which writes with strict durability (on disk when the write resolves). Chromium writes
 * localStorage to disk lazily, so the journal alone can lose the last second of typing when the
 * browser dies; it stays as the fallback for a page closed mid-write. Writes are coalesced: at most
 * one is in flight per field, and when it lands the newest text (if any) goes next, so a burst of
 * typing costs one write per write-time, not one per key.
 */
export function useAutosaveText({ journalKey, stored, storedAt, save }: AutosaveOptions) {
  const [text, setText] = useState(() =>
    pickNewerText({ text: stored, at: storedAt }, readDraft(journalKey)),
  );
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<{ text: string; at: number } | null>(null);
  const inFlight = useRef(false);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    const write = () => {
      const next = pending.current;
      if (!next || inFlight.current) return;
      pending.current = null;
      inFlight.current = true;
      setState('saving');
      saveRef.current(next.text, next.at).then(
        () => {
          inFlight.current = false;
          if (readDraft(journalKey)?.at === next.at) clearDraft(journalKey);
          if (pending.current) write();
          else setState('saved');
        },
        () => {
          inFlight.current = false;
          // Kept for the next keystroke or page hide to retry; the journal still has it.
          pending.current ??= next;
          setState('error');
        },
      );
    };
    write();
  }, [journalKey]);

  const onChange = useCallback(
    (value: string) => {
      const at = Date.now();
      setText(value);
      writeDraft(journalKey, value, at);
      pending.current = { text: value, at };
      if (inFlight.current) setState('unsaved');
      flush();
    },
    [journalKey, flush],
  );

  useEffect(() => {
    // A journal newer than the database means the last page closed before its save: catch up now.
    const draft = readDraft(journalKey);
    if (draft && draft.at > storedAt) {
      pending.current = { text: draft.text, at: draft.at };
      flush();
    }
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
    // storedAt is read once on mount; later saves come from this hook itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [journalKey, flush]);

  return { text, onChange, flush, state };
}
