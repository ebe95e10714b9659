import {
  elapsedMs,
  idleClock,
  isPaused,
  pauseClock,
  resumeClock,
  startClock,
  type RoundClock,
} from './round-clock';
import { closingStatus } from './skip-rule';
import type { AnswerSignals } from '../signals/signals-schema';
import type { Answer, AnswerTicks, Session, StoredPrompt } from './session-schema';
import { NOTES_MAX } from './answer-limits';
import { withEndedPause } from './round-pauses';

export const DEFAULT_TARGET_MS = 2 * 60_000;
export const DEFAULT_MAX_MS = 3 * 60_000;

interface NewSessionInput {
  id: string;
  frameworkId: string;
  frameworkName: string;
  presetId: string;
  presetName: string;
  minutes: number;
  seed: number;
  prompts: StoredPrompt[];
  now: number;
  targetMs?: number;
  maxMs?: number;
}

export function createSession(input: NewSessionInput): Session {
  return {
    id: input.id,
    frameworkId: input.frameworkId,
    frameworkName: input.frameworkName,
    presetId: input.presetId,
    presetName: input.presetName,
    minutes: input.minutes,
    targetMs: input.targetMs ?? DEFAULT_TARGET_MS,
    maxMs: input.maxMs ?? DEFAULT_MAX_MS,
    seed: input.seed,
    createdAt: input.now,
    finishedAt: null,
    status: 'ready',
    clock: idleClock,
    currentIndex: 0,
    answers: input.prompts.map((prompt) => ({
      prompt,
      clock: idleClock,
      durationMs: null,
      status: 'pending',
      probesShown: [],
      ticks: { namedValue: false, measurableOutcome: false, differently: false },
      score: null,
      notes: '',
      notesUpdatedAt: 0,
      storyIds: [],
      signals: null,
    })),
  };
}

function mapAnswer(session: Session, index: number, fn: (a: Answer) => Answer): Session {
  return { ...session, answers: session.answers.map((a, i) => (i === index ? fn(a) : a)) };
}

function currentAnswer(session: Session): Answer | undefined {
  return session.answers[session.currentIndex];
}

export function startSession(session: Session, now: number): Session {
  if (session.status !== 'ready') return session;
  const started: Session = { ...session, status: 'active', clock: startClock(now) };
  return mapAnswer(started, session.currentIndex, (a) => ({
    ...a,
    status: 'current',
    clock: startClock(now),
  }));
}

/** Pausing the round pauses the answer clock too; both resume together. */
export function togglePause(session: Session, now: number): Session {
  if (session.status === 'ready') return startSession(session, now);
  if (session.status !== 'active') return session;
  const pausing = !isPaused(session.clock);
  const step = (c: RoundClock) => (pausing ? pauseClock(c, now) : resumeClock(c, now));
  const pauses = endPause(session, now);
  return mapAnswer(
    { ...session, clock: step(session.clock), ...(pauses && { pauses }) },
    session.currentIndex,
    (a) => (a.status === 'current' ? { ...a, clock: step(a.clock) } : a),
  );
}

/** The round's pauses with the one it is in ended now; undefined when it is not paused. */
function endPause(session: Session, now: number): Session['pauses'] {
  const at = session.clock.pausedAt;
  return at === null ? undefined : withEndedPause(session.pauses, at, now);
}

function closeCurrent(session: Session, now: number, status: 'answered' | 'skipped'): Session {
  return mapAnswer(session, session.currentIndex, (a) => {
    if (a.status !== 'current') return a;
    const durationMs = elapsedMs(a.clock, now);
    const closed = status === 'answered' ? closingStatus(a, durationMs) : status;
    return { ...a, status: closed, durationMs, clock: pauseClock(a.clock, now) };
  });
}

function advance(session: Session, now: number, status: 'answered' | 'skipped'): Session {
  if (session.status !== 'active') return session;
  const closed = closeCurrent(session, now, status);
  const nextIndex = session.currentIndex + 1;
  if (nextIndex >= session.answers.length) return finishSession(closed, now);
  const paused = isPaused(session.clock);
  const nextClock = paused ? pauseClock(startClock(now), now) : startClock(now);
  return mapAnswer({ ...closed, currentIndex: nextIndex }, nextIndex, (a) => ({
    ...a,
    status: 'current',
    clock: nextClock,
  }));
}

export function nextPrompt(session: Session, now: number): Session {
  return advance(session, now, 'answered');
}

export function skipPrompt(session: Session, now: number): Session {
  return advance(session, now, 'skipped');
}

export function finishSession(session: Session, now: number): Session {
  if (session.status === 'finished') return session;
  const closed = closeCurrent(session, now, 'answered');
  // Finished while paused: the pause ends with the round, so what was said in it stays out.
  const pauses = session.status === 'active' ? endPause(session, now) : undefined;
  return {
    ...closed,
    ...(pauses && { pauses }),
    status: 'finished',
    finishedAt: now,
    clock: pauseClock(closed.clock, now),
  };
}

/** Reveals the next probe for the current prompt; returns the session unchanged when none remain. */
export function revealProbe(session: Session): Session {
  if (session.status !== 'active') return session;
  const answer = currentAnswer(session);
  if (!answer) return session;
  const next = answer.prompt.probeIds.find((id) => !answer.probesShown.includes(id));
  if (!next) return session;
  return mapAnswer(session, session.currentIndex, (a) => ({
    ...a,
    probesShown: [...a.probesShown, next],
  }));
}

export function setTicks(session: Session, index: number, ticks: Partial<AnswerTicks>): Session {
  return mapAnswer(session, index, (a) => ({ ...a, ticks: { ...a.ticks, ...ticks } }));
}

export function setScore(session: Session, index: number, score: number | null): Session {
  if (score !== null && (!Number.isInteger(score) || score < 1 || score > 4)) return session;
  return mapAnswer(session, index, (a) => ({ ...a, score }));
}

export function setNotes(session: Session, index: number, notes: string, now: number): Session {
  return mapAnswer(session, index, (a) => ({
    ...a,
    notes: notes.slice(0, NOTES_MAX),
    notesUpdatedAt: now,
  }));
}

interface SessionTotals {
  answered: number;
  skipped: number;
  talkMs: number;
  averageScore: number | null;
  valuesCovered: string[];
}

export function sessionTotals(session: Session): SessionTotals {
  const done = session.answers.filter((a) => a.status === 'answered');
  const scores = done.map((a) => a.score).filter((s): s is number => s !== null);
  return {
    answered: done.length,
    skipped: session.answers.filter((a) => a.status === 'skipped').length,
    talkMs: done.reduce((sum, a) => sum + (a.durationMs ?? 0), 0),
    averageScore: scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : null,
    valuesCovered: [
      ...new Set(done.filter((a) => a.prompt.valueId !== null).map((a) => a.prompt.label)),
    ],
  };
}

/** Links a story to the answer it was chosen for; choosing it again changes nothing. */
export function linkStory(session: Session, index: number, storyId: string): Session {
  const answer = session.answers[index];
  if (!answer || answer.storyIds.includes(storyId)) return session;
  return mapAnswer(session, index, (a) => ({ ...a, storyIds: [...a.storyIds, storyId] }));
}

export function unlinkStory(session: Session, index: number, storyId: string): Session {
  return mapAnswer(session, index, (a) => ({
    ...a,
    storyIds: a.storyIds.filter((id) => id !== storyId),
  }));
}

/**
 * Other prompts of this round (by label) that the story already answered. Reusing one story for two
 * values reads as a thin bank to an interviewer, so the panel warns.
 */
export function otherUses(session: Session, index: number, storyId: string): string[] {
  const label = session.answers[index]?.prompt.label;
  return [
    ...new Set(
      session.answers
        .filter((a, i) => i !== index && a.storyIds.includes(storyId) && a.prompt.label !== label)
        .map((a) => a.prompt.label),
    ),
  ];
}

export function setSignals(session: Session, index: number, signals: AnswerSignals): Session {
  if (!session.answers[index]) return session;
  return mapAnswer(session, index, (a) => ({ ...a, signals }));
}
