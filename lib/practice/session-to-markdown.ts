import type { AnswerSignals } from '../signals/signals-schema';
import { escapeMarkdownLine, escapeMarkdownText } from '../stories/escape-markdown';
import { formatDuration } from './round-clock';
import { pausedTotalMs } from './round-pauses';
import { sessionTotals } from './session-actions';
import type { Answer, Session } from './session-schema';

export interface SessionReportContext {
  /** Value id → name, to read stored signals. */
  valueNames: ReadonlyMap<string, string>;
  /** Story id → title, for the stories used. */
  storyTitles: ReadonlyMap<string, string>;
  /** Probe id → text. */
  probeTexts: ReadonlyMap<string, string>;
}

const tickWords: [keyof Answer['ticks'], string][] = [
  ['namedValue', 'named the value'],
  ['measurableOutcome', 'gave a measurable outcome'],
  ['differently', "said what I'd do differently"],
];

function signalLines(s: AnswerSignals, names: ReadonlyMap<string, string>): string[] {
  const phrases = (items: { phrase: string; count: number }[]) =>
    items.map((h) => `“${escapeMarkdownLine(h.phrase)}” ×${h.count}`).join(', ') || 'none';
  const named = s.firstValueNamed
    ? `${escapeMarkdownLine(names.get(s.firstValueNamed.valueId) ?? s.firstValueNamed.valueId)} at ${formatDuration(s.firstValueNamed.atMs)}`
    : 'not named';
  return [
    `- Talk time: ${formatDuration(s.talkMs)} (${s.words} ${s.words === 1 ? 'word' : 'words'}${s.talkMs > 0 ? `, ${Math.round(s.wpm)} wpm` : ''})`,
    `- Value named: ${named}`,
    `- Hedges: ${phrases(s.hedges)}`,
    `- Fillers: ${phrases(s.fillers)}`,
    `- I / we: ${s.iCount} / ${s.weCount}`,
    `- Numbers in the result: ${s.resultNumbers.map(escapeMarkdownLine).join(', ') || 'none'}`,
    `- Reflection: ${s.reflected ? 'yes' : 'not heard'}`,
  ];
}

/** How long the round stood paused, and how often when each pause was kept; nothing if never. */
function pausedLine(session: Session): string[] {
  const ms = pausedTotalMs(session);
  if (ms <= 0) return [];
  const n = session.pauses?.length ?? 0;
  const times = n === 0 ? '' : n === 1 ? ', once' : `, ${n} times`;
  return [`- Paused: ${formatDuration(ms)} in all${times} (not in the answer times)`];
}

/** A finished round as a readable report: timings, values covered, probes, ticks, signals, notes. */
export function sessionToMarkdown(session: Session, ctx: SessionReportContext): string {
  const t = sessionTotals(session);
  const lines = [
    `# ${escapeMarkdownLine(session.presetName)} — ${new Date(session.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Framework: ${escapeMarkdownLine(session.frameworkName)}`,
    `- Round length: ${session.minutes} min`,
    `- Answered ${t.answered}, skipped ${t.skipped}, ${formatDuration(t.talkMs)} answering`,
    ...pausedLine(session),
    `- Self-score: ${t.averageScore === null ? 'none given' : `${t.averageScore.toFixed(1)} / 4`}`,
    `- Values covered: ${t.valuesCovered.map(escapeMarkdownLine).join(', ') || 'none'}`,
  ];
  session.answers.forEach((a, i) => {
    if (a.status === 'pending') return;
    lines.push('', `## ${i + 1}. ${escapeMarkdownLine(a.prompt.label)} (${a.status})`, '');
    lines.push(`> ${escapeMarkdownLine(a.prompt.question)}`, '');
    if (a.durationMs !== null) lines.push(`- Answer time: ${formatDuration(a.durationMs)}`);
    if (a.score !== null) lines.push(`- Score: ${a.score} / 4`);
    const ticks = tickWords.filter(([k]) => a.ticks[k]).map(([, w]) => w);
    lines.push(`- Did: ${ticks.join(', ') || 'nothing ticked'}`);
    for (const id of a.probesShown) {
      lines.push(`- Probe: ${escapeMarkdownLine(ctx.probeTexts.get(id) ?? id)}`);
    }
    for (const id of a.storyIds) {
      lines.push(
        `- Story used: ${escapeMarkdownLine(ctx.storyTitles.get(id) ?? 'a deleted story')}`,
      );
    }
    if (a.signals)
      lines.push('', '### From the captions', '', ...signalLines(a.signals, ctx.valueNames));
    if (a.notes.trim()) lines.push('', '### Notes', '', escapeMarkdownText(a.notes));
  });
  return lines.join('\n') + '\n';
}
