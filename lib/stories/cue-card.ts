import { clampLine, firstSentence } from './short-line';
import type { Story } from './story-schema';

type CueBeatLabel = 'Situation' | 'Task' | 'Action' | 'Result';
export type CueCard = {
  title: string;
  valueLine: string;
  /** Only beats the story has: an empty beat would only take room on a glance card. */
  beats: { label: CueBeatLabel; line: string; full: string }[];
  /** The whole outcome and reflection, for reading the card rather than glancing at it. */
  outcomeFull: string;
  reflectionFull: string;
  outcome: string;
  reflection: string;
};

/** About what fits on one line of the side panel at its narrowest. */
export const CUE_LINE_MAX = 110;

const BEATS: [CueBeatLabel, 'situation' | 'task' | 'action' | 'result'][] = [
  ['Situation', 'situation'],
  ['Task', 'task'],
  ['Action', 'action'],
  ['Result', 'result'],
];

function cueLine(text: string): string {
  return clampLine(firstSentence(text), CUE_LINE_MAX);
}

/** A story reduced to what can be read at a glance mid-answer: one line per part. */
export function cueCard(story: Story): CueCard {
  return {
    title: story.title.trim(),
    valueLine: cueLine(story.valueLine),
    beats: BEATS.map(([label, field]) => ({
      label,
      line: cueLine(story[field]),
      full: story[field].trim(),
    })).filter((b) => b.line !== ''),
    outcome: cueLine(story.outcome),
    reflection: cueLine(story.reflection),
    outcomeFull: story.outcome.trim(),
    reflectionFull: story.reflection.trim(),
  };
}
