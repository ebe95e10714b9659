import { useEffect, useRef } from 'react';

/**
 * A ref for a group of radios that, when `wanted` as the group first shows (it replaced the view
 * the user was on), puts focus on the chosen radio and says so through `onFocused`, so a later
 * showing does not take focus again. Later renders leave focus where the user put it.
 */
export function useFocusChoiceOnShow<T extends HTMLElement>(
  wanted: boolean,
  onFocused?: () => void,
) {
  const ref = useRef<T | null>(null);
  useEffect(() => {
    if (!wanted) return;
    ref.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    onFocused?.();
    // Only as the group first shows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
