import { localDay } from '../format/local-day';
import { escapeMarkdownLine } from '../stories/escape-markdown';
import { formatDay } from './day-math';
import type { Plan, PlanDay, TaskState } from './generate-plan';
import type { HourEntry, ReadinessRow } from './plan-schema';
import { formatMinutes, HOURS_HIGH, HOURS_LOW, type HoursSummary } from './practice-hours';
import type { ReadinessItem } from './readiness';
import { compSourceLabels, keeperAnswerLabels } from './readiness-labels';
import type { QueueItem } from './rehearsal-queue';
import { metrics, type ValueProgress } from './value-progress';

interface PlanReport {
  plan: Plan | null;
  arranged: { done: TaskState[]; days: PlanDay[] } | null;
  hours: HoursSummary;
  manualHours: readonly HourEntry[];
  readiness: ReadinessRow;
  readinessItems: readonly ReadinessItem[];
  progress: readonly ValueProgress[];
  due: readonly QueueItem[];
  /** Stories not due yet, in the order they come due. */
  upcoming: readonly QueueItem[];
  storyTitle: (id: string) => string;
}

const text = (s: string) =>
  s
    .split('\n')
    .map(escapeMarkdownLine)
    .filter((l) => l.length > 0)
    .join('  \n');

const taskLine = (t: TaskState) =>
  `- [${t.done ? 'x' : ' '}] ${escapeMarkdownLine(t.task.title)}${
    t.carriedFrom ? ` (moved from ${formatDay(t.carriedFrom)})` : ''
  }`;

/** Stories listed as coming up: the next few weeks of a bank, not all of a big one. */
export const UPCOMING_SHOWN = 20;

/** A readable copy of the plan, hours, readiness and progress, for printing or another tool. */
export function planToMarkdown(r: PlanReport): string {
  const out: string[] = ['# Interview prep plan', ''];
  if (r.plan && r.arranged) {
    out.push(
      `Interview: ${formatDay(r.plan.interviewDate)} (${r.plan.interviewDate}) · ${r.plan.length}-week plan · ${
        r.plan.daysLeft >= 0 ? `${r.plan.daysLeft} days left` : 'date passed'
      }`,
      '',
    );
    for (const n of r.plan.notes) out.push(`> ${escapeMarkdownLine(n)}`, '');
    if (r.arranged.done.length) {
      out.push('## Done', '');
      for (const t of r.arranged.done) out.push(taskLine(t));
      out.push('');
    }
    for (const d of r.arranged.days) {
      out.push(`## ${formatDay(d.day)} (${d.day})`, '');
      for (const t of d.tasks) out.push(taskLine(t));
      out.push('');
    }
  } else out.push('No interview date set yet.', '');

  out.push(
    '## Practice hours',
    '',
    // The total as the page shows it ("1 h 15 min"), not as a decimal ("1.3 h").
    `${formatMinutes(r.hours.roundsMinutes + r.hours.rehearsalMinutes + r.hours.manualMinutes)} of the ${HOURS_LOW}–${HOURS_HIGH} h most successful candidates report.`,
    '',
    `- Rounds: ${formatMinutes(r.hours.roundsMinutes)}`,
    `- Story rehearsal: ${formatMinutes(r.hours.rehearsalMinutes)}`,
    `- Logged by hand: ${formatMinutes(r.hours.manualMinutes)}`,
  );
  for (const m of r.manualHours)
    out.push(`  - ${m.day}: ${formatMinutes(m.minutes)} — ${escapeMarkdownLine(m.label)}`);
  out.push('', '## Recruiter-screen readiness', '');
  for (const i of r.readinessItems)
    out.push(`- [${i.done ? 'x' : ' '}] ${i.label}${i.warning ? ` — ${i.warning}` : ''}`);
  const rd = r.readiness;
  out.push('', '### Pay number', '', rd.compNumber.trim() ? text(rd.compNumber) : '_Not set._');
  if (rd.compSources.length)
    out.push('', `Sources: ${rd.compSources.map((s) => compSourceLabels[s]).join(', ')}`);
  if (rd.compSourceNotes.trim()) out.push('', text(rd.compSourceNotes));
  if (rd.compResearchedOn) out.push('', `Researched on ${rd.compResearchedOn}`);
  const block = (title: string, body: string) =>
    out.push('', `### ${title}`, '', body.trim() ? text(body) : '_Not written yet._');
  block('Career arc', rd.careerArc);
  block('What I want', rd.wants);
  block('What I do not want', rd.dontWants);
  out.push(
    '',
    '### The Keeper Test, on myself',
    '',
    `Would my manager fight to keep me? ${rd.keeperAnswer ? keeperAnswerLabels[rd.keeperAnswer] : '_Not answered yet._'}`,
  );
  if (rd.keeperWhy.trim()) out.push('', text(rd.keeperWhy));
  const planned = Object.entries(rd.plannedStories);
  if (planned.length) {
    out.push('', '### Stories planned for the thinnest values', '');
    for (const [value, id] of planned)
      out.push(`- ${escapeMarkdownLine(value)}: ${escapeMarkdownLine(r.storyTitle(id))}`);
  }

  out.push('', '## Progress per value', '');
  const shown = metrics.filter(
    (m) => m.id !== 'interviewerScore' || r.progress.some((p) => p.total.interviewerScore !== null),
  );
  out.push(`| Value | ${shown.map((m) => m.label).join(' | ')} |`);
  out.push(`|---|${shown.map(() => '---').join('|')}|`);
  for (const p of r.progress)
    out.push(
      `| ${escapeMarkdownLine(p.valueName)} | ${shown
        .map((m) => {
          const v = p.total[m.id];
          return v === null ? '—' : m.format(v);
        })
        .join(' | ')} |`,
    );

  out.push('', '## Story rehearsal', '');
  const title = (q: QueueItem) => escapeMarkdownLine(q.story.title || 'Untitled story');
  if (!r.due.length && !r.upcoming.length) out.push('No stories to rehearse yet.');
  else {
    out.push('### Due now', '');
    if (!r.due.length) out.push('None due.');
    for (const q of r.due) out.push(`- ${title(q)}`);
    out.push('', '### Coming up', '');
    if (!r.upcoming.length) out.push('Nothing else: every story is due now.');
    for (const q of r.upcoming.slice(0, UPCOMING_SHOWN))
      out.push(`- ${title(q)} — ${formatDay(localDay(q.card.due))}`);
    const more = r.upcoming.length - UPCOMING_SHOWN;
    if (more > 0) out.push(`- …and ${more} more ${more === 1 ? 'story' : 'stories'} after that`);
  }
  return out.join('\n') + '\n';
}
