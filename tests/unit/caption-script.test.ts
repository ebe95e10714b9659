import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  captionScriptSchema,
  scriptDurationMs,
  scriptFrameAt,
  type CaptionScript,
} from '../../lib/captions/caption-script';
import { CaptionWatcher } from '../../lib/captions/caption-watcher';
import { captionPlatformParts } from '../../lib/captions/start-caption-watcher';
import type { CaptionHealth, Utterance } from '../../lib/captions/utterance-schema';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { answerSignals } from '../../lib/signals/answer-signals';

const script: CaptionScript = {
  steps: [
    { atMs: 0, speaker: 'Alex', text: 'Tell me more.' },
    { atMs: 2000, speaker: 'You', text: 'Sure thing.', self: true },
    { atMs: 4000, speaker: 'You', text: 'We shipped.', self: true },
  ],
};

describe('caption script', () => {
  it('rejects steps out of time order', () => {
    const bad = {
      steps: [
        { atMs: 10, speaker: 'A', text: 'x' },
        { atMs: 5, speaker: 'B', text: 'y' },
      ],
    };
    expect(captionScriptSchema.safeParse(bad).success).toBe(false);
    expect(captionScriptSchema.safeParse(script).success).toBe(true);
  });

  it.each([
    [-1, []],
    [0, [['Alex', 'Tell']]],
    [350, [['Alex', 'Tell me']]],
    [1500, [['Alex', 'Tell me more.']]],
    [
      2000,
      [
        ['Alex', 'Tell me more.'],
        ['You', 'Sure'],
      ],
    ],
    [
      4000,
      [
        ['Alex', 'Tell me more.'],
        ['You', 'Sure thing. We'],
      ],
    ],
    [
      9000,
      [
        ['Alex', 'Tell me more.'],
        ['You', 'Sure thing. We shipped.'],
      ],
    ],
  ])('at %d ms shows %j', (ms, expected) => {
    expect(scriptFrameAt(script, ms).map((b) => [b.speaker, b.text])).toEqual(expected);
  });

  it('keeps only the newest blocks and a stable key per block', () => {
    const frame = scriptFrameAt(script, 9000, { maxBlocks: 1 });
    expect(frame).toEqual([
      { key: 1, speaker: 'You', text: 'Sure thing. We shipped.', self: true },
    ]);
    expect(scriptDurationMs(script)).toBe(4350);
  });
});

describe('meet-call.html fixture', () => {
  const html = readFileSync(resolve(process.cwd(), 'tests/fixtures/meet-call.html'), 'utf8');
  const embedded = /<script type="application\/json" id="caption-script">([\s\S]*?)<\/script>/.exec(
    html,
  )?.[1];

  it('embeds a valid script where "You" answers for about two minutes', () => {
    const parsed = captionScriptSchema.parse(JSON.parse(embedded ?? ''));
    const self = parsed.steps.filter((s) => s.self);
    const first = self[0]?.atMs ?? 0;
    const last = self.at(-1)?.atMs ?? 0;
    expect(last - first).toBeGreaterThanOrEqual(90_000);
    expect(html).not.toMatch(/\bsrc=["']https?:|<link\b/);
  });

  it('plays in Meet shape: the watcher reads it, the candidate hedges and never names a value', async () => {
    const win = new Window({
      url: 'https://meet.google.com/abc-defg-hij?speed=100',
      settings: {
        enableJavaScriptEvaluation: true,
        suppressInsecureJavaScriptEnvironmentWarning: true,
      },
    });
    const doc = win.document as unknown as Document;
    doc.write(html);
    const utterances: Utterance[] = [];
    const health: CaptionHealth[] = [];
    // The page's own script clock, so quiet periods are measured in call time.
    const scriptMs = () => Number(doc.documentElement.getAttribute('data-script-ms') ?? 0);
    const watcher = new CaptionWatcher({
      doc,
      platform: 'meet',
      ...captionPlatformParts('meet', doc),
      onUtterance: (u) => utterances.push(u),
      onHealth: (h) => health.push(h),
      now: scriptMs,
      setInterval: () => 1,
      clearInterval: () => undefined,
    }).start();
    const deadline = Date.now() + 10_000;
    while (
      doc.documentElement.getAttribute('data-script-done') !== 'true' &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 20));
      watcher.check();
    }
    watcher.stop();
    const endMs = scriptMs();
    await win.happyDOM.close();

    expect(health.map((h) => h.state)).toEqual(['searching', 'working']);
    const latest = new Map<string, Utterance>();
    for (const u of utterances) latest.set(u.id, u);
    const mine = [...latest.values()].filter((u) => u.isSelf && u.final);
    // At 100× the page jumps ~10 s per frame, so pauses are not seen: the answer may be one block.
    expect(mine.length).toBeGreaterThanOrEqual(1);
    const s = answerSignals({
      utterances: mine,
      values: netflixValues.values,
      answerStart: 0,
      now: endMs,
    });
    expect(s.firstValueNamed).toBeNull();
    expect(s.hedgeCount).toBeGreaterThanOrEqual(8);
    expect(s.hedges.map((h) => h.phrase)).toEqual(
      expect.arrayContaining(['i guess', 'sort of', 'it depends']),
    );
    expect(s.words).toBeGreaterThanOrEqual(190);
    expect(s.talkMs).toBeGreaterThan(60_000);
  });
});
