import { useEffect, useRef } from 'react';
import { isTyping } from './use-panel-keys';

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
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  }, [handler]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape' && isTyping(e.target)) {
        (e.target as HTMLElement).blur();
        return;
      }
      if (isTyping(e.target)) return;
      const key = keyMap[e.key];
      if (!key) return;
      if (
        key === 'toggle' &&
        e.target instanceof Element &&
        e.target.closest('button, input, select, a, summary')
      )
        return;
      e.preventDefault();
      ref.current(key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
