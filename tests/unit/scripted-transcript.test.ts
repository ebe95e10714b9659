import { describe, expect, it } from 'vitest';
import { captionScriptSchema, type CaptionScript } from '../../lib/captions/caption-script';
import { utteranceSchema, type Utterance } from '../../lib/captions/utterance-schema';
import { builtinFrameworks } from '../../lib/frameworks/builtin-frameworks';
import { mergeUtterance } from '../../lib/live/utterance-log';
import { demoScript } from '../../lib/practice-room/demo-script';
import { parseRoomParams } from '../../lib/practice-room/room-params';
import {
  scriptedDurationMs,
  scriptedUtterances,
} from '../../lib/practice-room/scripted-transcript';
import { answerSignals } from '../../lib/signals/answer-signals';

const T0 = 1_700_000_000_000;
const script: CaptionScript = {
  steps: [
    { atMs: 0, speaker: 'Interviewer', text: 'Tell me about a hard call.' },
    { atMs: 1_000, speaker: 'You', self: true, text: 'one two three four' },
    { atMs: 5_000, speaker: 'You', self: true, text: 'five six' },
  ],
};
const opts = { startAt: T0, msPerWord: 100 };

describe('scriptedUtterances', () => {
  it('plays only self steps, and nothing before the first one begins', () => {
    expect(scriptedUtterances(script, 999, opts)).toEqual([]);
    const now = scriptedUtterances(script, 1_000, opts);
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ id: 'script-1', text: 'one', revision: 0, final: false });
    expect(now[0]).toMatchObject({ speaker: 'You', isSelf: true, start: T0 + 1_000 });
  });

  it('words appear one at a time as rising revisions of a stable id, then settle', () => {
    const at = (ms: number) => scriptedUtterances(script, ms, opts)[0]!;
    expect([at(1_000), at(1_150), at(1_250), at(1_399)].map((u) => [u.revision, u.text])).toEqual([
      [0, 'one'],
      [1, 'one two'],
      [2, 'one two three'],
      [3, 'one two three four'],
    ]);
    expect(at(1_399).final).toBe(false);
    const settled = at(1_400);
    expect(settled).toMatchObject({ id: 'script-1', revision: 4, final: true });
    expect(settled.text).toBe('one two three four');
    expect(settled.end).toBe(T0 + 1_400);
    // Still the same settled utterance later on: a replayed frame changes nothing.
    expect(at(60_000)).toEqual(settled);
  });

  it('keeps earlier lines and adds new ones with their own ids', () => {
    const all = scriptedUtterances(script, 5_150, opts);
    expect(all.map((u) => [u.id, u.text, u.final])).toEqual([
      ['script-1', 'one two three four', true],
      ['script-2', 'five six', false],
    ]);
    expect(all[1]!.start).toBe(T0 + 5_000);
    expect(all[1]!.end).toBe(T0 + 5_100);
  });

  it('speed compresses wall-clock time; timestamps stay wall-clock', () => {
    const fast = { ...opts, speed: 10 };
    const u = scriptedUtterances(script, 140, fast)[0]!;
    expect(u).toMatchObject({ final: true, start: T0 + 100, end: T0 + 140 });
    expect(scriptedUtterances(script, 99, fast)).toEqual([]);
    expect(scriptedDurationMs(script, { msPerWord: 100, speed: 10 })).toBe(520);
    expect(scriptedDurationMs(script, { msPerWord: 100 })).toBe(5_200);
  });

  it('a line cut short by the next one settles when the next begins', () => {
    const crowded: CaptionScript = {
      steps: [
        { atMs: 0, speaker: 'You', self: true, text: 'a b c d e f' },
        { atMs: 200, speaker: 'You', self: true, text: 'g' },
      ],
    };
    const [first] = scriptedUtterances(crowded, 200, opts);
    expect(first).toMatchObject({ final: true, text: 'a b c d e f', end: T0 + 200 });
  });

  it('an id prefix keeps replays apart', () => {
    const [u] = scriptedUtterances(script, 1_000, { ...opts, idPrefix: 'demo-42' });
    expect(u!.id).toBe('demo-42-1');
  });

  it('every frame is a valid utterance, and revisions never go backwards', () => {
    let log: ReadonlyMap<string, Utterance> = new Map();
    const highest = new Map<string, number>();
    for (let ms = 0; ms <= 6_000; ms += 37) {
      for (const u of scriptedUtterances(script, ms, opts)) {
        expect(utteranceSchema.safeParse(u).success).toBe(true);
        expect(u.revision).toBeGreaterThanOrEqual(highest.get(u.id) ?? 0);
        expect(u.end).toBeGreaterThanOrEqual(u.start);
        highest.set(u.id, u.revision);
        log = mergeUtterance(log, u);
      }
    }
    expect([...log.values()].every((u) => u.final)).toBe(true);
  });
});

describe('the demo script', () => {
  const finals = scriptedUtterances(demoScript, 10 * 60_000, { startAt: T0 });
  const signalsFor = (values: Parameters<typeof answerSignals>[0]['values']) =>
    answerSignals({ utterances: finals, values, answerStart: T0, now: T0 + 10 * 60_000 });

  it('is a valid script of self lines', () => {
    expect(captionScriptSchema.safeParse(demoScript).success).toBe(true);
    expect(demoScript.steps.every((s) => s.self)).toBe(true);
    expect(finals.every((u) => u.final)).toBe(true);
  });

  it.each(builtinFrameworks.map((f) => [f.name, f] as const))(
    'never names a value of %s, hedges, fills and says "we" more than "I"',
    (_, framework) => {
      const s = signalsFor(framework.values);
      expect(s.firstValueNamed).toBeNull();
      expect(s.hedgeCount).toBeGreaterThanOrEqual(6);
      expect(s.fillerCount).toBeGreaterThanOrEqual(4);
      expect(s.weCount).toBeGreaterThan(s.iCount);
    },
  );

  it('only gives a number late, in the result', () => {
    const s = signalsFor(builtinFrameworks[0]!.values);
    expect(s.resultNumbers.length).toBeGreaterThan(0);
    const numbered = demoScript.steps.findIndex((st) => /percent/.test(st.text));
    expect(numbered).toBeGreaterThanOrEqual(demoScript.steps.length - 2);
  });

  it('plays in well under two minutes at normal speed', () => {
    expect(scriptedDurationMs(demoScript)).toBeLessThan(90_000);
  });
});

describe('parseRoomParams', () => {
  it.each([
    ['', { mode: null, speed: 1 }],
    ['?script=demo', { mode: 'scripted', speed: 1 }],
    ['?script=demo&speed=10', { mode: 'scripted', speed: 10 }],
    ['?script=other&speed=-3', { mode: null, speed: 1 }],
    ['?speed=abc', { mode: null, speed: 1 }],
    ['?speed=1000', { mode: null, speed: 50 }],
  ])('%s', (search, expected) => {
    expect(parseRoomParams(search)).toEqual(expected);
  });
});
