// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findMeetCaptionRoot, readMeetBlocks } from '../../lib/captions/meet-adapter';
import { buildMeetCall } from '../fixtures/captions/meet-dom';
import { resetDocument, watchHarness } from '../fixtures/captions/watch-harness';

afterEach(() => resetDocument(document));

const view = (h: ReturnType<typeof watchHarness>) =>
  h.latest().map(({ speaker, text, final, isSelf }) => ({ speaker, text, final, isSelf }));

describe('findMeetCaptionRoot', () => {
  it.each([
    ['Captions', true],
    ['Untertitel', true],
    ['Sous-titres', true],
    ['Subtítulos', true],
    ['Participants', false],
  ])('region labelled %s → found: %s', (label, found) => {
    buildMeetCall(document, { label });
    expect(findMeetCaptionRoot(document) !== null).toBe(found);
  });
});

describe('readMeetBlocks', () => {
  it('reads name and text per block and skips the trailing non-caption children', () => {
    const call = buildMeetCall(document);
    call.addBlock('Alex Kim', 'Tell me about a hard call.');
    call.addBlock('You', 'Sure.');
    const blocks = readMeetBlocks(call.region as Element);
    expect(blocks.map(({ speaker, text }) => ({ speaker, text }))).toEqual([
      { speaker: 'Alex Kim', text: 'Tell me about a hard call.' },
      { speaker: 'You', text: 'Sure.' },
    ]);
  });
});

describe('Meet caption watcher', () => {
  it('normal flow: a growing block becomes one utterance, settled after a quiet period', async () => {
    const call = buildMeetCall(document);
    const h = watchHarness('meet', document);
    h.watcher.start();
    const block = call.addBlock('Alex Kim', 'Tell me');
    await h.settle();
    call.setText(block, 'Tell me about a decision');
    await h.settle();
    call.setText(block, 'Tell me about a decision you would revisit.');
    await h.settle(3000);
    expect(view(h)).toEqual([
      {
        speaker: 'Alex Kim',
        text: 'Tell me about a decision you would revisit.',
        final: true,
        isSelf: false,
      },
    ]);
    expect(h.states()).toEqual(['searching', 'working']);
  });

  it.each([
    { selfName: undefined, speaker: 'You', isSelf: true },
    { selfName: 'Sam Lee', speaker: 'Sam Lee', isSelf: true },
    { selfName: 'Sam Lee', speaker: 'Alex Kim', isSelf: false },
  ])('labels self: $speaker with self name $selfName → $isSelf', async (c) => {
    const call = buildMeetCall(document, { selfName: c.selfName });
    const h = watchHarness('meet', document);
    h.watcher.start();
    call.addBlock(c.speaker, 'Hello there.');
    await h.settle();
    expect(h.latest()[0]?.isSelf).toBe(c.isSelf);
  });

  it('speaker change settles the previous utterance', async () => {
    const call = buildMeetCall(document);
    const h = watchHarness('meet', document);
    h.watcher.start();
    call.addBlock('Alex Kim', 'What did you decide?');
    await h.settle();
    call.addBlock('You', 'I decided to');
    await h.settle();
    expect(view(h)).toEqual([
      { speaker: 'Alex Kim', text: 'What did you decide?', final: true, isSelf: false },
      { speaker: 'You', text: 'I decided to', final: false, isSelf: true },
    ]);
  });

  it('replaced caption area: reports lost then refound and keeps the same utterance going', async () => {
    const call = buildMeetCall(document);
    const h = watchHarness('meet', document);
    h.watcher.start();
    call.addBlock('You', 'The trade-off I made');
    await h.settle();
    call.replaceRegion();
    await h.settle();
    const fresh = call.region?.querySelector('.x-block') as Element;
    call.setText(fresh, 'The trade-off I made was speed over polish.');
    await h.settle();
    expect(h.states()).toEqual(['searching', 'working', 'lost', 'refound']);
    expect(view(h)).toEqual([
      {
        speaker: 'You',
        text: 'The trade-off I made was speed over polish.',
        final: false,
        isSelf: true,
      },
    ]);
  });

  it('a long monologue whose text restarts becomes a new utterance', async () => {
    const call = buildMeetCall(document);
    const h = watchHarness('meet', document);
    h.watcher.start();
    const long = 'We had three weeks, the vendor slipped twice, and I had to choose what to cut';
    const block = call.addBlock('You', long);
    await h.settle();
    call.setText(block, 'so I cut');
    await h.settle();
    expect(view(h).map((u) => [u.text, u.final])).toEqual([
      [long, true],
      ['so I cut', false],
    ]);
  });

  it('an unknown speaker that later resolves updates the same utterance', async () => {
    const call = buildMeetCall(document);
    const h = watchHarness('meet', document);
    h.watcher.start();
    const block = call.addBlock('Unknown', 'Why that option?');
    await h.settle();
    call.setSpeaker(block, 'Alex Kim');
    await h.settle();
    expect(h.latest()).toHaveLength(1);
    expect(h.latest()[0]?.speaker).toBe('Alex Kim');
    expect(h.latest()[0]?.revision).toBeGreaterThan(0);
  });

  it('caption area gone while captions are on: lost, not "turn them on"; turned off: off', async () => {
    const call = buildMeetCall(document);
    const h = watchHarness('meet', document);
    h.watcher.start();
    call.addBlock('You', 'The trade-off I made');
    await h.settle();
    // A layout change takes the area away; the CC button still says "Turn off captions".
    call.region?.remove();
    await h.settle();
    await h.settle();
    expect(h.states()).toEqual(['searching', 'working', 'lost']);
    call.captionsOff();
    await h.settle();
    expect(h.states().at(-1)).toBe('captions-off');
  });

  it('captions off in a call: says how to turn them on, then picks them up', async () => {
    const call = buildMeetCall(document, { captions: false });
    const h = watchHarness('meet', document);
    h.watcher.start();
    const off = h.health.at(-1);
    expect(off?.state).toBe('captions-off');
    expect(off?.detail).toMatch(/CC button/);
    expect(off?.detail).toMatch(/press c/);
    call.captionsOn();
    call.addBlock('Alex Kim', 'Ready when you are.');
    await h.settle();
    expect(h.states().at(-1)).toBe('working');
    expect(h.latest()[0]?.text).toBe('Ready when you are.');
  });

  it('no call on the page: searching, then not found', async () => {
    const h = watchHarness('meet', document);
    h.watcher.start();
    await h.settle();
    await h.settle();
    expect(h.states()).toEqual(['searching', 'not-found']);
  });

  it('never changes the page, and stop() ends all reading', async () => {
    const call = buildMeetCall(document);
    const block = call.addBlock('Alex Kim', 'First');
    const before = document.body.outerHTML;
    const h = watchHarness('meet', document);
    h.watcher.start();
    await h.settle();
    expect(document.body.outerHTML).toBe(before);
    h.watcher.stop();
    const count = h.utterances.length;
    call.setText(block, 'First and more');
    call.addBlock('You', 'Another');
    await h.settle();
    expect(h.utterances.length).toBe(count);
  });
});
