// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createZoomBlockReader,
  findZoomCaptionRoot,
  parseZoomParticipantName,
} from '../../lib/captions/zoom-adapter';
import { buildZoomCall } from '../fixtures/captions/zoom-dom';
import { resetDocument, watchHarness } from '../fixtures/captions/watch-harness';

afterEach(() => resetDocument(document));

const texts = (h: ReturnType<typeof watchHarness>) =>
  h.latest().map(({ speaker, text, final, isSelf }) => [speaker, text, final, isSelf]);

describe('parseZoomParticipantName', () => {
  it.each([
    ['Dana Cole', { name: 'Dana Cole', self: false }],
    ['Dana Cole (Me)', { name: 'Dana Cole', self: true }],
    ['Dana Cole (Host, me)', { name: 'Dana Cole', self: true }],
    ['Rui Ito (Host)', { name: 'Rui Ito', self: false }],
  ])('%s', (raw, expected) => {
    expect(parseZoomParticipantName(raw)).toEqual(expected);
  });
});

describe('Zoom caption reading', () => {
  it.each([false, true])('finds the caption box (inside the #webclient frame: %s)', (inFrame) => {
    buildZoomCall(document, { inFrame });
    expect(findZoomCaptionRoot(document)?.id).toBe('live-transcription-subtitle');
  });

  it('names speakers from avatar alt, then the participant list, else "Speaker N"', () => {
    const call = buildZoomCall(document);
    call.addParticipant('dana.png', 'Dana Cole (Me)');
    call.addLine('rui.png', 'First line.', 'Rui Ito');
    call.addLine('dana.png', 'Second line.');
    call.addLine('x.png', 'Third line.');
    call.addLine('y.png', 'Fourth line.');
    call.addLine('x.png', 'Fifth line.');
    const reader = createZoomBlockReader();
    const blocks = reader.read(findZoomCaptionRoot(document) as Element);
    expect(blocks.map((b) => b.speaker)).toEqual([
      'Rui Ito',
      'Dana Cole',
      'Speaker 1',
      'Speaker 2',
      'Speaker 1',
    ]);
    expect(reader.isSelf('Dana Cole')).toBe(true);
    expect(reader.isSelf('Rui Ito')).toBe(false);
  });
});

describe('Zoom caption watcher', () => {
  it('normal flow inside the iframe, self from the participant list', async () => {
    const call = buildZoomCall(document, { inFrame: true });
    call.addParticipant('dana.png', 'Dana Cole (Me)');
    const h = watchHarness('zoom', document);
    h.watcher.start();
    const q = call.addLine('rui.png', 'Why did you', 'Rui Ito');
    await h.settle();
    call.setText(q, 'Why did you push back?');
    await h.settle();
    call.addLine('dana.png', 'Because the data');
    await h.settle();
    expect(texts(h)).toEqual([
      ['Rui Ito', 'Why did you push back?', true, false],
      ['Dana Cole', 'Because the data', false, true],
    ]);
  });

  it('replaced caption box: lost then refound, the open line continues', async () => {
    const call = buildZoomCall(document);
    const h = watchHarness('zoom', document);
    h.watcher.start();
    call.addLine('rui.png', 'Walk me', 'Rui Ito');
    await h.settle();
    call.replaceBox();
    await h.settle();
    const item = call.box?.querySelector('.live-transcription-subtitle__item') as Element;
    call.setText(item, 'Walk me through it.');
    await h.settle();
    expect(h.states()).toEqual(['searching', 'working', 'lost', 'refound']);
    expect(texts(h)).toEqual([['Rui Ito', 'Walk me through it.', false, false]]);
  });

  it('a long line whose text resets becomes a new utterance', async () => {
    const call = buildZoomCall(document);
    const h = watchHarness('zoom', document);
    h.watcher.start();
    const long = 'I set up a weekly review with the two teams and we tracked every open issue';
    const item = call.addLine('dana.png', long, 'Dana Cole');
    await h.settle();
    call.setText(item, 'which helped');
    await h.settle();
    expect(texts(h).map(([, text, final]) => [text, final])).toEqual([
      [long, true],
      ['which helped', false],
    ]);
  });

  it('"Speaker N" resolves to a name once the participant list shows the avatar', async () => {
    const call = buildZoomCall(document);
    const h = watchHarness('zoom', document);
    h.watcher.start();
    const item = call.addLine('rui.png', 'Tell me more');
    await h.settle();
    expect(h.latest()[0]?.speaker).toBe('Speaker 1');
    call.addParticipant('rui.png', 'Rui Ito (Host)');
    call.setText(item, 'Tell me more about that.');
    await h.settle();
    expect(texts(h)).toEqual([['Rui Ito', 'Tell me more about that.', false, false]]);
  });

  it('captions off: explains that the host may need to allow captions', async () => {
    const call = buildZoomCall(document, { inFrame: true, captions: false });
    const h = watchHarness('zoom', document);
    h.watcher.start();
    expect(h.health.at(-1)?.state).toBe('captions-off');
    expect(h.health.at(-1)?.detail).toMatch(/host/);
    call.captionsOn();
    await h.settle();
    expect(h.states().at(-1)).toBe('working');
  });
});
