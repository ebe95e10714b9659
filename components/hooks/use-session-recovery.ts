import { errorText } from '../../lib/errors/error-text';
import { useCallback, useState } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { removeSession, updateSession } from '../../lib/db/session-queries';
import { recoverSession } from '../../lib/practice/session-health';

/** Finish or discard a stored round the panel cannot show; either way the panel gets going again. */
export function useSessionRecovery(id: string | undefined) {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: (db: ReturnType<typeof getDb>, id: string) => Promise<unknown>) => {
      if (!id) return;
      try {
        setError(null);
        await action(getDb(), id);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [id],
  );
  return {
    error,
    finish: useCallback(
      () => void run((db, key) => updateSession(db, key, (s) => recoverSession(s, Date.now()))),
      [run],
    ),
    discard: useCallback(() => void run(removeSession), [run]),
  };
}
