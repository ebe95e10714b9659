import { useEffect, useRef } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return (
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    target.isContentEditable ||
    (tag === 'INPUT' &&
      !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type))
  );
}

/**
 * Single-key shortcuts that never fire while the user is typing; Escape leaves a field (for the
 * view's focusable heading) so the keys work again. Space on a focused control is left to that control. Both the candidate's and the
 * interviewer's views use this, each with its own keys.
 */
export function useSingleKeys<A extends string>(
  keys: Readonly<Record<string, A>>,
  handler: (action: A) => void,
): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  }, [handler]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape' && isTyping(e.target)) {
        (e.target as HTMLElement).blur();
        // Focus lands on the view's heading (the prompt, the value), not the page: a screen
        // reader keeps its place, and the keys act from there.
        document.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
        return;
      }
      if (isTyping(e.target)) return;
      const action = keys[e.key];
      if (!action) return;
      // Space belongs to whatever control has focus (a tick box, a score, a button, a link).
      if (
        e.key === ' ' &&
        e.target instanceof Element &&
        e.target.closest('button, input, select, a, summary, [role="option"], [role="radio"]')
      )
        return;
      e.preventDefault();
      ref.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys]);
}
