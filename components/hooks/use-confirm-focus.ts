import { useEffect, useRef } from 'react';

/**
 * Focus for an inline "are you sure?" question: its first button takes focus when it opens, Esc
 * answers no (`close`), and when it closes focus goes back to the button that asked (if that is
 * still on the page). While it is open, single-key shortcuts wait, so a key cannot act behind it.
 */
export function useConfirmFocus(open: boolean, close: () => void) {
  const first = useRef<HTMLButtonElement | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) {
      wasOpen.current = true;
      first.current?.focus();
    } else if (wasOpen.current) {
      wasOpen.current = false;
      trigger.current?.focus();
    }
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        close();
      } else if (e.key.length === 1 && !e.altKey && !e.ctrlKey && !e.metaKey) e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open, close]);
  return { first, trigger };
}
