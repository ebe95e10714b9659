import { addDays, daysBetween, formatDay, type IsoDay } from './day-math';
import type { PlanLength, PlanTrack } from './plan-schema';
import { planTemplates, type TaskLink } from './plan-templates';
import type { TaskCheck } from './task-check';

interface BankState {
  totalStories: number;
  strongStories: number;
}

export interface PlanTask {
  id: string;
  day: IsoDay;
  title: string;
  detail: string;
  check: TaskCheck;
  link?: TaskLink;
}

type PlanFit = 'fits' | 'compressed' | 'past' | 'today';

export interface Plan {
  length: PlanLength;
  recommended: PlanLength;
  fit: PlanFit;
  /** Days from today to the interview (negative once it has passed). */
  daysLeft: number;
  startDate: IsoDay;
  interviewDate: IsoDay;
  tasks: PlanTask[];
  /** Plain-language reasons for the choice, shown under the plan. */
  notes: string[];
}

export interface PlanInput {
  today: IsoDay;
  /** The day the plan began; days before it are never scheduled. */
  startDate: IsoDay;
  interviewDate: IsoDay;
  bank: BankState;
  track: PlanTrack;
  chosenLength: PlanLength | null;
}

/** A bank that can carry the two-week plan: the seed assumes 8–10 strong, mapped stories. */
const STRONG_BANK = 8;
/** Below this many strong stories the candidate is starting from a low baseline. */
const LOW_BASELINE = 4;

function recommendLength(daysAvailable: number, bank: BankState): PlanLength {
  if (daysAvailable >= 56 && bank.strongStories < LOW_BASELINE) return 8;
  if (daysAvailable >= 28) return 4;
  return 2;
}

/**
 * The day-by-day plan between the start and the interview. Each template's nominal days are
 * spread over the days actually available, so a four-week plan with 30 days left keeps its order
 * and a two-week plan squeezed into 9 days says so.
 */
export function generatePlan(input: PlanInput): Plan {
  const daysLeft = daysBetween(input.today, input.interviewDate);
  const start = daysBetween(input.startDate, input.today) > 0 ? input.startDate : input.today;
  const available = daysBetween(start, input.interviewDate);
  const recommended = recommendLength(Math.max(available, 0), input.bank);
  const length = input.chosenLength ?? recommended;
  const base = {
    length,
    recommended,
    daysLeft,
    startDate: start,
    interviewDate: input.interviewDate,
  };
  if (daysLeft < 0)
    return {
      ...base,
      fit: 'past',
      tasks: [],
      notes: [
        'The interview date has passed. Set the next date (a later round, or another company) and a new plan starts from today; your stories, rounds and hours stay.',
      ],
    };
  if (daysLeft === 0)
    return {
      ...base,
      fit: 'today',
      tasks: [],
      notes: ['The interview is today. Skim your cue cards, say your career arc once, and rest.'],
    };
  const nominal = length * 7;
  const compressed = available < nominal;
  const notes: string[] = [];
  if (compressed)
    notes.push(
      `Compressed: the ${length}-week plan needs ${nominal} days and there ${available === 1 ? 'is 1' : `are ${available}`}. Every step is kept, several share a day — do the story work first.`,
    );
  if (length === 2 && input.bank.strongStories < STRONG_BANK)
    notes.push(
      `The two-week plan assumes a ready story bank (8–10 strong stories); you have ${input.bank.strongStories}. Spend the first days on stories.`,
    );
  if (input.chosenLength !== null && input.chosenLength !== recommended)
    notes.push(
      `You chose the ${length}-week plan; for your dates and stories Loopside suggests ${recommended} weeks.`,
    );
  if (length < 4 && available >= 28)
    notes.push('Four weeks is the shortest plan most successful candidates describe as enough.');
  // A week or more beyond what the plan needs: it runs its own length up to the interview, rather
  // than being stretched thin (an 8-week plan over four months put its mock rounds weeks apart).
  // Less than that, the days are spread a little wider and the plan starts today.
  const lead = available - nominal >= 7 ? available - nominal : 0;
  if (lead > 0)
    notes.push(
      `Your ${length}-week plan starts on ${formatDay(addDays(start, lead))}, ${length} weeks before the interview. Until then, write and rehearse stories at your own pace.`,
    );
  const tasks = planTemplates(length, input.track).map((t): PlanTask => {
    const offset =
      lead > 0
        ? Math.min(lead + t.day, available - 1)
        : Math.min(Math.floor((t.day * available) / nominal), available - 1);
    return {
      id: `${length}w-${t.slug}`,
      day: addDays(start, offset),
      title: t.title,
      detail: t.detail,
      check: t.check,
      ...(t.link ? { link: t.link } : {}),
    };
  });
  tasks.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { ...base, fit: compressed ? 'compressed' : 'fits', tasks, notes };
}

export interface TaskState {
  task: PlanTask;
  done: boolean;
  /** True when the product saw it done (rather than a hand tick). */
  seen: boolean;
  /** The day it was planned for, when it was missed and moved to today. */
  carriedFrom: IsoDay | null;
}

export interface PlanDay {
  day: IsoDay;
  tasks: TaskState[];
}

/**
 * Groups tasks by day from today on. Unfinished tasks from past days move to today (with the day
 * they were meant for), so a missed day never leaves a trail of red; finished ones stay where they were.
 */
export function arrangePlan(
  plan: Plan,
  today: IsoDay,
  state: (task: PlanTask) => { done: boolean; seen: boolean },
): { done: TaskState[]; days: PlanDay[] } {
  const byDay = new Map<IsoDay, TaskState[]>();
  const doneEarlier: TaskState[] = [];
  for (const task of plan.tasks) {
    const s = state(task);
    const past = task.day < today;
    if (past && s.done) {
      doneEarlier.push({ task, ...s, carriedFrom: null });
      continue;
    }
    const day = past ? today : task.day;
    const list = byDay.get(day) ?? [];
    list.push({ task, ...s, carriedFrom: past ? task.day : null });
    byDay.set(day, list);
  }
  const days = [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, tasks]) => ({ day, tasks }));
  return { done: doneEarlier, days };
}
