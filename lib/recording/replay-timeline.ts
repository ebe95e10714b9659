import { formatDuration } from '../practice/round-clock';
import type { Session } from '../practice/session-schema';
import type { TranscriptRow } from '../live/transcript-schema';
import { answerEndAt } from '../live/utterance-log';
import { answerCues } from './answer-cues';
import type { Recording } from './recording-schema';
import { pausedBetween, recordingEndAt, recordingMsAt, wallAtElapsed } from './recording-time';

type ReplayItemKind =
  'prompt' | 'answer-start' | 'value' | 'cue' | 'line' | 'note' | 'ticks' | 'answer-end';

export interface ReplayItem {
  id: string;
  kind: ReplayItemKind;
  answerIndex: number;
  /** Wall-clock ms of the moment. */
  wallAt: number;
  /** Position in the recording (ms), or null when the recorder was not running then. */
  atMs: number | null;
  text: string;
}

interface ReplayInput {
  recording: Pick<Recording, 'startedAt' | 'endedAt' | 'lastChunkAt' | 'pauses'>;
  session: Session;
  transcripts: readonly TranscriptRow[];
  valueName?: (valueId: string) => string;
}

const kindOrder: ReplayItemKind[] = [
  'prompt',
  'answer-start',
  'line',
  'value',
  'cue',
  'note',
  'ticks',
  'answer-end',
];

const tickNames = {
  namedValue: 'named the value',
  measurableOutcome: 'measurable result',
  differently: 'what I would do differently',
} as const;

function ticksText(a: Session['answers'][number]): string | null {
  const ticked = (Object.keys(tickNames) as (keyof typeof tickNames)[])
    .filter((k) => a.ticks[k])
    .map((k) => tickNames[k]);
  const parts = [];
  if (ticked.length) parts.push(`Ticked: ${ticked.join(', ')}`);
  if (a.score !== null) parts.push(`self-score ${a.score} / 4`);
  return parts.length ? parts.join('; ') : null;
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Every moment of a round worth jumping to — prompts, when answers started and ended, what was
 * said, the value named, the cues shown, ticks and notes — placed on the recording's own time,
 * which stands still while the recorder was paused. Moments outside the recording keep their
 * place in the list with no position, so the list still reads as the whole round.
 */
export function replayTimeline(input: ReplayInput): ReplayItem[] {
  const { recording: rec, session } = input;
  const end = recordingEndAt(rec);
  const name = input.valueName ?? ((id: string) => id);
  const items: ReplayItem[] = [];
  const push = (item: Omit<ReplayItem, 'atMs'>, atMs?: number | null) =>
    items.push({ ...item, atMs: atMs === undefined ? recordingMsAt(rec, item.wallAt) : atMs });

  session.answers.forEach((a, i) => {
    const start = a.clock.startedAt;
    if (start === null) return;
    const closed = a.durationMs !== null;
    const stop = closed ? answerEndAt(a) : Math.max(start, end);
    // An answer already under way when recording began starts at the recording's first frame.
    const overlaps = start <= end && stop >= rec.startedAt;
    push(
      {
        id: `prompt-${i}`,
        kind: 'prompt',
        answerIndex: i,
        wallAt: start,
        text: `${a.prompt.label}: ${a.prompt.question}`,
      },
      overlaps ? recordingMsAt(rec, Math.max(start, rec.startedAt)) : null,
    );

    const lines = input.transcripts
      .filter((r) => r.answerIndex === i && r.sessionId === session.id)
      .flatMap((r) => r.lines)
      .sort((x, y) => x.start - y.start);
    const firstOwn = lines.find((l) => l.isSelf);
    if (firstOwn)
      push({
        id: `answer-start-${i}`,
        kind: 'answer-start',
        answerIndex: i,
        wallAt: firstOwn.start,
        text: 'You started answering',
      });
    for (const l of lines)
      push({
        id: `line-${i}-${l.id}`,
        kind: 'line',
        answerIndex: i,
        wallAt: l.start,
        text: `${l.isSelf ? 'You' : l.speaker}: ${shorten(l.text, 400)}`,
      });

    const signals = a.signals;
    // Signal offsets are wall-clock time from the answer start; the cue rule counts answer time.
    const pausedBefore = (offset: number) => pausedBetween(rec.pauses, start, start + offset, end);
    if (signals?.firstValueNamed) {
      const named = signals.firstValueNamed;
      push({
        id: `value-${i}`,
        kind: 'value',
        answerIndex: i,
        wallAt: start + named.atMs,
        text: `Named ${name(named.valueId)}: “${shorten(named.phrase, 80)}”`,
      });
    }
    if (signals) {
      const cues = answerCues({
        signals,
        durationMs: a.durationMs ?? Math.max(0, stop - start),
        targetMs: session.targetMs,
        maxMs: session.maxMs,
        toElapsed: (offset) => offset - pausedBefore(offset),
      });
      cues.forEach((c, k) =>
        push({
          id: `cue-${i}-${k}`,
          kind: 'cue',
          answerIndex: i,
          wallAt: wallAtElapsed(start, c.elapsedMs, rec.pauses, end),
          text: `Cue: ${c.cue.text}`,
        }),
      );
    }

    const stopAt = closed ? stop : null;
    if (a.notes.trim()) {
      const inAnswer = a.notesUpdatedAt >= start && (stopAt === null || a.notesUpdatedAt <= stopAt);
      push({
        id: `note-${i}`,
        kind: 'note',
        answerIndex: i,
        wallAt: inAnswer ? a.notesUpdatedAt : (stopAt ?? start),
        text: `Note: ${shorten(a.notes)}`,
      });
    }
    const ticks = ticksText(a);
    if (ticks)
      push({
        id: `ticks-${i}`,
        kind: 'ticks',
        answerIndex: i,
        wallAt: stopAt ?? start,
        text: ticks,
      });
    if (stopAt !== null)
      push({
        id: `answer-end-${i}`,
        kind: 'answer-end',
        answerIndex: i,
        wallAt: stopAt,
        text:
          a.status === 'skipped'
            ? 'Skipped'
            : `Answer ended after ${formatDuration(a.durationMs ?? 0)}`,
      });
  });

  return items.sort(
    (x, y) =>
      x.answerIndex - y.answerIndex ||
      x.wallAt - y.wallAt ||
      kindOrder.indexOf(x.kind) - kindOrder.indexOf(y.kind),
  );
}

/** Where "Next answer" jumps: the first prompt after the playback position, or null at the last. */
export function nextAnswerMs(items: readonly ReplayItem[], currentMs: number): number | null {
  const next = items.find(
    (it) => it.kind === 'prompt' && it.atMs !== null && it.atMs > currentMs + 500,
  );
  return next?.atMs ?? null;
}
