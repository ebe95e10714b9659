import { errorText } from '../../lib/errors/error-text';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { noteEdit } from '../../lib/backup/edit-counter';
import { getDb } from '../../lib/db/loopside-db';
import { getSession, ROUND_ALREADY_RUNNING, saveNewRound } from '../../lib/db/session-queries';
import { readSetting } from '../../lib/db/settings-queries';
import { promptMarksSetting } from '../../lib/settings/settings';
import { markStoryPractised } from '../../lib/db/story-queries';
import {
  finishSession,
  linkStory,
  nextPrompt,
  revealProbe,
  setNotes,
  setScore,
  setTicks,
  skipPrompt,
  togglePause,
  unlinkStory,
} from '../../lib/practice/session-actions';
import type { RoundRequest } from '../../lib/practice/draw-round';
import type { AnswerTicks, Session } from '../../lib/practice/session-schema';
import { useSessionUpdater } from './use-sessions';

/** A round the panel starts always says how long it runs. */
type StartRoundRequest = RoundRequest & { minutes: number };

/**
 * Everything the live coach can do to a round. Each step names the prompt it was meant for, so a
 * double key press or a command arriving twice cannot skip a prompt; whether the round finished is
 * read from what was saved, not from the screen that was showing.
 */
export function useRoundActions(session: Session | null | undefined) {
  const update = useSessionUpdater(session?.id);
  const [finishedId, setFinishedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const finished = useLiveQuery(
    async () => (finishedId ? ((await getSession(getDb(), finishedId)) ?? null) : null),
    [finishedId],
  );
  const index = session?.currentIndex ?? -1;

  const afterStep = useCallback((saved: Session | undefined) => {
    if (saved?.status === 'finished') setFinishedId(saved.id);
  }, []);

  const onPrompt = useCallback(
    (step: (s: Session, now: number) => Session) =>
      update((s, now) =>
        s.currentIndex === index && s.status === 'active' ? step(s, now) : s,
      ).then(afterStep),
    [update, index, afterStep],
  );

  /** Starts a round; false (with the reason in `error`) when it could not, e.g. one is running. */
  const start = useCallback(async (req: StartRoundRequest): Promise<boolean> => {
    try {
      setError(null);
      // Prompt selection and the topic texts load on Start, off the panel's start-up path.
      const { drawRound } = await import('../../lib/practice/draw-round');
      const marks = await readSetting(getDb(), promptMarksSetting);
      const round = drawRound(req, marks, {
        id: crypto.randomUUID(),
        seed: Math.floor(Math.random() * 2 ** 31),
        now: Date.now(),
      });
      if (!(await saveNewRound(getDb(), round))) throw new Error(ROUND_ALREADY_RUNNING);
      setFinishedId(null);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  }, []);

  return {
    update,
    error,
    finished,
    clearFinished: useCallback(() => setFinishedId(null), []),
    start,
    toggle: useCallback(() => void update(togglePause), [update]),
    next: useCallback(() => void onPrompt(nextPrompt), [onPrompt]),
    skip: useCallback(() => void onPrompt(skipPrompt), [onPrompt]),
    finish: useCallback(() => void update(finishSession).then(afterStep), [update, afterStep]),
    probe: useCallback(() => void onPrompt((s) => revealProbe(s)), [onPrompt]),
    ticks: useCallback(
      (i: number, t: Partial<AnswerTicks>) => update((s) => setTicks(s, i, t)),
      [update],
    ),
    score: useCallback((i: number, v: number | null) => update((s) => setScore(s, i, v)), [update]),
    notes: useCallback(
      async (i: number, text: string, at: number) => {
        const saved = await update((s) => setNotes(s, i, text, at));
        if (saved) await noteEdit(getDb(), `notes:${saved.id}:${i}`);
      },
      [update],
    ),
    useStory: useCallback(
      (i: number, storyId: string) => {
        void update((s) => linkStory(s, i, storyId));
        void markStoryPractised(getDb(), storyId, Date.now());
      },
      [update],
    ),
    unuseStory: useCallback(
      (i: number, storyId: string) => void update((s) => unlinkStory(s, i, storyId)),
      [update],
    ),
  };
}
