import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { DaysLeft } from '../plan/days-left';

// Only the shell and the story list are in the first chunk: every other section loads when it is
// opened, so the workspace opens on #stories without compiling code that is not on screen.
const ClippedPagesView = lazy(() =>
  import('../clip/clipped-pages-view').then((m) => ({ default: m.ClippedPagesView })),
);
const CoverageView = lazy(() =>
  import('../coverage/coverage-view').then((m) => ({ default: m.CoverageView })),
);
const FrameworksView = lazy(() =>
  import('../frameworks/frameworks-view').then((m) => ({ default: m.FrameworksView })),
);
const PromptLibrary = lazy(() =>
  import('../library/prompt-library').then((m) => ({ default: m.PromptLibrary })),
);
const LoopsView = lazy(() => import('../loops/loops-view').then((m) => ({ default: m.LoopsView })));
const HistoryView = lazy(() => import('./history-view').then((m) => ({ default: m.HistoryView })));

// Backup code (validation, import) loads only when the section is opened.
const BackupSettings = lazy(() =>
  import('../backup/backup-settings').then((m) => ({ default: m.BackupSettings })),
);
// The prep plan (plan maths, charts, readiness) loads when its section is opened.
const PlanSection = lazy(() =>
  import('../plan/plan-section').then((m) => ({ default: m.PlanSection })),
);
// Recordings and their player load only when the section is opened.
const RecordingsView = lazy(() =>
  import('../recording/recordings-view').then((m) => ({ default: m.RecordingsView })),
);
import { useFrameworks } from '../hooks/use-frameworks';
import { useOpenPanel } from '../hooks/use-open-panel';
import { useSessionReport } from '../hooks/use-session-report';
import { useFinishedSessions } from '../hooks/use-sessions';
import { useFirstRun } from '../hooks/use-first-run';
import { useAllStories } from '../hooks/use-all-stories';
import { StoryBank } from '../stories/story-bank';
import type { WorkspaceStart } from '../../lib/db/workspace-start';
import { FirstRunGuide } from './first-run-guide';
import { BackupDueLink } from '../backup/backup-due-link';
import { parseWorkspaceHash } from '../../lib/routing/parse-workspace-hash';

const sections = [
  { id: 'stories', label: 'Stories' },
  { id: 'coverage', label: 'Coverage' },
  { id: 'library', label: 'Prompt library' },
  { id: 'sessions', label: 'Practice history' },
  { id: 'recordings', label: 'Recordings' },
  { id: 'plan', label: 'Prep plan' },
  { id: 'loops', label: 'Loops' },
  { id: 'frameworks', label: 'Frameworks' },
  { id: 'clips', label: 'Clipped pages' },
  { id: 'backup', label: 'Backup & settings' },
] as const;
type SectionId = (typeof sections)[number]['id'];

function parseHash(): { section: SectionId; param: string | null } {
  return parseWorkspaceHash(
    location.hash,
    sections.map((s) => s.id),
    'stories',
    'sessions',
  );
}

/**
 * Sections are addressed by hash (#stories, #stories/Judgment, #coverage…) so links and reloads
 * keep the place. `start`, read before the first render, lets the story bank's first screen render
 * complete; without it every part loads through its own live query.
 */
export function WorkspaceApp({ start }: { start?: WorkspaceStart }) {
  const [route, setRoute] = useState(parseHash);
  // The start read describes the page as it opened: it seeds the story bank's first showing only,
  // and a later return to #stories reads afresh rather than flash what was there at opening.
  const [bankStart, setBankStart] = useState(start);
  if (route.section !== 'stories' && bankStart) setBankStart(undefined);
  // The guide's state and last count live with the page, so coming back to #stories shows it at once.
  const guide = useFirstRun(start?.guideHidden);
  const [guideFacts, setGuideFacts] = useState(start?.storyFacts);
  const mainRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onHash = () => {
      const next = parseHash();
      setRoute(next);
      // A section link replaces the page's content: focus goes to it, so it is read from the top
      // and Tab carries on inside it (a link within a section, as #stories/Judgment, keeps focus).
      if (next.section !== route.section) mainRef.current?.focus();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [route.section]);
  // The window's title names the section, as a page of its own would.
  const sectionLabel = sections.find((s) => s.id === route.section)?.label;
  useEffect(() => {
    document.title = sectionLabel ? `${sectionLabel} — Loopside workspace` : 'Loopside workspace';
  }, [sectionLabel]);
  const panel = useOpenPanel();
  const sessions = useFinishedSessions();
  const { frameworks, active, setActive } = useFrameworks(start?.frameworks);
  // Story titles are for the practice history; a big bank is not read for other sections.
  const stories = useAllStories(route.section === 'sessions');
  const storyTitles = useMemo(
    () => new Map((stories ?? []).map((s) => [s.id, s.title || 'Untitled story'] as const)),
    [stories],
  );
  const valueNames = useMemo(
    () => new Map(frameworks.flatMap((f) => f.values.map((v) => [v.id, v.name] as const))),
    [frameworks],
  );
  const reportContext = useMemo(
    () => ({
      valueNames,
      storyTitles,
      probeTexts: new Map(frameworks.flatMap((f) => f.probes.map((p) => [p.id, p.text] as const))),
    }),
    [valueNames, storyTitles, frameworks],
  );
  const exportReport = useSessionReport(reportContext);
  const { section, param } = route;
  return (
    <div className="workspace">
      <header className="workspace__header">
        <h1 className="brand">Loopside workspace</h1>
        <DaysLeft />
        {section === 'backup' ? null : <BackupDueLink />}
        <nav aria-label="Workspace sections">
          {sections.map((s) => (
            <a key={s.id} href={`#${s.id}`} aria-current={s.id === section ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
        <div className="workspace__actions">
          <a href="/practice-room.html">Practice room</a>
          <a href="/practice-room.html?script=demo" className="quiet">
            (scripted demo)
          </a>
          <button type="button" className="primary" onClick={panel.open} disabled={!panel.ready}>
            Open the coach panel
          </button>
        </div>
      </header>
      {panel.error ? (
        <p role="alert" className="error">
          {panel.error}
        </p>
      ) : null}
      <main ref={mainRef} tabIndex={-1} aria-label={sectionLabel}>
        {/* One calm placeholder while a section's code loads; the header and its nav stay put. */}
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {section === 'stories' ? (
            <FirstRunGuide
              guide={guide}
              facts={guideFacts}
              onFacts={setGuideFacts}
              frameworks={frameworks}
              active={active}
              onFramework={(id) => void setActive(id)}
              roundsDone={sessions?.length ?? 0}
              onOpenPanel={panel.open}
            />
          ) : null}
          {section === 'stories' ? <StoryBank valueFilter={param} start={bankStart} /> : null}
          {section === 'coverage' ? <CoverageView /> : null}
          {section === 'library' ? <PromptLibrary onOpenPanel={panel.open} /> : null}
          {section === 'sessions' ? (
            <HistoryView
              // Story titles must be known first, or a loading bank reads as deleted stories.
              sessions={stories === undefined ? undefined : sessions}
              openId={param}
              valueNames={valueNames}
              storyTitles={storyTitles}
              onExport={exportReport}
              panelHint={
                <p>
                  No finished rounds yet. Run a first round in the{' '}
                  <button type="button" className="linkish" onClick={panel.open}>
                    coach panel
                  </button>{' '}
                  or the <a href="/practice-room.html">practice room</a>.
                </p>
              }
            />
          ) : null}
          {section === 'recordings' ? (
            <Suspense fallback={<p>Loading…</p>}>
              <RecordingsView openId={param} valueNames={valueNames} />
            </Suspense>
          ) : null}
          {section === 'plan' ? (
            <Suspense fallback={<p>Loading…</p>}>
              <PlanSection openPanel={panel.open} focus={param} />
            </Suspense>
          ) : null}
          {section === 'loops' ? <LoopsView /> : null}
          {section === 'frameworks' ? <FrameworksView /> : null}
          {section === 'clips' ? <ClippedPagesView /> : null}
          {section === 'backup' ? (
            <Suspense fallback={<p>Loading…</p>}>
              <BackupSettings />
            </Suspense>
          ) : null}
        </Suspense>
      </main>
    </div>
  );
}
