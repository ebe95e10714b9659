import { useCallback, useRef, useState } from 'react';
import { errorText } from '../../lib/errors/error-text';

type AsyncStatus<T> =
  | { state: 'idle' }
  | { state: 'working' }
  | ({ state: 'done' } & T)
  | { state: 'failed'; error: string };

/**
 * One button's work: idle → working → done (with what it returns) or failed (with a message a
 * person can read). A second call while one is running is ignored, so a double click runs once.
 */
export function useAsyncAction<A extends unknown[], T extends object = object>(
  work: (...args: A) => Promise<T>,
) {
  const [status, setStatus] = useState<AsyncStatus<T>>({ state: 'idle' });
  const running = useRef(false);
  const run = useCallback(
    async (...args: A) => {
      if (running.current) return;
      running.current = true;
      setStatus({ state: 'working' });
      try {
        const result = await work(...args);
        setStatus({ state: 'done', ...result });
      } catch (e) {
        setStatus({ state: 'failed', error: errorText(e) });
      } finally {
        running.current = false;
      }
    },
    [work],
  );
  return [status, run] as const;
}
