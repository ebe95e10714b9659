import { useEffect, useRef, useState } from 'react';

/**
 * `value`, changing at most once per `ms`: the first change shows at once, later ones within `ms`
 * (the newest wins). Caption updates arrive several times a second during a long answer; the
 * signals computed from them need not follow every one.
 */
export function useThrottledValue<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = Math.max(0, last.current + ms - Date.now());
    const id = setTimeout(() => {
      last.current = Date.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(id);
  }, [value, shown, ms]);
  return shown;
}
