import type { Session } from '../practice/session-schema';
import { escapeMarkdownLine } from '../stories/escape-markdown';
import { currentVotes } from './import-votes';
import type { Loop, VoteRow } from './loop-schema';
import { LOOP_RULE, loopOutcome, verdictLabels, type LoopOutcome } from './loop-outcome';
import { overallLabels } from './peer-schema';
import { countOf } from '../format/count-of';

/** An interviewers' mean at or above this is strong: not a value to practise next. */
const STRONG_MEAN = 3.5;

interface InterviewerEvidence {
  no: number;
  interviewer: string;
  score: number;
  evidence: string;
}

/** What the candidate recorded about their own answer to this value during the loop. */
interface SelfView {
  score: number | null;
  namedValue: boolean;
  measurableOutcome: boolean;
  differently: boolean;
  /** From the captions, when they were read: named the value, hedges, reflection. */
  signals: { valueNamed: boolean; hedges: number; reflected: boolean } | null;
  at: number;
}

interface ValueReport {
  valueId: string;
  name: string;
  interviewers: InterviewerEvidence[];
  /** Mean interviewer score, or null when nobody scored it. */
  mean: number | null;
  self: SelfView | null;
  /** Self score minus interviewers' mean: above 0 means the candidate rated themself higher. */
  gap: number | null;
}

export interface LoopReport {
  loop: Loop;
  votes: VoteRow[];
  outcome: LoopOutcome | null;
  values: ValueReport[];
  practiseNext: ValueReport[];
  missing: { no: number; interviewer: string }[];
}

function selfViewOf(sessions: readonly Session[], loop: Loop, valueId: string): SelfView | null {
  let best: SelfView | null = null;
  for (const s of sessions) {
    if (s.createdAt < loop.createdAt) continue;
    for (const a of s.answers) {
      if (a.prompt.valueId !== valueId || a.status === 'pending') continue;
      const at = a.clock.startedAt ?? s.createdAt;
      if (best && best.at >= at) continue;
      best = {
        score: a.score,
        namedValue: a.ticks.namedValue,
        measurableOutcome: a.ticks.measurableOutcome,
        differently: a.ticks.differently,
        signals: a.signals
          ? {
              valueNamed: a.signals.valuesNamed.includes(valueId),
              hedges: a.signals.hedgeCount,
              reflected: a.signals.reflected,
            }
          : null,
        at,
      };
    }
  }
  return best;
}

/**
 * Everything the reveal shows: the outcome by the loop rule, each value's evidence from every
 * interviewer beside the candidate's own view of the same value, and the three values to practise.
 */
export function buildLoopReport(
  loop: Loop,
  allVotes: readonly VoteRow[],
  sessions: readonly Session[],
): LoopReport {
  const votes = [...currentVotes(allVotes.filter((v) => v.loopId === loop.id)).values()].sort(
    (a, b) => a.interviewNo - b.interviewNo,
  );
  const names = new Map<string, string>();
  for (const iv of loop.interviews) for (const v of iv.values) names.set(v.id, v.name);
  const values: ValueReport[] = [...names].map(([valueId, name]) => {
    const interviewers = votes.flatMap((v) =>
      v.values
        .filter((x) => x.valueId === valueId)
        .map((x) => ({
          no: v.interviewNo,
          interviewer: v.interviewer,
          score: x.score,
          evidence: x.evidence,
        })),
    );
    const mean = interviewers.length
      ? interviewers.reduce((t, x) => t + x.score, 0) / interviewers.length
      : null;
    const self = selfViewOf(sessions, loop, valueId);
    const gap = mean !== null && self?.score != null ? self.score - mean : null;
    return { valueId, name, interviewers, mean, self, gap };
  });
  // Lowest interviewer scores first; where they tie, the bigger blind spot (self above them). A
  // value the interviewers found strong is not one to practise next.
  const practiseNext = values
    .filter((v) => v.mean !== null && v.mean < STRONG_MEAN)
    .sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0) || (b.gap ?? 0) - (a.gap ?? 0))
    .slice(0, 3);
  const missing = loop.interviews
    .filter((iv) => !votes.some((v) => v.interviewNo === iv.no))
    .map((iv) => ({ no: iv.no, interviewer: iv.interviewer }));
  return {
    loop,
    votes,
    outcome: loopOutcome(votes.map((v) => v.overall)),
    values,
    practiseNext,
    missing,
  };
}

/** What "Practise next" says when it lists no value. */
export function nothingToPractise(r: Pick<LoopReport, 'values'>): string {
  return r.values.some((v) => v.mean !== null)
    ? `Every value the interviewers scored averaged ${STRONG_MEAN} or more: keep those stories warm.`
    : 'Nothing scored yet.';
}

export function describeSelf(self: SelfView | null): string {
  if (!self) return 'no answer of yours recorded for this value since the loop was planned';
  const ticks = [
    self.namedValue ? 'named the value' : 'did not tick “named the value”',
    self.measurableOutcome ? 'gave a measurable outcome' : 'no measurable outcome ticked',
    self.differently ? "said what you'd do differently" : 'no reflection ticked',
  ];
  const signals = self.signals
    ? `; captions: ${self.signals.valueNamed ? 'value named' : 'value not named'}, ${self.signals.hedges} hedges, ${self.signals.reflected ? 'reflection heard' : 'no reflection heard'}`
    : '';
  const score = self.score === null ? 'no self-score' : `self-score ${self.score}/4`;
  return `${score}; ${ticks.join(', ')}${signals}`;
}

export function describeGap(gap: number | null): string {
  if (gap === null) return '';
  if (gap >= 1) return 'You rated yourself higher than the interviewers did.';
  if (gap <= -1) return 'The interviewers rated you higher than you did.';
  return 'Your view and the interviewers’ agree.';
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
const esc = escapeMarkdownLine;

/** The loop report as Markdown: outcome and rule, each vote, each value side by side, next steps. */
export function loopReportToMarkdown(r: LoopReport): string {
  const out: string[] = [];
  out.push(`# Loop report: ${esc(r.loop.name)}`, '');
  out.push(
    `${esc(r.loop.candidate)} · ${esc(r.loop.frameworkName)} · ${countOf(r.loop.interviews.length, 'interview')} · ${countOf(r.votes.length, 'vote')} in`,
    '',
  );
  out.push('## Outcome', '');
  out.push(
    r.outcome
      ? `**${verdictLabels[r.outcome.verdict]}** — ${esc(r.outcome.reason)}`
      : 'No votes yet.',
    '',
  );
  if (r.missing.length) {
    out.push(
      `Still missing: ${r.missing.map((m) => `${m.no}. ${esc(m.interviewer)}`).join(', ')}.`,
      '',
    );
  }
  out.push('How the outcome is reached:', '');
  for (const line of LOOP_RULE) out.push(`- ${line}`);
  out.push('', '## Votes', '');
  for (const v of r.votes) {
    out.push(
      `### Interview ${v.interviewNo}: ${esc(v.interviewer)} — ${overallLabels[v.overall]}${v.revision > 1 ? ` (replacement, revision ${v.revision})` : ''}`,
      '',
    );
    out.push(`Rationale: ${esc(v.rationale)}`, '');
  }
  out.push('## Values: the interviewers beside your own view', '');
  for (const value of r.values) {
    out.push(`### ${esc(value.name)}`, '');
    if (value.interviewers.length === 0) out.push('- Not scored by any interviewer.');
    for (const e of value.interviewers) {
      out.push(`- ${esc(e.interviewer)} (interview ${e.no}): ${e.score}/4 — ${esc(e.evidence)}`);
    }
    if (value.mean !== null) out.push(`- Interviewers' mean: ${fmt(value.mean)}/4`);
    out.push(`- Your own view: ${esc(describeSelf(value.self))}`);
    const gap = describeGap(value.gap);
    if (gap) out.push(`- ${gap}`);
    out.push('');
  }
  out.push('## Practise next', '');
  if (r.practiseNext.length === 0) out.push(nothingToPractise(r));
  r.practiseNext.forEach((v, i) =>
    out.push(`${i + 1}. ${esc(v.name)} — interviewers' mean ${fmt(v.mean ?? 0)}/4`),
  );
  return out.join('\n').trimEnd() + '\n';
}
