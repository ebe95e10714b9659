import { errorText } from '../../lib/errors/error-text';
import { useCallback, useState } from 'react';
import { browser } from 'wxt/browser';
import type { ClipKind } from '../../lib/clip/clip-kinds';

type ClipPageState =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; title: string; kind: ClipKind }
  | { step: 'failed'; message: string };

/**
 * Clips the tab the user is looking at in this window. The reader (Readability and the
 * sanitiser) is a separate script injected into the page, so none of it is in the panel's bundle.
 */
export function useClipPage() {
  const [state, setState] = useState<ClipPageState>({ step: 'idle' });
  const clip = useCallback(async () => {
    setState({ step: 'working' });
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const { clipTab } = await import('../../lib/browser/clip-tab');
      const outcome = await clipTab({ id: tab?.id, url: tab?.url });
      setState(
        outcome.ok
          ? { step: 'done', title: outcome.page.title, kind: outcome.page.kind }
          : { step: 'failed', message: outcome.message },
      );
    } catch (e) {
      setState({
        step: 'failed',
        message: `Loopside could not clip this page: ${errorText(e)}`,
      });
    }
  }, []);
  return { state, clip };
}
