// @vitest-environment happy-dom
import v8 from 'node:v8';
import vm from 'node:vm';
import { bench, describe } from 'vitest';
import { CaptionTracker } from '../../lib/captions/caption-tracker';
import { CaptionWatcher } from '../../lib/captions/caption-watcher';
import { findMeetCaptionRoot, readMeetBlocks } from '../../lib/captions/meet-adapter';
import { captionPlatformParts } from '../../lib/captions/start-caption-watcher';
import { readTeamsBlocks } from '../../lib/captions/teams-adapter';
import { buildMeetCall } from '../fixtures/captions/meet-dom';
import { buildTeamsCall } from '../fixtures/captions/teams-dom';

/*
 * Budget (DESIGN.md): ≤ 1 ms of work per caption mutation; memory flat over a 60-minute call.
 * "Work per mutation" is what the MutationObserver callback runs: read the blocks + tracker.update.
 */

const WORDS = 'so the decision I made was to cut scope and ship the smaller version first'.split(
  ' ',
);

interface MutationCase {
  /** The page's own change (not ours to budget). */
  mutate(i: number): void;
  /** What our MutationObserver callback does for it. */
  handle(): void;
}

function microsPer(label: string, runs: number, c: MutationCase): void {
  for (let i = 0; i < 200; i++) {
    c.mutate(i);
    c.handle();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    c.mutate(i);
    const t0 = performance.now();
    c.handle();
    samples.push((performance.now() - t0) * 1000);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const at = (q: number) => (samples[Math.floor(samples.length * q)] ?? 0).toFixed(1);
  console.log(
    `[caption bench] ${label}: median ${at(0.5)} µs, p95 ${at(0.95)} µs, mean ${mean.toFixed(1)} µs ` +
      `per mutation (budget 1000 µs; happy-dom, mean includes its GC pauses)`,
  );
}

function meetCase(initialWords: number): MutationCase {
  document.body.replaceChildren();
  const call = buildMeetCall(document);
  call.addBlock('Alex Kim', 'Tell me about a decision you would make differently now.');
  let text = Array.from({ length: initialWords }, (_, i) => WORDS[i % WORDS.length]).join(' ');
  const start = text;
  const block = call.addBlock('You', text);
  const root = findMeetCaptionRoot(document) as Element;
  let now = 0;
  const tracker = new CaptionTracker({ onUtterance: () => undefined });
  tracker.update(readMeetBlocks(root), now);
  return {
    mutate(i) {
      // Keep the block near its starting size so every run measures the same length of text.
      if (i % 200 === 0) text = start;
      text += ` ${WORDS[i % WORDS.length]}`;
      call.setText(block, text);
    },
    handle() {
      now += 300;
      tracker.update(readMeetBlocks(root), now);
    },
  };
}

function teamsCase(lines: number): MutationCase {
  document.body.replaceChildren();
  const call = buildTeamsCall(document);
  for (let i = 0; i < lines; i++) {
    call.addLine(i % 2 ? 'Sam Lee' : 'Priya Shah', `Line ${i} ${WORDS.join(' ')}`);
  }
  const last = call.addLine('Sam Lee', 'And');
  const root = document.querySelector('[data-tid="closed-caption-v2-window-wrapper"]') as Element;
  let text = 'And';
  let now = 0;
  const tracker = new CaptionTracker({ onUtterance: () => undefined });
  tracker.update(readTeamsBlocks(root), now);
  return {
    mutate(i) {
      if (i % 200 === 0) text = 'And';
      text += ` ${WORDS[i % WORDS.length]}`;
      call.setText(last, text);
    },
    handle() {
      now += 300;
      tracker.update(readTeamsBlocks(root), now);
    },
  };
}

const asBench = (c: MutationCase) => {
  let i = 0;
  return () => {
    c.mutate(i++);
    c.handle();
  };
};

function gcFunction(): (() => void) | null {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

const heapMb = (gc: (() => void) | null) => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

/** One simulated hour: a new turn every 8 s, ~3 words a second, Meet keeping the last 3 blocks. */
function* callScript(minutes: number) {
  let text = '';
  let turn = 0;
  for (let s = 1; s <= minutes * 60; s++) {
    const newTurn = s % 8 === 1;
    if (newTurn) {
      turn += 1;
      text = WORDS[turn % WORDS.length] ?? 'so';
    } else {
      for (let w = 0; w < 3; w++) text += ` ${WORDS[(s + w) % WORDS.length]}`;
    }
    yield { s, newTurn, turn, speaker: turn % 2 ? 'You' : 'Alex Kim', text };
  }
}

const MARKS = new Set([10, 30, 60]);

/** Our own memory, without a DOM: the tracker fed the same snapshots the adapter would read. */
function simulateTrackerOnly(gc: (() => void) | null): void {
  let utterances = 0;
  const tracker = new CaptionTracker({ onUtterance: () => utterances++ });
  const visible: { speaker: string; text: string; key: object }[] = [];
  const base = heapMb(gc);
  for (const step of callScript(60)) {
    if (step.newTurn) {
      visible.push({ speaker: step.speaker, text: step.text, key: {} });
      if (visible.length > 3) visible.shift();
    } else {
      const last = visible.at(-1);
      if (last) last.text = step.text;
    }
    tracker.update(visible, step.s * 1000);
    if (step.s % 2 === 0) tracker.tick(step.s * 1000);
    if (step.s % 60 === 0 && MARKS.has(step.s / 60)) {
      console.log(
        `[caption bench] tracker only, ${step.s / 60} min: heap ${heapMb(gc).toFixed(2)} MB ` +
          `(start ${base.toFixed(2)} MB), ${tracker.openBlockCount} blocks held, ${utterances} utterance events`,
      );
    }
  }
}

/** Through the real watcher on a happy-dom page, against the same page with a bare observer. */
async function simulateCall(gc: (() => void) | null, withWatcher: boolean): Promise<void> {
  document.body.replaceChildren();
  const call = buildMeetCall(document);
  let clock = 0;
  let utterances = 0;
  const watcher = withWatcher
    ? new CaptionWatcher({
        doc: document,
        platform: 'meet',
        ...captionPlatformParts('meet', document),
        onUtterance: () => utterances++,
        onHealth: () => undefined,
        now: () => clock,
        setInterval: () => 1,
        clearInterval: () => undefined,
      }).start()
    : null;
  const bare = withWatcher ? null : new MutationObserver(() => undefined);
  if (bare && call.region)
    bare.observe(call.region, { childList: true, subtree: true, characterData: true });
  const base = heapMb(gc);
  let block: Element | null = null;
  for (const step of callScript(60)) {
    clock = step.s * 1000;
    if (step.newTurn || !block) {
      block = call.addBlock(step.speaker, step.text);
      const blocks = call.region?.querySelectorAll('.x-block') ?? [];
      for (let i = 0; i < blocks.length - 3; i++) blocks[i]?.remove();
    } else {
      call.setText(block, step.text);
    }
    await Promise.resolve();
    if (step.s % 2 === 0) watcher?.check();
    if (step.s % 60 === 0 && MARKS.has(step.s / 60)) {
      const what = withWatcher
        ? `watcher, ${utterances} utterance events`
        : 'bare observer (page only)';
      console.log(
        `[caption bench] happy-dom page + ${what}, ${step.s / 60} min: heap ${heapMb(gc).toFixed(1)} MB (start ${base.toFixed(1)} MB)`,
      );
    }
  }
  watcher?.stop();
  bare?.disconnect();
}

const gc = gcFunction();
if (!gc) console.log('[caption bench] gc not exposed: heap figures include uncollected garbage');
simulateTrackerOnly(gc);
await simulateCall(gc, false);
await simulateCall(gc, true);

describe('caption mutation cost', () => {
  microsPer('Meet, 2 blocks, short answer', 2000, meetCase(20));
  microsPer('Meet, 30-minute monologue block (~4,500 words, ~25k chars)', 1000, meetCase(4500));
  microsPer('Teams, 30 visible lines', 2000, teamsCase(30));

  bench('Meet: page edit + read blocks + tracker.update (short block)', asBench(meetCase(20)));
  bench('Meet: page edit + read + update (4,500-word block)', asBench(meetCase(4500)));
  bench('Teams: page edit + read 30 lines + update', asBench(teamsCase(30)));
});
