import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from '../../lib/browser/draft-journal';
import { pickNewerText } from '../../lib/practice/pick-text';

export interface AutosaveOptions {
  /** Unique per field (e.g. session id + answer index). */
  journalKey: string;
  stored: string;
  storedAt: number;
  save: (text: string, at: number) => Promise<unknown>;
  delayMs?: number;
}

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

/**
 * Text that survives anything: every keystroke goes to a synchronous journal, the database gets it
 * within `delayMs` of the last keystroke, and immediately on page hide or unmount.
 */
export function useAutosaveText({
  journalKey,
  stored,
  storedAt,
  save,
  delayMs = 300,
}: AutosaveOptions) {
  const [text, setText] = useState(() =>
    pickNewerText({ text: stored, at: storedAt }, readDraft(journalKey)),
  );
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<{ text: string; at: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState('saving');
    saveRef.current(next.text, next.at).then(
      () => {
        if (readDraft(journalKey)?.at === next.at) clearDraft(journalKey);
        setState(pending.current ? 'unsaved' : 'saved');
      },
      () => setState('error'),
    );
  }, [journalKey]);

  const onChange = useCallback(
    (value: string) => {
      const at = Date.now();
      setText(value);
      writeDraft(journalKey, value, at);
      pending.current = { text: value, at };
      setState('unsaved');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [journalKey, flush, delayMs],
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
