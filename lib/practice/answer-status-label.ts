import type { Answer } from './session-schema';

/** An answer's state in words: a prompt the round never reached is "not reached", not "pending". */
export const answerStatusLabels: Record<Answer['status'], string> = {
  pending: 'not reached',
  current: 'in progress',
  answered: 'answered',
  skipped: 'skipped',
};
