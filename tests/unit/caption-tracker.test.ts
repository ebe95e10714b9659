import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanAppended,
  cleanCaptionText,
  isCaptionReset,
  isRelatedText,
} from '../../lib/captions/caption-text';
import { CaptionTracker, type CaptionBlock } from '../../lib/captions/caption-tracker';
import { utteranceSchema, type Utterance } from '../../lib/captions/utterance-schema';

type Step = { at: number; blocks: CaptionBlock[] } | { at: number; tick: true };

function run(steps: Step[], isSelf?: (s: string) => boolean) {
  const out: Utterance[] = [];
  const tracker = new CaptionTracker({ onUtterance: (u) => out.push(u), isSelf });
  for (const step of steps) {
    if ('tick' in step) tracker.tick(step.at);
    else tracker.update(step.blocks, step.at);
  }
  for (const u of out) utteranceSchema.parse(u);
  return { out, tracker };
}

/** Latest revision per id, in first-seen order: what a panel would show. */
function latest(out: Utterance[]): Utterance[] {
  const byId = new Map<string, Utterance>();
  for (const u of out) {
    const prev = byId.get(u.id);
    if (!prev || u.revision > prev.revision) byId.set(u.id, u);
  }
  return [...byId.values()];
}

const A = 'Alex';
const Y = 'You';
const k1 = {};
const k2 = {};

const cases: {
  name: string;
  steps: Step[];
  expected: { speaker: string; text: string; final: boolean }[];
}[] = [
  {
    name: 'a growing block is one utterance, revised in place',
    steps: [
      { at: 0, blocks: [{ speaker: A, text: 'Tell me', key: k1 }] },
      { at: 300, blocks: [{ speaker: A, text: 'Tell me about a', key: k1 }] },
      { at: 600, blocks: [{ speaker: A, text: 'Tell me about a time.', key: k1 }] },
    ],
    expected: [{ speaker: A, text: 'Tell me about a time.', final: false }],
  },
  {
    name: 'a quiet period settles the utterance',
    steps: [
      { at: 0, blocks: [{ speaker: A, text: 'Tell me about a time.', key: k1 }] },
      { at: 2000, tick: true },
      { at: 2600, tick: true },
    ],
    expected: [{ speaker: A, text: 'Tell me about a time.', final: true }],
  },
  {
    name: 'a speaker change settles the earlier block',
    steps: [
      { at: 0, blocks: [{ speaker: A, text: 'Why did you do it?', key: k1 }] },
      {
        at: 900,
        blocks: [
          { speaker: A, text: 'Why did you do it?', key: k1 },
          { speaker: Y, text: 'Because the', key: k2 },
        ],
      },
    ],
    expected: [
      { speaker: A, text: 'Why did you do it?', final: true },
      { speaker: Y, text: 'Because the', final: false },
    ],
  },
  {
    name: 'a long text that drops and restarts is a new utterance',
    steps: [
      {
        at: 0,
        blocks: [
          { speaker: Y, text: 'So we spent the whole quarter rebuilding the pipeline', key: k1 },
        ],
      },
      { at: 400, blocks: [{ speaker: Y, text: 'and then', key: k1 }] },
    ],
    expected: [
      { speaker: Y, text: 'So we spent the whole quarter rebuilding the pipeline', final: true },
      { speaker: Y, text: 'and then', final: false },
    ],
  },
  {
    name: 'an unknown speaker that resolves keeps the utterance and updates the name',
    steps: [
      { at: 0, blocks: [{ speaker: 'Unknown', text: 'Walk me through it' }] },
      { at: 500, blocks: [{ speaker: 'Priya', text: 'Walk me through it' }] },
    ],
    expected: [{ speaker: 'Priya', text: 'Walk me through it', final: false }],
  },
  {
    name: 'keyless blocks match by content, corrections stay one utterance',
    steps: [
      { at: 0, blocks: [{ speaker: A, text: 'We shipped it in' }] },
      { at: 300, blocks: [{ speaker: A, text: 'We shipped it in two weeks' }] },
      { at: 600, blocks: [{ speaker: A, text: 'We shipped it in 2 weeks.' }] },
    ],
    expected: [{ speaker: A, text: 'We shipped it in 2 weeks.', final: false }],
  },
  {
    name: 're-inserted old lines (virtualised list) are not repeated',
    steps: [
      {
        at: 0,
        blocks: [
          { speaker: A, text: 'First question.' },
          { speaker: Y, text: 'First answer.' },
        ],
      },
      { at: 500, blocks: [{ speaker: Y, text: 'First answer.' }] },
      {
        at: 900,
        blocks: [
          { speaker: A, text: 'First question.' },
          { speaker: Y, text: 'First answer.' },
          { speaker: A, text: 'Second question.' },
        ],
      },
    ],
    expected: [
      { speaker: A, text: 'First question.', final: true },
      { speaker: Y, text: 'First answer.', final: true },
      { speaker: A, text: 'Second question.', final: false },
    ],
  },
  {
    name: 'a list that empties and re-renders does not repeat its lines',
    steps: [
      {
        at: 0,
        blocks: [
          { speaker: A, text: 'What would you change?' },
          { speaker: Y, text: 'Looking back, I would' },
        ],
      },
      { at: 200, blocks: [] },
      {
        at: 400,
        blocks: [
          { speaker: A, text: 'What would you change?' },
          { speaker: Y, text: 'Looking back, I would ask sooner' },
        ],
      },
    ],
    expected: [
      { speaker: A, text: 'What would you change?', final: true },
      { speaker: Y, text: 'Looking back, I would', final: true },
      { speaker: Y, text: 'ask sooner', final: false },
    ],
  },
  {
    name: 'a settled block that keeps growing emits only the new words',
    steps: [
      { at: 0, blocks: [{ speaker: Y, text: 'I decided to cut scope.', key: k1 }] },
      { at: 3000, tick: true },
      { at: 3500, blocks: [{ speaker: Y, text: 'I decided to cut scope. Then we', key: k1 }] },
    ],
    expected: [
      { speaker: Y, text: 'I decided to cut scope.', final: true },
      { speaker: Y, text: 'Then we', final: false },
    ],
  },
  {
    name: 'a replaced caption area (new nodes, same text) continues the same utterance',
    steps: [
      { at: 0, blocks: [{ speaker: Y, text: 'The call I made', key: k1 }] },
      { at: 2000, blocks: [{ speaker: Y, text: 'The call I made was to', key: k2 }] },
    ],
    expected: [{ speaker: Y, text: 'The call I made was to', final: false }],
  },
];

describe('CaptionTracker', () => {
  it.each(cases)('$name', ({ steps, expected }) => {
    const { out } = run(steps);
    expect(latest(out).map(({ speaker, text, final }) => ({ speaker, text, final }))).toEqual(
      expected,
    );
  });

  it('revisions rise by one per change and final comes last', () => {
    const { out } = run([
      { at: 0, blocks: [{ speaker: A, text: 'One', key: k1 }] },
      { at: 100, blocks: [{ speaker: A, text: 'One two', key: k1 }] },
      { at: 200, blocks: [{ speaker: A, text: 'One two', key: k1 }] },
      { at: 3000, tick: true },
    ]);
    expect(out.map((u) => [u.revision, u.text, u.final])).toEqual([
      [0, 'One', false],
      [1, 'One two', false],
      [2, 'One two', true],
    ]);
    expect(out.at(-1)?.end).toBe(100);
  });

  it('marks the local speaker with isSelf', () => {
    const { out } = run([{ at: 0, blocks: [{ speaker: Y, text: 'Hi' }] }], (s) => s === Y);
    expect(out[0]?.isSelf).toBe(true);
  });

  it('keeps memory to the blocks on screen over a long call', () => {
    const out: Utterance[] = [];
    const tracker = new CaptionTracker({ onUtterance: (u) => out.push(u) });
    const visible: CaptionBlock[] = [];
    for (let i = 0; i < 2000; i++) {
      visible.push({ speaker: i % 2 ? A : Y, text: `line number ${i} words`, key: {} });
      if (visible.length > 4) visible.shift();
      tracker.update(visible, i * 1000);
      tracker.tick(i * 1000);
    }
    expect(tracker.openBlockCount).toBe(4);
    expect(new Set(out.map((u) => u.id)).size).toBe(2000);
  });
});

describe('caption text helpers', () => {
  it('cleaning only the appended part gives the same text as cleaning it all', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '.') });
    fc.assert(
      fc.property(text, text, (prev, added) => {
        const clean = cleanAppended(prev, cleanCaptionText(prev), prev + added);
        expect(clean).toBe(cleanCaptionText(prev + added));
      }),
    );
  });

  const long = 'We had three weeks and the vendor slipped twice so I had to choose';
  it.each([
    ['Tell me', 'Tell me about it', true, false],
    [long, `${long} what to cut.`, true, false],
    [long, long.replace('choose', 'pick'), true, false],
    [long, 'and then we', false, true],
    [long, long.slice(0, 20), true, true],
    ['I', 'Hi everyone', false, false],
  ])('%s → %s: related %s, reset %s', (prev, next, related, reset) => {
    expect(isRelatedText(prev, next)).toBe(related);
    expect(isCaptionReset(prev, next)).toBe(reset);
  });
});
