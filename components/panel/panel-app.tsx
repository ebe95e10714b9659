import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { listenPanelCommands } from '../../lib/browser/listen-panel-commands';
import { noteEdit } from '../../lib/backup/edit-counter';
import { getDb } from '../../lib/db/loopside-db';
import type { Framework } from '../../lib/frameworks/framework-schema';
import type { Session } from '../../lib/practice/session-schema';
import { saveSession } from '../../lib/db/session-queries';
import { markStoryPractised } from '../../lib/db/story-queries';
import {
  finishSession,
  linkStory,
  nextPrompt,
  otherUses,
  revealProbe,
  setNotes,
  setScore,
  setTicks,
  skipPrompt,
  togglePause,
} from '../../lib/practice/session-actions';
import { useFrameworks } from '../hooks/use-frameworks';
import { useNow } from '../hooks/use-now';
import { usePanelKeys, type PanelKeyAction } from '../hooks/use-panel-keys';
import { useActiveSession, useSessionUpdater } from '../hooks/use-sessions';
import { useStoryIndex } from '../hooks/use-story-index';
import { useCallAccess } from '../hooks/use-call-access';
import { useLiveSignals, type UtteranceSource } from '../hooks/use-live-signals';
import { LiveSignalsBar } from '../live/live-signals-bar';
import { FrameworkSwitcher } from '../practice/framework-switcher';
import { PracticeRound, type PracticeRoundActions } from '../practice/practice-round';
import { RoundSetup, type StartRoundInput } from '../practice/round-setup';
import { RoundSummary } from '../practice/round-summary';
import { StoryLookup } from '../practice/story-lookup';

function roundFrameworkOf(
  session: Session | null | undefined,
  frameworks: readonly Framework[],
  active: Framework,
): Framework | undefined {
  return session ? frameworks.find((f) => f.id === session.frameworkId) : active;
}

export interface PanelAppProps {
  workspaceHref: string;
  /** Defaults to the call's captions; the practice room passes its own transcript. */
  utteranceSource?: UtteranceSource;
  /** Hide the caption-site settings where they do not apply (the practice room). */
  showCallSettings?: boolean;
}

export function PanelApp({
  workspaceHref,
  utteranceSource,
  showCallSettings = true,
}: PanelAppProps) {
  const { frameworks, active, setActive, loading, complete } = useFrameworks();
  const session = useActiveSession();
  const [finishedId, setFinishedId] = useState<string | null>(null);
  const finished = useLiveQuery(
    async () => (finishedId ? ((await getDb().sessions.get(finishedId)) ?? null) : null),
    [finishedId],
  );
  const [error, setError] = useState<string | null>(null);
  const update = useSessionUpdater(session?.id);
  const now = useNow(250, !!session);
  const notesRef = useRef<HTMLTextAreaElement | null>(null);
  const bank = useStoryIndex();
  const live = useLiveSignals(
    session,
    roundFrameworkOf(session, frameworks, active),
    now,
    update,
    utteranceSource,
  );
  const access = useCallAccess();
  const roundFramework = roundFrameworkOf(session, frameworks, active);

  const start = useCallback(
    async (input: StartRoundInput) => {
      try {
        setError(null);
        // Prompt selection and the topic texts load on Start, off the panel's start-up path.
        const { newRound } = await import('../../lib/practice/new-round');
        const round = newRound({
          id: crypto.randomUUID(),
          framework: active,
          presetId: input.presetId,
          minutes: input.minutes,
          valueIds: input.valueIds,
          role: input.role,
          seed: Math.floor(Math.random() * 2 ** 31),
          now: Date.now(),
        });
        await saveSession(getDb(), round);
        setFinishedId(null);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [active],
  );

  const finish = useCallback(() => {
    if (!session) return;
    setFinishedId(session.id);
    void update(finishSession);
  }, [session, update]);

  const actions: PracticeRoundActions = {
    toggle: () => void update(togglePause),
    next: () => {
      if (session && session.currentIndex >= session.answers.length - 1) finish();
      else void update(nextPrompt);
    },
    skip: () => {
      if (session && session.currentIndex >= session.answers.length - 1) setFinishedId(session.id);
      void update(skipPrompt);
    },
    finish,
    probe: () => void update((s) => revealProbe(s)),
    ticks: (i, t) => void update((s) => setTicks(s, i, t)),
    score: (i, v) => void update((s) => setScore(s, i, v)),
    notes: async (i, text, at) => {
      await update((s) => setNotes(s, i, text, at));
      await noteEdit(getDb());
    },
  };

  const onKey = (action: PanelKeyAction) => {
    if (!session) return;
    if (action === 'toggle') actions.toggle();
    else if (action === 'next') actions.next();
    else if (action === 'probe') actions.probe();
    else if (action === 'notes') notesRef.current?.focus();
    else if (action === 'search') document.getElementById('story-search')?.focus();
  };
  usePanelKeys(onKey);
  const onKeyRef = useRef(onKey);
  useEffect(() => {
    onKeyRef.current = onKey;
  });
  useEffect(
    () =>
      listenPanelCommands((c) =>
        onKeyRef.current(c === 'toggle-round' ? 'toggle' : c === 'next-prompt' ? 'next' : 'probe'),
      ),
    [],
  );

  const currentPrompt = session?.answers[session.currentIndex]?.prompt;
  const currentValueName =
    currentPrompt && currentPrompt.valueId !== null ? currentPrompt.label : null;

  // A round in another framework waits for that pack to load rather than showing raw ids.
  const waitingForPack = !!session && !roundFramework && !complete;
  if (loading || session === undefined || waitingForPack)
    return <p className="loading">Loading…</p>;

  return (
    <div className="panel">
      <header className="panel__header">
        <h1 className="brand">Loopside</h1>
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
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {session ? (
        <PracticeRound
          session={session}
          framework={roundFramework}
          now={now}
          actions={actions}
          notesRef={notesRef}
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
          <StoryLookup
            key={`${session.id}:${session.currentIndex}`}
            stories={bank.stories}
            byId={bank.byId}
            search={bank.search}
            valueName={currentValueName}
            linkedIds={session.answers[session.currentIndex]?.storyIds ?? []}
            onChoose={(storyId) => {
              const index = session.currentIndex;
              void update((s) => linkStory(s, index, storyId));
              void markStoryPractised(getDb(), storyId, Date.now());
            }}
            otherUses={(storyId) => otherUses(session, session.currentIndex, storyId)}
          />
        </PracticeRound>
      ) : finished ? (
        <RoundSummary
          session={finished}
          onNew={() => setFinishedId(null)}
          workspaceHref={workspaceHref}
        />
      ) : (
        <RoundSetup framework={active} onStart={(i) => void start(i)} />
      )}
    </div>
  );
}
