import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Utterance } from '../../lib/captions/utterance-schema';
import {
  BUFFER_SAVE_EVERY_MS,
  createBufferSaver,
  loadUtterances,
} from '../../lib/browser/utterance-buffer';

const line = (text: string): Utterance => ({
  id: 'answer',
  revision: text.length,
  speaker: 'You',
  isSelf: true,
  text,
  start: 0,
  end: 0,
  final: false,
});

describe('the caption buffer kept for a reload', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('is saved while captions keep changing, not only after a pause', async () => {
    const saver = createBufferSaver('captions');
    let text = '';
    // A long answer: the caption grows every 100 ms for three seconds, with no pause.
    for (let i = 0; i < 30; i++) {
      text += ` word${i}`;
      saver.save([line(text.trim())]);
      await vi.advanceTimersByTimeAsync(100);
    }
    const saved = await loadUtterances('captions');
    // At most one period (plus the write) behind the newest words.
    const heard = saved[0]?.text.split(' ').length ?? 0;
    expect(heard).toBeGreaterThanOrEqual(30 - Math.ceil(BUFFER_SAVE_EVERY_MS / 100) - 1);
    await vi.advanceTimersByTimeAsync(BUFFER_SAVE_EVERY_MS * 2);
    expect((await loadUtterances('captions'))[0]?.text).toBe(text.trim());
  });

  it('keeps one write in flight and sends only the newest lines after it', async () => {
    const writes: string[] = [];
    let finish: () => void = () => undefined;
    const saver = createBufferSaver('captions', (_name, list) => {
      writes.push(list[0]?.text ?? '');
      return new Promise<void>((done) => (finish = done));
    });
    saver.save([line('one')]);
    await vi.advanceTimersByTimeAsync(BUFFER_SAVE_EVERY_MS);
    saver.save([line('one two')]);
    saver.save([line('one two three')]);
    await vi.advanceTimersByTimeAsync(BUFFER_SAVE_EVERY_MS * 4);
    expect(writes).toEqual(['one']);
    finish();
    await vi.advanceTimersByTimeAsync(BUFFER_SAVE_EVERY_MS);
    expect(writes).toEqual(['one', 'one two three']);
  });

  it('writes what is waiting at once when the page goes away', async () => {
    const saver = createBufferSaver('captions');
    saver.save([line('the last words')]);
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect((await loadUtterances('captions'))[0]?.text).toBe('the last words');
  });
});
