import type { TimeKind } from '../validation/time-bounds';
import type { InterviewRun } from './loop-schema';
import { countOf } from '../format/count-of';

interface RunProblem {
  /** Where in the interview, e.g. `['answers', 2, 'valueId']`. */
  path: (string | number)[];
  message: string;
}

/**
 * What an interviewer's run must satisfy for their view to show it: questions to ask, one answer
 * per question in the plan's order, and a current question that exists. Pure and zod-free, so the
 * view and the backup import hold runs to the same rules.
 */
export function runProblems(run: InterviewRun): RunProblem[] {
  const problems: RunProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const n = run.plan.values.length;
  if (n === 0) {
    add(['plan', 'values'], 'an interview needs at least one question, and this one has none');
    return problems;
  }
  if (!Number.isInteger(run.currentIndex) || run.currentIndex < 0 || run.currentIndex >= n) {
    add(
      ['currentIndex'],
      `points at question ${run.currentIndex + 1}, but the interview has ${countOf(n, 'question')}`,
    );
  }
  if (run.answers.length !== n) {
    add(['answers'], `holds ${run.answers.length} answers for ${n} questions`);
  }
  run.answers.forEach((a, i) => {
    const asked = run.plan.values[i]?.id;
    if (asked !== undefined && a.valueId !== asked) {
      add(
        ['answers', i, 'valueId'],
        `is "${a.valueId}", but question ${i + 1} asks about "${asked}"`,
      );
    }
  });
  return problems;
}

/** Every time an interview run stores, with where it is and what kind of time it is. */
export function runTimes(run: InterviewRun): [(string | number)[], number | null, TimeKind][] {
  return [
    [['createdAt'], run.createdAt, 'record'],
    [['clock', 'startedAt'], run.clock.startedAt, 'clock'],
    [['clock', 'pausedAt'], run.clock.pausedAt, 'clock'],
    [['draft', 'rationaleUpdatedAt'], run.draft.rationaleUpdatedAt, 'clock'],
    ...run.answers.flatMap((a, i): [(string | number)[], number | null, TimeKind][] => [
      [['answers', i, 'clock', 'startedAt'], a.clock.startedAt, 'clock'],
      [['answers', i, 'clock', 'pausedAt'], a.clock.pausedAt, 'clock'],
      [['answers', i, 'notesUpdatedAt'], a.notesUpdatedAt, 'clock'],
    ]),
    ...run.draft.values.map((v, i): [(string | number)[], number | null, TimeKind] => [
      ['draft', 'values', i, 'evidenceUpdatedAt'],
      v.evidenceUpdatedAt,
      'clock',
    ]),
  ];
}
