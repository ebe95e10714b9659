import { describe, expect, it } from 'vitest';
import { createChunkWriter, stopReasons } from '../../lib/recording/chunk-writer';

const GB = 1024 ** 3;
const chunk = (text: string) => new Blob([text]);

/** A store whose appends take turns finishing out of order, to show the writer keeps order. */
function harness(
  opts: { usage?: number; quota?: number; deletedAt?: number; failAt?: number } = {},
) {
  const stored: number[] = [];
  const stops: string[] = [];
  let spaceAsked = 0;
  const writer = createChunkWriter(Promise.resolve(), {
    append: async (seq) => {
      // Later chunks resolve sooner: only a queue keeps them in order.
      await new Promise((r) => setTimeout(r, seq % 2 === 0 ? 5 : 0));
      if (seq === opts.failAt) throw new Error('disk');
      if (seq === opts.deletedAt) return false;
      stored.push(seq);
      return true;
    },
    space: async () => {
      spaceAsked++;
      return { usageBytes: opts.usage ?? 1 * GB, quotaBytes: opts.quota ?? 10 * GB };
    },
    stop: (reason) => stops.push(reason),
    checkEvery: 3,
  });
  return { writer, stored, stops, spaceAsked: () => spaceAsked };
}

describe('recording chunks are written one at a time, in order', () => {
  it('stores every chunk in the order recorded and asks for space every few chunks', async () => {
    const h = harness();
    for (let seq = 0; seq < 7; seq++) h.writer.write(chunk(`c${seq}`), seq);
    await h.writer.settled();
    expect(h.stored).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(h.spaceAsked()).toBe(2);
    expect(h.stops).toEqual([]);
  });

  it('runs other work on the recording after the chunks queued before it', async () => {
    const h = harness();
    const order: string[] = [];
    h.writer.write(chunk('a'), 0);
    h.writer.after(async () => {
      order.push(`joined round after ${h.stored.length} chunk(s)`);
    });
    h.writer.write(chunk('b'), 1);
    await h.writer.settled();
    expect(order).toEqual(['joined round after 1 chunk(s)']);
    expect(h.stored).toEqual([0, 1]);
  });

  it('stops once, keeping what was written, when the recording was deleted elsewhere', async () => {
    const h = harness({ deletedAt: 2 });
    for (let seq = 0; seq < 5; seq++) h.writer.write(chunk('x'), seq);
    await h.writer.settled();
    expect(h.stored).toEqual([0, 1]);
    expect(h.stops).toEqual([stopReasons.deleted]);
  });

  it('stops when the browser is nearly out of space, and says the recording is kept', async () => {
    const h = harness({ usage: 10 * GB - 1024, quota: 10 * GB });
    for (let seq = 0; seq < 6; seq++) h.writer.write(chunk('x'), seq);
    await h.writer.settled();
    // The check after the third chunk finds no room: nothing after it is written.
    expect(h.stored).toEqual([0, 1, 2]);
    expect(h.stops).toEqual([stopReasons.noSpace]);
    expect(stopReasons.noSpace).toMatch(/recorded is kept/);
  });

  it('never stops for space when the browser does not report it', async () => {
    const stops: string[] = [];
    const writer = createChunkWriter(Promise.resolve(), {
      append: async () => true,
      space: async () => ({ usageBytes: null, quotaBytes: null }),
      stop: (r) => stops.push(r),
      checkEvery: 1,
    });
    for (let seq = 0; seq < 4; seq++) writer.write(chunk('x'), seq);
    await writer.settled();
    expect(stops).toEqual([]);
  });

  it('stops with a message when a chunk cannot be saved, and settles instead of hanging', async () => {
    const h = harness({ failAt: 1 });
    for (let seq = 0; seq < 4; seq++) h.writer.write(chunk('x'), seq);
    await h.writer.settled();
    expect(h.stored).toEqual([0]);
    expect(h.stops).toEqual([stopReasons.writeFailed]);
  });

  it('waits for the recording row before the first chunk', async () => {
    const events: string[] = [];
    let created!: () => void;
    const writer = createChunkWriter(
      new Promise<void>((r) => (created = r)).then(() => events.push('row')),
      {
        append: async (seq) => (events.push(`chunk ${seq}`), true),
        space: async () => ({ usageBytes: 0, quotaBytes: GB }),
        stop: () => {},
      },
    );
    writer.write(chunk('x'), 0);
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual([]);
    created();
    await writer.settled();
    expect(events).toEqual(['row', 'chunk 0']);
  });
});
