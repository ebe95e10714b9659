import { useSingleKeys } from './use-single-keys';

export type InterviewerKey =
  | 'toggle'
  | 'next'
  | 'probe'
  | 'notes'
  | 'vote'
  | 'mark-named'
  | 'mark-result'
  | 'mark-reflection'
  | 'mark-hedged';

const keyMap: Record<string, InterviewerKey> = {
  ' ': 'toggle',
  n: 'next',
  p: 'probe',
  e: 'notes',
  v: 'vote',
  '1': 'mark-named',
  '2': 'mark-result',
  '3': 'mark-reflection',
  '4': 'mark-hedged',
};

/** The interviewer's single keys; like the candidate's, they never fire while typing. */
export function useInterviewerKeys(handler: (key: InterviewerKey) => void): void {
  useSingleKeys(keyMap, handler);
}
