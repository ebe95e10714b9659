import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PanelStart } from '../../lib/db/panel-start';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { otherUses } from '../../lib/practice/session-actions';
import { canShowSession } from '../../lib/practice/session-health';
import type { Session } from '../../lib/practice/session-schema';
import { useCallAccess } from '../hooks/use-call-access';
import { useFrameworks } from '../hooks/use-frameworks';
import { useLiveSignals, type UtteranceSource } from '../hooks/use-live-signals';
import { useNow } from '../hooks/use-now';
import { usePanelCommands } from '../hooks/use-panel-commands';
import { usePanelKeys, type PanelKeyAction } from '../hooks/use-panel-keys';
import { useRoundActions } from '../hooks/use-round-actions';
import { useSessionRecovery } from '../hooks/use-session-recovery';
import { useActiveSession } from '../hooks/use-sessions';
import { useStoryIndex } from '../hooks/use-story-index';
import { LiveSignalsBar } from '../live/live-signals-bar';
import { lazyAfterPaint } from '../hooks/lazy-after-paint';
import { FirstRunHint } from '../practice/first-run-hint';
import { FrameworkSwitcher } from '../practice/framework-switcher';
import { PracticeRound, type PracticeRoundActions } from '../practice/practice-round';
import { RoundSetup } from '../practice/round-setup';
import { StoryLookup } from '../practice/story-lookup';

// A round the coach cannot show is rare: its recovery view loads only then.
const SessionRecovery = lazy(() =>
  import('./session-recovery').then((m) => ({ default: m.SessionRecovery })),
);

// Clipping and job terms load after first paint: they are not needed to start a round.
const ClipPageButton = lazyAfterPaint(() =>
  import('../clip/clip-page-button').then((m) => ({ default: m.ClipPageButton })),
);
const RoundPosting = lazyAfterPaint(() =>
  import('../clip/round-posting-picker').then((m) => ({ default: m.RoundPosting })),
);

// The debrief and its rules load when a round ends, off the panel's start-up path.
const RoundSummary = lazy(() =>
  import('../practice/round-summary').then((m) => ({ default: m.RoundSummary })),
);

function roundFrameworkOf(
  session: Session | null | undefined,
  frameworks: readonly Framework[],
  active: Framework,
): Framework | undefined {
  return session ? frameworks.find((f) => f.id === session.frameworkId) : active;
}

// The countdown's date code loads after first paint, outside the panel's start-up budget.
const DaysLeft = lazyAfterPaint(() =>
  import('../plan/days-left').then((m) => ({ default: m.DaysLeft })),
);

interface PanelAppProps {
  workspaceHref: string;
  /** Defaults to the call's captions; the practice room passes its own transcript. */
  utteranceSource?: UtteranceSource;
  /** Hide the caption-site settings where they do not apply (the practice room). */
  showCallSettings?: boolean;
  /** Browser-wide shortcuts drive the side panel only, never a second coach in a tab. */
  acceptCommands?: boolean;
  /** Candidate or interviewer, asked before a round starts (side panel only). */
  rolePicker?: ReactNode;
  /** The practice room's scripted demo is speaking: the round is a demo, not practice. */
  demoPlaying?: boolean;
  /** The panel is the page's main landmark, except inside the practice room, which has its own. */
  landmark?: boolean;
  /** Read before the first render (side panel only), so the first screen is the real one. */
  start?: PanelStart;
}

export function PanelApp({
  workspaceHref,
  utteranceSource,
  showCallSettings = true,
  acceptCommands = true,
  rolePicker,
  demoPlaying = false,
  landmark = true,
  start,
}: PanelAppProps) {
  const { frameworks, active, setActive, loading, complete } = useFrameworks(start?.frameworks);
  const stored = useActiveSession(start?.session);
  // A stored round the coach cannot show gets the recovery view; nothing below ever sees it.
  const broken = stored && !canShowSession(stored) ? stored : null;
  const session = broken ? null : stored;
  const recovery = useSessionRecovery(broken?.id);
  const round = useRoundActions(session);
  // "New round" on the debrief swaps it for the setup form: the form's round type takes focus.
  const [newRoundAsked, setNewRoundAsked] = useState(false);
  const now = useNow(250, !!session);
  const notesRef = useRef<HTMLTextAreaElement | null>(null);
  const [finishRequest, setFinishRequest] = useState(0);
  const sessionId = session?.id;
  useEffect(() => {
    // Only the practice room's scripted demo marks rounds; the side panel never loads this.
    if (demoPlaying && sessionId)
      void import('../hooks/use-demo-session-ids').then((m) => m.markDemoSession(sessionId));
  }, [demoPlaying, sessionId]);
  const bank = useStoryIndex();
  // Known from the first frame where the start read says so: the hint sits above the round types,
  // and one that came or went a moment after they appeared would move them under the pointer.
  const noStories = bank.read ? bank.stories.length === 0 : start?.hasStories === false;
  const roundFramework = roundFrameworkOf(session, frameworks, active);
  const access = useCallAccess();
  const live = useLiveSignals(
    session,
    roundFramework,
    now,
    round.update,
    utteranceSource,
    // Unknown until the grants are read: listen meanwhile, the readers only run where granted.
    (p) => access.granted[p] ?? true,
  );

  const actions: PracticeRoundActions = {
    toggle: round.toggle,
    next: round.next,
    skip: round.skip,
    finish: round.finish,
    probe: round.probe,
    ticks: round.ticks,
    score: round.score,
    notes: round.notes,
  };

  const coldStart = () => {
    // Any value, no warning: practice at answering someone who knows nothing about you yet.
    const value = active.values[Math.floor(Math.random() * active.values.length)];
    if (!value) return;
    void round.start({
      framework: active,
      presetId: 'custom',
      minutes: 5,
      valueIds: [value.id],
      count: 1,
      presetName: 'Cold start drill',
    });
  };

  const onKey = (action: PanelKeyAction) => {
    if (!session) {
      if (action === 'cold' && !round.finished) coldStart();
      return;
    }
    if (action === 'toggle') round.toggle();
    else if (action === 'next') round.next();
    else if (action === 'skip') round.skip();
    else if (action === 'finish') setFinishRequest((n) => n + 1);
    else if (action === 'use')
      document.querySelector<HTMLButtonElement>('[data-action="use-story"]')?.click();
    else if (action === 'probe') round.probe();
    else if (action === 'notes') notesRef.current?.focus();
    else if (action === 'search') document.getElementById('story-search')?.focus();
  };
  usePanelKeys(onKey);
  const onKeyRef = useRef(onKey);
  useEffect(() => {
    onKeyRef.current = onKey;
  });
  usePanelCommands(acceptCommands, (c) =>
    onKeyRef.current(c === 'toggle-round' ? 'toggle' : c === 'next-prompt' ? 'next' : 'probe'),
  );

  const index = session?.currentIndex ?? 0;
  const currentPrompt = session?.answers[index]?.prompt;
  const currentValueName =
    currentPrompt && currentPrompt.valueId !== null ? currentPrompt.label : null;

  // A round in another framework waits for that pack to load rather than showing raw ids.
  const waitingForPack = !!session && !roundFramework && !complete;
  if (loading || session === undefined || waitingForPack)
    return <p className="loading">Loading…</p>;
  const Root = landmark ? 'main' : 'div';
  // Inside the practice room, whose own h1 names the page, the coach's name is a section heading.
  const Brand = landmark ? 'h1' : 'h2';
  if (broken) {
    return (
      <Root className="panel">
        <Brand className="brand">Loopside</Brand>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <SessionRecovery
            createdAt={typeof broken.createdAt === 'number' ? broken.createdAt : null}
            error={recovery.error}
            onFinish={recovery.finish}
            onDiscard={recovery.discard}
          />
        </Suspense>
      </Root>
    );
  }

  return (
    <Root className="panel">
      <header className="panel__header">
        <Brand className="brand">Loopside</Brand>
        <Suspense fallback={null}>
          <DaysLeft href={`${workspaceHref}#plan`} />
        </Suspense>
        <FrameworkSwitcher
          frameworks={frameworks}
          activeId={session ? session.frameworkId : active.id}
          onChange={(id) => void setActive(id)}
          disabled={!!session}
        />
        <a className="quiet" href={workspaceHref} target="_blank" rel="noreferrer">
          Workspace
        </a>
      </header>
      {round.error ? (
        <p role="alert" className="error">
          {round.error}
        </p>
      ) : null}
      {session ? (
        <PracticeRound
          session={session}
          framework={roundFramework}
          now={now}
          actions={actions}
          notesRef={notesRef}
          requestFinish={finishRequest}
        >
          <LiveSignalsBar
            health={live.health}
            cue={live.cue}
            granted={access.granted}
            onToggleAccess={access.toggle}
            speakers={live.speakers}
            selfName={live.selfName}
            selfKnown={live.selfKnown}
            onSelfName={live.setSelfName}
            keepTranscripts={live.keepTranscripts}
            onKeepTranscripts={live.setKeepTranscripts}
            showCallSettings={showCallSettings}
          />
          <Suspense fallback={null}>
            <RoundPosting inRound usedText={session.answers[index]?.notes ?? ''} />
          </Suspense>
          <StoryLookup
            key={`${session.id}:${index}`}
            stories={bank.stories}
            byId={bank.byId}
            search={bank.search}
            read={bank.read}
            indexing={bank.indexing}
            valueName={currentValueName}
            linkedIds={session.answers[index]?.storyIds ?? []}
            onUse={(storyId) => round.useStory(index, storyId)}
            onUnuse={(storyId) => round.unuseStory(index, storyId)}
            otherUses={(storyId) => otherUses(session, index, storyId)}
            workspaceHref={workspaceHref}
          />
        </PracticeRound>
      ) : round.finished ? (
        <Suspense fallback={<p className="loading">Loading the debrief…</p>}>
          <RoundSummary
            session={round.finished}
            onNew={() => {
              setNewRoundAsked(true);
              round.clearFinished();
            }}
            workspaceHref={workspaceHref}
            storyTitle={(id) => bank.byId.get(id)?.title || 'a deleted story'}
          />
        </Suspense>
      ) : (
        <>
          {rolePicker}
          {noStories ? <FirstRunHint workspaceHref={workspaceHref} /> : null}
          <RoundSetup
            focusOnShow={newRoundAsked}
            onFocused={() => setNewRoundAsked(false)}
            framework={active}
            onStart={(i) => void round.start({ ...i, framework: active })}
            onColdStart={coldStart}
          />
          <Suspense fallback={null}>
            <RoundPosting inRound={false} />
          </Suspense>
        </>
      )}
      {showCallSettings ? (
        <Suspense fallback={null}>
          <ClipPageButton workspaceHref={workspaceHref} />
        </Suspense>
      ) : null}
    </Root>
  );
}
