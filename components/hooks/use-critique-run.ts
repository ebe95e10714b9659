import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findLanguageModel } from '../../lib/browser/language-model';
import type { CritiqueKind } from '../../lib/critique/critique-schema';
import type { ModelState } from '../../lib/critique/language-model-api';
import { checkModel } from '../../lib/critique/prompt-on-device';
import { runCritique, type CritiqueOutcome } from '../../lib/critique/run-critique';

/**
 * The browser's model state and one critique run at a time, stoppable. Runs start only from a
 * click handler, which is what lets Chrome start a download.
 */
export function useCritiqueRun() {
  const lm = useMemo(() => findLanguageModel(), []);
  const [state, setState] = useState<ModelState | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void checkModel(lm).then((s) => live && setState(s));
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [lm]);

  const run = useCallback(
    async <K extends CritiqueKind>(
      kind: K,
      input: string,
      sources: readonly string[],
    ): Promise<CritiqueOutcome<K>> => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setRunning(true);
      setMessage(null);
      try {
        const outcome = await runCritique(lm, kind, input, sources, {
          signal: controller.signal,
          userClicked: true,
          onProgress: (loaded) => {
            setState('downloading');
            setProgress(loaded);
          },
        });
        if (!outcome.ok) setMessage(outcome.message);
        return outcome;
      } finally {
        if (abort.current === controller) abort.current = null;
        setRunning(false);
        setProgress(null);
        setState(await checkModel(lm));
      }
    },
    [lm],
  );

  const stop = useCallback(() => abort.current?.abort(), []);
  return { state, progress, running, message, setMessage, run, stop };
}
