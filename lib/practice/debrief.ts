import { formatDuration } from './round-clock';
import type { Answer, Session } from './session-schema';

/** Answers shorter than this rarely carry a situation, an action and a result. */
const SHORT_ANSWER_MS = 45_000;
/** Hedges per answer before they read as doubt rather than care. */
const HEDGE_LIMIT = 3;
/** "I" and "we" words needed before their balance says anything. */
const MIN_PRONOUNS = 4;

const scoreWords = ['', 'Weak', 'Thin', 'Solid', 'Strong'];

interface AnswerDebrief {
  index: number;
  label: string;
  status: Answer['status'];
  durationMs: number | null;
  score: number | null;
  wentWell: string[];
  tighten: Tip[];
  storyIds: string[];
}

interface RoundDebrief {
  answers: AnswerDebrief[];
  answered: number;
  skipped: number;
  /** The most common thing to tighten across answered prompts, if any repeats. */
  focus: string | null;
}

type TipRule =
  | 'skipped'
  | 'name'
  | 'number'
  | 'differently'
  | 'long'
  | 'short'
  | 'hedge'
  | 'we'
  | 'score'
  | 'story';

interface Tip {
  rule: TipRule;
  text: string;
}

interface Bands {
  targetMs: number;
  maxMs: number;
}

/**
 * What went well and what to tighten in one answer, from what the candidate ticked and scored, what
 * the captions heard, how long it ran and which stories were used. Ticks and signals back each
 * other up: either one counts as having done the thing.
 */
export function debriefAnswer(
  answer: Answer,
  bands: Bands,
): Pick<AnswerDebrief, 'wentWell' | 'tighten'> {
  if (answer.status === 'skipped') {
    return {
      wentWell: [],
      tighten: [{ rule: 'skipped', text: 'Skipped: come back to this prompt in a later round.' }],
    };
  }
  if (answer.status !== 'answered') return { wentWell: [], tighten: [] };
  const wentWell: string[] = [];
  const tighten: Tip[] = [];
  const s = answer.signals;
  const isValue = answer.prompt.valueId !== null;

  if (isValue) {
    if (answer.ticks.namedValue || s?.firstValueNamed) {
      const at = s?.firstValueNamed ? ` (at ${formatDuration(s.firstValueNamed.atMs)})` : '';
      wentWell.push(`Named the value${at}.`);
    } else
      tighten.push({
        rule: 'name',
        text: `Name ${answer.prompt.label} out loud, early in the answer.`,
      });
  }

  const numbers = s?.resultNumbers ?? [];
  if (answer.ticks.measurableOutcome || numbers.length > 0) {
    wentWell.push(
      numbers.length
        ? `Gave a measurable result: ${numbers.join(', ')}.`
        : 'Gave a measurable result.',
    );
  } else
    tighten.push({ rule: 'number', text: 'Close with a number: what changed, and by how much.' });

  if (answer.ticks.differently || s?.reflected) wentWell.push("Said what you'd do differently.");
  else tighten.push({ rule: 'differently', text: "Add one line on what you'd do differently." });

  const ms = answer.durationMs;
  if (ms !== null) {
    if (ms > bands.maxMs) {
      tighten.push({
        rule: 'long',
        text: `Ran ${formatDuration(ms)}, past the ${formatDuration(bands.maxMs)} limit: cut the set-up short.`,
      });
    } else if (ms > bands.targetMs) {
      tighten.push({
        rule: 'long',
        text: `Ran ${formatDuration(ms)}, over the ${formatDuration(bands.targetMs)} target.`,
      });
    } else if (ms < SHORT_ANSWER_MS) {
      tighten.push({
        rule: 'short',
        text: `Only ${formatDuration(ms)}: give the situation, your action and the result.`,
      });
    } else wentWell.push(`Kept to time (${formatDuration(ms)}).`);
  }

  if (s && s.hedgeCount >= HEDGE_LIMIT) {
    tighten.push({
      rule: 'hedge',
      text: `Hedged ${s.hedgeCount} times: say what you did, plainly.`,
    });
  }
  if (s && s.iCount + s.weCount >= MIN_PRONOUNS && s.iWeRatio !== null) {
    if (s.iWeRatio < 0.5)
      tighten.push({ rule: 'we', text: 'Said "we" more than "I": make your own part clear.' });
    else wentWell.push('Clear about your own part ("I" over "we").');
  }

  if (answer.score !== null) {
    if (answer.score >= 3) wentWell.push(`You scored it ${scoreWords[answer.score]}.`);
    else
      tighten.push({
        rule: 'score',
        text: `You scored it ${scoreWords[answer.score]}: practise this one again.`,
      });
  }

  if (answer.storyIds.length > 0) {
    wentWell.push(
      answer.storyIds.length > 1 ? 'Used stories from your bank.' : 'Used a story from your bank.',
    );
  } else if (isValue)
    tighten.push({
      rule: 'story',
      text: 'No story from your bank was used: find or write one for this value.',
    });

  return { wentWell, tighten };
}

/** The debrief shown when a round ends: one entry per prompt that was reached. */
export function debriefRound(session: Session): RoundDebrief {
  const bands = { targetMs: session.targetMs, maxMs: session.maxMs };
  const answers = session.answers
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.status === 'answered' || a.status === 'skipped')
    .map(({ a, index }) => ({
      index,
      label: a.prompt.label,
      status: a.status,
      durationMs: a.durationMs,
      score: a.score,
      storyIds: a.storyIds,
      ...debriefAnswer(a, bands),
    }));
  const counts = new Map<TipRule, number>();
  for (const d of answers) {
    if (d.status !== 'answered') continue;
    // Counted by rule, not wording: value names and times differ per answer.
    for (const t of d.tighten) counts.set(t.rule, (counts.get(t.rule) ?? 0) + 1);
  }
  const top = [...counts].sort((x, y) => y[1] - x[1])[0];
  return {
    answers,
    answered: answers.filter((d) => d.status === 'answered').length,
    skipped: answers.filter((d) => d.status === 'skipped').length,
    focus: top && top[1] > 1 ? focusText[top[0]] : null,
  };
}

const focusText: Record<TipRule, string> = {
  skipped: 'Across this round: several prompts skipped; come back to them.',
  name: 'Across this round: name the value early.',
  number: 'Across this round: close each answer with a number.',
  differently: "Across this round: end with what you'd do differently.",
  long: 'Across this round: answers ran long; trim the set-up.',
  short: 'Across this round: answers were short; give each one its full arc.',
  hedge: 'Across this round: fewer hedges.',
  we: 'Across this round: say "I" for your own part.',
  score: 'Across this round: several answers you scored low; re-run those values.',
  story: 'Across this round: answers without a bank story; write the missing ones.',
};
