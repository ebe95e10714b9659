import { valueNameKey } from '../coverage/same-value-name';
import { hasAnyDigit, hasMeasurableNumber } from './has-measurable-number';
import { isVagueResult } from './is-vague-result';
import type { Story } from './story-schema';
import { givesReason, namesAValue } from './value-line-checks';

export type StoryGapCode =
  | 'no-title'
  | 'no-value'
  | 'no-value-line'
  | 'value-line-unnamed'
  | 'value-line-no-reason'
  | 'missing-star'
  | 'vague-result'
  | 'no-outcome'
  | 'no-number-in-outcome'
  | 'no-reflection';

export type StoryGap = {
  code: StoryGapCode;
  /** The story field to fix, so the editor can focus it. */
  field: keyof Story;
  message: string;
};

const STAR_BEATS = [
  ['situation', 'Add the situation: where you were and what was at stake.'],
  ['task', 'Add the task: the part that was yours to solve.'],
  ['action', 'Add the action: what you did yourself, step by step.'],
  ['result', 'Add the result: what changed because of what you did.'],
] as const;

/** Answers that fill the box without saying anything ("n/a", "nothing", "I wouldn't change a thing"). */
const EMPTY_REFLECTION =
  /^\s*(?:n\/?a|none|nothing(?: really)?|no|nope|tbd|todo|-+|\.+|\?+|i (?:would not|wouldn['’]?t) change (?:anything|a thing))\s*[.!]*\s*$/i;

function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * What a story still needs before it holds up to follow-up questions, in the order of the form.
 * The value line must name a value (one the story is tagged with, or any in `frameworkValueNames`,
 * which may include synonyms) and give a reason; it is only checked for a name when some name is
 * known. All checks are heuristics tuned for English; other scripts are judged on structure and
 * digits only.
 */
export function storyGaps(story: Story, frameworkValueNames: readonly string[] = []): StoryGap[] {
  const gaps: StoryGap[] = [];
  if (!hasContent(story.title)) {
    gaps.push({
      code: 'no-title',
      field: 'title',
      message: 'Give the story a short title so you can find it in one keystroke.',
    });
  }
  const taggedValues = story.values.filter(hasContent);
  const frameworkKeys = new Set(frameworkValueNames.map(valueNameKey));
  if (taggedValues.length === 0) {
    gaps.push({ code: 'no-value', field: 'values', message: 'Tag the value this story proves.' });
  } else if (
    frameworkKeys.size > 0 &&
    !taggedValues.some((v) => frameworkKeys.has(valueNameKey(v)))
  ) {
    // Strong for another company's values is not strong for these: coverage counts it nowhere.
    gaps.push({
      code: 'no-value',
      field: 'values',
      message: 'Tag a value of the framework you practise for: its tags are all from another one.',
    });
  }
  const knownNames = [...taggedValues, ...frameworkValueNames];
  if (!hasContent(story.valueLine)) {
    gaps.push({
      code: 'no-value-line',
      field: 'valueLine',
      message: 'Add one line: the value you acted on, and why.',
    });
  } else {
    if (knownNames.length > 0 && !namesAValue(story.valueLine, knownNames)) {
      gaps.push({
        code: 'value-line-unnamed',
        field: 'valueLine',
        message: 'Say the value by its name in the value line; interviewers listen for it.',
      });
    }
    if (!givesReason(story.valueLine)) {
      gaps.push({
        code: 'value-line-no-reason',
        field: 'valueLine',
        message: 'Finish the value line with your reason: "… because …".',
      });
    }
  }
  for (const [field, message] of STAR_BEATS) {
    if (!hasContent(story[field])) gaps.push({ code: 'missing-star', field, message });
  }
  if (hasContent(story.result) && isVagueResult(story.result)) {
    gaps.push({
      code: 'vague-result',
      field: 'result',
      message: 'Make the result concrete: what changed, for whom, and by how much.',
    });
  }
  if (!hasContent(story.outcome)) {
    gaps.push({
      code: 'no-outcome',
      field: 'outcome',
      message: 'Add the measurable outcome, with a number in it.',
    });
  } else if (!hasMeasurableNumber(story.outcome)) {
    gaps.push({
      code: 'no-number-in-outcome',
      field: 'outcome',
      message: hasAnyDigit(story.outcome)
        ? 'A date says when, not how much: add a count, a percentage, money or time saved.'
        : 'Put a number in the outcome: a count, a percentage, money or time saved.',
    });
  }
  if (!hasContent(story.reflection) || EMPTY_REFLECTION.test(story.reflection)) {
    gaps.push({
      code: 'no-reflection',
      field: 'reflection',
      message: 'Add what you would do differently now; it is one of the likeliest follow-ups.',
    });
  }
  return gaps;
}

export function isStrong(story: Story, frameworkValueNames: readonly string[] = []): boolean {
  return storyGaps(story, frameworkValueNames).length === 0;
}
