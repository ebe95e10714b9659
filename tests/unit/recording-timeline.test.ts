import { describe, expect, it } from 'vitest';
import type { TranscriptRow } from '../../lib/live/transcript-schema';
import {
  createSession,
  finishSession,
  nextPrompt,
  setNotes,
  setScore,
  setSignals,
  setTicks,
  startSession,
  togglePause,
} from '../../lib/practice/session-actions';
import type { Session, StoredPrompt } from '../../lib/practice/session-schema';
import { answerCues } from '../../lib/recording/answer-cues';
import type { Recording } from '../../lib/recording/recording-schema';
import {
  clampedRecordingMs,
  recordedDurationMs,
  recordingMsAt,
  wallAtElapsed,
  withPause,
} from '../../lib/recording/recording-time';
import { nextAnswerMs, replayTimeline, type ReplayItem } from '../../lib/recording/replay-timeline';
import { quietSignals } from '../fixtures/finished-session';

const T0 = 1_750_000_000_000;
const at = (s: number) => T0 + s * 1000;

const prompt = (label: string): StoredPrompt => ({
  key: `${label}:0`,
  valueId: label.toLowerCase(),
  label,
  definition: 'd',
  question: `Tell me about ${label.toLowerCase()}.`,
  probeIds: [],
});

function recording(over: Partial<Recording> = {}): Recording {
  return {
    id: 'r1',
    sessionId: 's1',
    mimeType: 'video/webm',
    kind: 'camera-mic',
    status: 'finished',
    startedAt: at(0),
    endedAt: at(105),
    lastChunkAt: at(105),
    bytes: 1000,
    chunkCount: 105,
    pauses: [{ at: at(32), until: at(42) }],
    ...over,
  };
}

/**
 * A round driven through the real session actions: recording from 0 s; the round starts at 2 s;
 * paused 32–42 s; Judgment answered until 62 s (50 s of answer time); Courage until 100 s.
 */
function round(): Session {
  let s = createSession({
    id: 's1',
    frameworkId: 'f',
    frameworkName: 'F',
    presetId: 'onsite',
    presetName: 'Onsite interview',
    minutes: 45,
    seed: 1,
    prompts: [prompt('Judgment'), prompt('Courage')],
    now: at(0),
    targetMs: 30_000,
    maxMs: 60_000,
  });
  s = startSession(s, at(2));
  s = togglePause(s, at(32));
  s = togglePause(s, at(42));
  s = setSignals(s, 0, {
    ...quietSignals,
    firstValueNamed: { valueId: 'judgment', atMs: 48_000, phrase: 'good judgment' },
  });
  s = setTicks(s, 0, { namedValue: true });
  s = setScore(s, 0, 3);
  s = setNotes(s, 0, 'Result came late', at(55));
  s = nextPrompt(s, at(62));
  s = setSignals(s, 1, { ...quietSignals, hedgeTimesMs: [5_000, 10_000, 15_000] });
  return finishSession(s, at(100));
}

const transcripts: TranscriptRow[] = [
  {
    id: 's1:0',
    sessionId: 's1',
    answerIndex: 0,
    updatedAt: at(60),
    lines: [
      {
        id: 'u1',
        speaker: 'You',
        isSelf: true,
        text: 'So the launch was slipping.',
        start: at(5),
        end: at(9),
      },
      {
        id: 'u2',
        speaker: 'You',
        isSelf: true,
        text: 'I used good judgment.',
        start: at(50),
        end: at(52),
      },
      {
        id: 'u3',
        speaker: 'You',
        isSelf: true,
        text: 'Said while paused.',
        start: at(40),
        end: at(41),
      },
    ],
  },
];

const byId = (items: ReplayItem[]) => new Map(items.map((i) => [i.id, i] as const));

describe('recording time', () => {
  it('maps wall-clock moments onto recording time, leaving pauses out', () => {
    const rec = recording();
    expect(recordingMsAt(rec, at(0))).toBe(0);
    expect(recordingMsAt(rec, at(32))).toBe(32_000);
    // Inside the pause nothing was recorded: the moment sits where the pause began.
    expect(recordingMsAt(rec, at(37))).toBe(32_000);
    expect(recordingMsAt(rec, at(42))).toBe(32_000);
    expect(recordingMsAt(rec, at(50))).toBe(40_000);
    expect(recordedDurationMs(rec)).toBe(95_000);
    expect(recordingMsAt(rec, at(-1))).toBeNull();
    expect(recordingMsAt(rec, at(106))).toBeNull();
    expect(clampedRecordingMs(rec, at(-5))).toBe(0);
    expect(clampedRecordingMs(rec, at(200))).toBe(95_000);
  });

  it('a recording cut short by a closed tab ends at its last chunk, and an open pause runs to it', () => {
    const rec = recording({
      status: 'recording',
      endedAt: null,
      lastChunkAt: at(70),
      pauses: [
        { at: at(32), until: at(42) },
        { at: at(60), until: null },
      ],
    });
    expect(recordedDurationMs(rec)).toBe(50_000);
    expect(recordingMsAt(rec, at(65))).toBe(50_000);
    expect(recordingMsAt(rec, at(71))).toBeNull();
  });

  it('finds the wall-clock moment after some answer time, skipping over pauses', () => {
    const pauses = [{ at: at(32), until: at(42) }];
    expect(wallAtElapsed(at(2), 20_000, pauses, at(105))).toBe(at(22));
    expect(wallAtElapsed(at(2), 30_001, pauses, at(105))).toBe(at(42) + 1);
    expect(wallAtElapsed(at(2), 40_000, pauses, at(105))).toBe(at(52));
    // A pause before the clock started does not count.
    expect(wallAtElapsed(at(50), 5_000, pauses, at(105))).toBe(at(55));
  });

  it('opens and closes pauses once, whatever the repeats', () => {
    const one = withPause([], true, 10);
    expect(one).toEqual([{ at: 10, until: null }]);
    expect(withPause(one, true, 20)).toEqual(one);
    const closed = withPause(one, false, 30);
    expect(closed).toEqual([{ at: 10, until: 30 }]);
    expect(withPause(closed, false, 40)).toEqual(closed);
  });
});

describe('replay timeline', () => {
  it('places prompts, answer ends, lines, the value named, cues, ticks and notes on recording time', () => {
    const items = replayTimeline({
      recording: recording(),
      session: round(),
      transcripts,
      valueName: (id) => (id === 'judgment' ? 'Judgment' : id),
    });
    const got = byId(items);
    expect(got.get('prompt-0')?.atMs).toBe(2_000);
    expect(got.get('prompt-0')?.text).toBe('Judgment: Tell me about judgment.');
    expect(got.get('answer-start-0')?.atMs).toBe(5_000);
    expect(got.get('line-0-u1')?.atMs).toBe(5_000);
    expect(got.get('line-0-u1')?.text).toBe('You: So the launch was slipping.');
    expect(got.get('line-0-u3')?.atMs).toBe(32_000);
    expect(got.get('line-0-u2')?.atMs).toBe(40_000);
    // Named 48 s of wall time after the prompt, 10 of them paused.
    expect(got.get('value-0')).toMatchObject({
      atMs: 40_000,
      text: 'Named Judgment: “good judgment”',
    });
    // The target (30 s of answer time) passed just as the pause began: the cue showed on resume.
    expect(got.get('cue-0-0')).toMatchObject({
      atMs: 32_001,
      text: 'Cue: Past your target. Head for the result.',
    });
    expect(got.get('note-0')).toMatchObject({ atMs: 45_000, text: 'Note: Result came late' });
    expect(got.get('ticks-0')).toMatchObject({
      atMs: 52_000,
      text: 'Ticked: named the value; self-score 3 / 4',
    });
    expect(got.get('answer-end-0')).toMatchObject({
      atMs: 52_000,
      text: 'Answer ended after 0:50',
    });
    expect(got.get('prompt-1')?.atMs).toBe(52_000);
    // Three hedges in the first 15 s of Courage, then the target passes at 30 s.
    expect(got.get('cue-1-0')).toMatchObject({
      atMs: 67_000,
      text: expect.stringMatching(/Take a side/),
    });
    expect(got.get('cue-1-1')).toMatchObject({
      atMs: 82_001,
      text: expect.stringMatching(/target/),
    });
    expect(got.get('answer-end-1')?.atMs).toBe(90_000);
    // In the order of the round.
    expect(items.map((i) => i.id).slice(0, 9)).toEqual([
      'prompt-0',
      'answer-start-0',
      'line-0-u1',
      'line-0-u3',
      'cue-0-0',
      'line-0-u2',
      'value-0',
      'note-0',
      'ticks-0',
    ]);
  });

  it('an answer under way when recording began starts at the first frame; earlier moments have no place', () => {
    const items = byId(
      replayTimeline({
        recording: recording({ startedAt: at(8), pauses: [] }),
        session: round(),
        transcripts,
      }),
    );
    expect(items.get('prompt-0')?.atMs).toBe(0);
    expect(items.get('line-0-u1')?.atMs).toBeNull();
    expect(items.get('line-0-u2')?.atMs).toBe(42_000);
  });

  it('after a closed tab, moments past the last chunk have no place but stay listed', () => {
    const items = byId(
      replayTimeline({
        recording: recording({ status: 'interrupted', endedAt: at(70), lastChunkAt: at(70) }),
        session: round(),
        transcripts,
      }),
    );
    expect(items.get('prompt-1')?.atMs).toBe(52_000);
    expect(items.get('answer-end-1')?.atMs).toBeNull();
    expect(items.get('cue-1-1')?.atMs).toBeNull();
  });

  it('"Next answer" goes to the next prompt after the playback position', () => {
    const items = replayTimeline({ recording: recording(), session: round(), transcripts });
    expect(nextAnswerMs(items, 0)).toBe(2_000);
    expect(nextAnswerMs(items, 2_000)).toBe(52_000);
    expect(nextAnswerMs(items, 60_000)).toBeNull();
  });
});

describe('answer cues', () => {
  const base = { durationMs: 150_000, targetMs: 120_000, maxMs: 140_000 };

  it('asks for the value at 90 s when none was named, which outranks the target, then the maximum', () => {
    const cues = answerCues({ ...base, signals: quietSignals });
    expect(cues.map((c) => [c.cue.id, c.elapsedMs])).toEqual([
      ['name-value', 90_000],
      ['over-max', 140_001],
    ]);
  });

  it('a value named before 90 s means no reminder; named later, the reminder shows until then', () => {
    const early = answerCues({
      ...base,
      signals: { ...quietSignals, firstValueNamed: { valueId: 'v', atMs: 30_000, phrase: 'v' } },
    });
    expect(early.map((c) => c.cue.id)).toEqual(['past-target', 'over-max']);
  });

  it('a run of hedges shows once and ends when they fall out of the last minute', () => {
    const cues = answerCues({
      ...base,
      durationMs: 80_000,
      signals: {
        ...quietSignals,
        firstValueNamed: { valueId: 'v', atMs: 1_000, phrase: 'v' },
        hedgeTimesMs: [10_000, 20_000, 30_000, 35_000],
      },
    });
    expect(cues.map((c) => [c.cue.id, c.elapsedMs])).toEqual([['hedging', 30_000]]);
  });
});
