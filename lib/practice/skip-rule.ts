import type { Answer } from './session-schema';

/**
 * Moving on from a prompt this quickly, having recorded nothing, is clicking past it rather than
 * answering it. Counting such prompts as answered would inflate every figure built on answers.
 */
export const QUICK_SKIP_MS = 5_000;

function recordedSomething(answer: Answer): boolean {
  const { ticks } = answer;
  return (
    ticks.namedValue ||
    ticks.measurableOutcome ||
    ticks.differently ||
    answer.score !== null ||
    answer.notes.trim() !== '' ||
    answer.storyIds.length > 0 ||
    (answer.signals?.words ?? 0) > 0
  );
}

/** How an answer closed by Next, Done or Finish should be recorded. */
export function closingStatus(answer: Answer, elapsedMs: number): 'answered' | 'skipped' {
  return elapsedMs < QUICK_SKIP_MS && !recordedSomething(answer) ? 'skipped' : 'answered';
}
