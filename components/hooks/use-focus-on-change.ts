import { useEffect, useRef } from 'react';

const typingField = 'textarea, input:not([type="checkbox"]):not([type="radio"]), select';

/**
 * A ref for a heading (with `tabIndex={-1}`) that takes focus when it first shows and each time
 * `key` changes, so a screen reader reads what replaced the view and the keyboard carries on from
 * there; never while the user is typing in a field, and only `when` it is true (it takes focus as
 * it becomes true).
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown, when = true) {
  const ref = useRef<T | null>(null);
  useEffect(() => {
    if (!when) return;
    const el = ref.current;
    const active = document.activeElement;
    if (!el || el.contains(active) || active?.matches(typingField)) return;
    el.focus();
  }, [key, when]);
  return ref;
}
