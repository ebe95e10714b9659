import { withEndedPause } from './round-pauses';
import type { Session } from './session-schema';

interface SessionProblem {
  /** Where in the round, e.g. `['answers', 2, 'status']`. */
  path: (string | number)[];
  message: string;
}

/** Dates beyond this many ms from 1970 are "Invalid Date" in JavaScript. */
const MAX_DATE_MS = 8.64e15;

/**
 * What a round must satisfy for the live coach to show it: a current prompt that exists, finished
 * rounds with a finish time and no prompt still running, an active round showing exactly the
 * prompt it points at. Pure and zod-free, so the panel can check every stored round it loads and
 * the backup import can hold files to the same rules.
 */
export function sessionProblems(s: Session): SessionProblem[] {
  const problems: SessionProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const n = s.answers.length;
  const inRange = Number.isInteger(s.currentIndex) && s.currentIndex >= 0 && s.currentIndex < n;
  if (n === 0) add(['answers'], 'a round needs at least one prompt, and this one has none');
  else if (!inRange) {
    add(
      ['currentIndex'],
      `points at prompt ${s.currentIndex + 1}, but the round has ${n} prompt${n === 1 ? '' : 's'}`,
    );
  }
  const current = s.answers.flatMap((a, i) => (a.status === 'current' ? [i] : []));
  // With the pointer outside the round, which prompt should be current is not known: one message.
  if (s.status === 'active' && inRange) {
    const here = s.answers[s.currentIndex];
    if (here && here.status !== 'current') {
      add(
        ['answers', s.currentIndex, 'status'],
        `is "${here.status}", but an active round's current prompt is "current"`,
      );
    }
    for (const i of current) {
      if (i !== s.currentIndex) {
        add(
          ['answers', i, 'status'],
          `is "current", but the round is on prompt ${s.currentIndex + 1}`,
        );
      }
    }
  } else if (s.status !== 'active') {
    for (const i of current) {
      add(['answers', i, 'status'], `is "current" in a round that is ${s.status}`);
    }
  }
  if (s.status === 'finished' && s.finishedAt === null) {
    add(['finishedAt'], 'is missing: a finished round needs the time it finished');
  }
  if (s.status !== 'finished' && s.finishedAt !== null) {
    add(['finishedAt'], `is set, but the round is still ${s.status}`);
  }
  (s.pauses ?? []).forEach(([from, to], i) => {
    if (to < from) add(['pauses', i], 'ends before it starts');
  });
  for (const [path, t] of sessionTimes(s)) {
    if (t !== null && !(Math.abs(t) < MAX_DATE_MS)) add(path, 'is not a date that can be shown');
  }
  return problems;
}

/** Every time stored in a round, with its place, for the checks that bound them. */
export function sessionTimes(
  s: Session,
): [(string | number)[], number | null, 'record' | 'clock'][] {
  const out: [(string | number)[], number | null, 'record' | 'clock'][] = [
    [['createdAt'], s.createdAt, 'record'],
    [['finishedAt'], s.finishedAt, 'record'],
    [['clock', 'startedAt'], s.clock.startedAt, 'clock'],
    [['clock', 'pausedAt'], s.clock.pausedAt, 'clock'],
  ];
  s.answers.forEach((a, i) => {
    out.push([['answers', i, 'clock', 'startedAt'], a.clock.startedAt, 'clock']);
    out.push([['answers', i, 'clock', 'pausedAt'], a.clock.pausedAt, 'clock']);
    out.push([['answers', i, 'notesUpdatedAt'], a.notesUpdatedAt, 'clock']);
  });
  (s.pauses ?? []).forEach(([from, to], i) => {
    out.push([['pauses', i, 0], from, 'clock']);
    out.push([['pauses', i, 1], to, 'clock']);
  });
  return out;
}

/** True when the live coach can show this round as it is; a row of any other shape is not. */
export function canShowSession(s: Session): boolean {
  try {
    return sessionProblems(s).length === 0;
  } catch {
    return false;
  }
}

/**
 * Ends a round the coach cannot show, keeping everything it holds: prompts still marked current
 * are closed as answered, the pointer is brought back inside the round, and it is stamped finished
 * now, so it moves to the history like any finished round.
 */
export function recoverSession(s: Session, now: number): Session {
  const answers = s.answers.map((a) => {
    if (a.status !== 'current') return a;
    const startedAt = a.clock.startedAt;
    const durationMs =
      startedAt !== null && startedAt <= now
        ? Math.max(0, (a.clock.pausedAt ?? now) - startedAt - a.clock.pausedMs)
        : null;
    return { ...a, status: 'answered' as const, durationMs };
  });
  const last = Math.max(answers.length - 1, 0);
  const index = Number.isInteger(s.currentIndex) ? s.currentIndex : 0;
  // A pause it was in ends with it, so what was said meanwhile stays out of its answers.
  const open = s.status === 'active' ? s.clock.pausedAt : null;
  const pauses = open !== null && open <= now ? withEndedPause(s.pauses, open, now) : s.pauses;
  return {
    ...s,
    ...(pauses && { pauses }),
    answers,
    currentIndex: Math.min(Math.max(index, 0), last),
    status: 'finished',
    finishedAt: now,
    clock: { ...s.clock, pausedAt: s.clock.pausedAt ?? (s.clock.startedAt === null ? null : now) },
  };
}
