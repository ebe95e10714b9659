import { namesAValue } from './value-line-checks';

/**
 * A nudge when the story's value line is about another value than the prompt asks for: told as
 * written, the answer would name the wrong value to the interviewer.
 */
export function valueLineNudge(valueLine: string, promptValue: string | null): string | null {
  if (!promptValue || !valueLine.trim()) return null;
  if (namesAValue(valueLine, [promptValue])) return null;
  return `Its value line names another value: link it to ${promptValue} out loud when you tell it.`;
}
