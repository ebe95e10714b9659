import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { noteEdit } from '../../lib/backup/edit-counter';
import { clearDraft, listDrafts, readDraft } from '../../lib/browser/draft-journal';
import { requestPersistence } from '../../lib/browser/storage-status';
import { getDb } from '../../lib/db/loopside-db';
import { openDbSafely } from '../../lib/db/open-db-safely';
import { reconcileDrafts } from '../../lib/db/reconcile-drafts';

// Only loaded when the database cannot open: keeps backup code out of the normal start-up path.
const RecoveryScreen = lazy(() =>
  import('../backup/recovery-screen').then((m) => ({ default: m.RecoveryScreen })),
);

/**
 * Opens the database before anything reads it. A failed open or upgrade leaves the data as it was
 * and shows a recovery screen that can still export it, instead of a blank page. `app` may be a
 * function that reads what the first screen needs once the database is open and the journalled
 * drafts are saved, so that screen renders complete rather than one loading layer at a time.
 */
export async function mountApp(app: ReactNode | (() => Promise<ReactNode>)): Promise<void> {
  // Marks for the start-up benchmarks (and the browser's performance panel): where a page's first
  // screen spends its time after its scripts have run.
  performance.mark('loopside:scripts-run');
  const root = createRoot(document.getElementById('root')!);
  const opened = await openDbSafely(getDb());
  performance.mark('loopside:db-open');
  if (opened.ok) {
    // Text a closed page had only journalled is saved now, before anything reads the database.
    const drafts = listDrafts();
    if (drafts.length) {
      const outcomes = await reconcileDrafts(getDb(), drafts).catch(
        () => new Map<string, string>(),
      );
      for (const [key, outcome] of outcomes) {
        // Another open page may have journalled newer text meanwhile: only clear what was handled.
        const entry = drafts.find((d) => d.key === key)?.entry;
        if (outcome !== 'kept' && entry && readDraft(key)?.at === entry.at) clearDraft(key);
      }
      if ([...outcomes.values()].includes('applied')) await noteEdit(getDb());
    }
  }
  // Ask once; the browser decides quietly (or from site engagement) whether to keep data persistent.
  void requestPersistence();
  const ready = opened.ok ? (typeof app === 'function' ? await app() : app) : null;
  performance.mark('loopside:first-render');
  root.render(
    <StrictMode>
      {opened.ok ? (
        ready
      ) : (
        <Suspense fallback={<p>Loading…</p>}>
          <RecoveryScreen error={opened.error} />
        </Suspense>
      )}
    </StrictMode>,
  );
}
