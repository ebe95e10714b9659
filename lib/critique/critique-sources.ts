import type { TranscriptLine } from '../live/transcript-schema';
import type { Story } from '../stories/story-schema';

const STORY_SECTIONS: [keyof Story, string][] = [
  ['title', 'Title'],
  ['valueLine', 'Value line'],
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
  ['outcome', 'Measurable outcome'],
  ['reflection', 'What I would do differently'],
];

/** The story as the model reads it: labelled sections, empty ones said to be empty. */
export function storySource(story: Story): string {
  return STORY_SECTIONS.map(([field, label]) => {
    const text = String(story[field] ?? '').trim();
    return `[${label}] ${text || '(empty)'}`;
  }).join('\n');
}

/** The candidate's own words in the story, which quotes are checked against. */
export function storyWords(story: Story): string[] {
  return STORY_SECTIONS.map(([field]) => String(story[field] ?? '')).filter((t) => t.trim());
}

/** True when a story has enough written for a critique to mean anything. */
export function storyHasSubstance(story: Story): boolean {
  return storyWords(story).join(' ').split(/\s+/).filter(Boolean).length >= 20;
}

/** The candidate's own lines from one answer's kept transcript. */
export function answerWords(lines: readonly TranscriptLine[]): string[] {
  return lines.filter((l) => l.isSelf && l.text.trim()).map((l) => l.text.trim());
}

/** A short fingerprint of the text a critique read, to tell when it has changed since. */
export function sourceDigest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
