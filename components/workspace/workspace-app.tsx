import { useEffect, useState } from 'react';
import { openSidePanel, prepareSidePanel } from '../../lib/browser/open-side-panel';
import { useFinishedSessions } from '../hooks/use-sessions';
import { SessionList } from './session-list';

const sections = [{ id: 'sessions', label: 'Practice history' }] as const;
type SectionId = (typeof sections)[number]['id'];

function sectionFromHash(): SectionId {
  const id = location.hash.slice(1);
  return sections.find((s) => s.id === id)?.id ?? 'sessions';
}

export function WorkspaceApp() {
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => prepareSidePanel(), []);
  const [panelError, setPanelError] = useState<string | null>(null);
  const sessions = useFinishedSessions();
  return (
    <div className="workspace">
      <header className="workspace__header">
        <h1 className="brand">Loopside workspace</h1>
        <nav aria-label="Workspace sections">
          {sections.map((s) => (
            <a key={s.id} href={`#${s.id}`} aria-current={s.id === section ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
        <button
          type="button"
          className="primary"
          onClick={() =>
            openSidePanel().catch((e: unknown) =>
              setPanelError(e instanceof Error ? e.message : String(e)),
            )
          }
        >
          Open the coach panel
        </button>
      </header>
      {panelError ? (
        <p role="alert" className="error">
          {panelError}
        </p>
      ) : null}
      <main>
        {section === 'sessions' ? (
          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">Practice history</h2>
            {sessions ? <SessionList sessions={sessions} /> : <p>Loading…</p>}
          </section>
        ) : null}
      </main>
    </div>
  );
}
