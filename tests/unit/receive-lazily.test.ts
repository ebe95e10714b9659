import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenCaptions } from '../../lib/browser/listen-captions';
import { listenPanelCommands } from '../../lib/browser/listen-panel-commands';

const own = fakeBrowser.runtime.id;
const meetTab = {
  id: own,
  url: 'https://meet.google.com/abc',
  tab: { id: 3, url: 'https://meet.google.com/abc' },
};
const utterance = {
  id: 'u1',
  revision: 0,
  speaker: 'You',
  isSelf: true,
  text: 'I decided to pause the launch.',
  start: 1,
  end: 2,
  final: true,
};
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('runtime listeners only pass on valid messages from allowed senders', () => {
  it('captions: accepted from our reader on the call site, dropped otherwise', async () => {
    const onUtterance = vi.fn();
    const onHealth = vi.fn();
    const listening = new AbortController();
    listenCaptions({ onUtterance, onHealth }, listening.signal);
    const send = (msg: unknown, sender: object) =>
      fakeBrowser.runtime.onMessage.trigger(msg, sender as never);

    await send({ type: 'captions/utterance', platform: 'meet', utterance }, meetTab);
    await send(
      { type: 'captions/utterance', platform: 'meet', utterance },
      { ...meetTab, id: 'other-extension' },
    );
    await send(
      { type: 'captions/utterance', platform: 'meet', utterance },
      { ...meetTab, url: 'https://evil.example/', tab: { id: 4, url: 'https://evil.example/' } },
    );
    await send(
      { type: 'captions/utterance', platform: 'meet', utterance: { ...utterance, revision: -1 } },
      meetTab,
    );
    await send(
      { type: 'captions/utterance', platform: 'meet', utterance, extra: '<img src=x>' },
      meetTab,
    );
    await send('captions/utterance', meetTab);
    await send(
      {
        type: 'captions/health',
        health: { platform: 'meet', state: 'working', detail: 'ok', at: 1 },
      },
      { id: own },
    );
    // Validation loads on the first message; wait for it, then make sure nothing else trickles in.
    await vi.waitFor(() => expect(onUtterance).toHaveBeenCalled(), { timeout: 5_000 });
    await settle();

    expect(onUtterance).toHaveBeenCalledTimes(1);
    expect(onUtterance).toHaveBeenCalledWith(utterance, 'meet');
    expect(onHealth).not.toHaveBeenCalled();
    listening.abort();
  });

  it('commands: accepted from the extension itself for this window, dropped otherwise', async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1 } as never);
    const onCommand = vi.fn();
    const listening = new AbortController();
    listenPanelCommands(onCommand, listening.signal);
    const send = (msg: unknown, sender: object) =>
      fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
    await send({ type: 'panel/command', command: 'next-prompt', windowId: 1 }, { id: own });
    await send({ type: 'panel/command', command: 'toggle-round', windowId: 2 }, { id: own });
    await send({ type: 'panel/command', command: 'next-prompt' }, meetTab);
    await send({ type: 'panel/command', command: 'delete-everything' }, { id: own });
    await vi.waitFor(() => expect(onCommand).toHaveBeenCalled(), { timeout: 5_000 });
    await settle();
    expect(onCommand.mock.calls).toEqual([['next-prompt']]);
    listening.abort();
  });

  it('stops listening when its signal aborts, even for a message still being validated', async () => {
    const onUtterance = vi.fn();
    const listening = new AbortController();
    listenCaptions({ onUtterance, onHealth: vi.fn() }, listening.signal);
    const send = (msg: unknown) => fakeBrowser.runtime.onMessage.trigger(msg, meetTab as never);
    await send({ type: 'captions/utterance', platform: 'meet', utterance });
    await vi.waitFor(() => expect(onUtterance).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    const inFlight = send({
      type: 'captions/utterance',
      platform: 'meet',
      utterance: { ...utterance, revision: 2 },
    });
    listening.abort();
    await inFlight;
    await send({
      type: 'captions/utterance',
      platform: 'meet',
      utterance: { ...utterance, revision: 3 },
    });
    await settle();
    expect(onUtterance).toHaveBeenCalledTimes(1);
  });
});
