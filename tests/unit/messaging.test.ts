import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { receiveMessage, type SenderInfo } from '../../lib/messaging';

const own = { id: 'loopside-extension-id', origin: 'chrome-extension://loopside-extension-id/' };
const panel: SenderInfo = { id: own.id, url: `${own.origin}sidepanel.html` };
const background: SenderInfo = { id: own.id };

describe('receiveMessage', () => {
  it.each(['toggle-round', 'next-prompt', 'reveal-probe'] as const)(
    'accepts the %s command from a page of this extension',
    (command) => {
      expect(receiveMessage({ type: 'panel/command', command }, panel, own)).toEqual({
        ok: true,
        message: { type: 'panel/command', command },
      });
      expect(receiveMessage({ type: 'panel/command', command }, background, own).ok).toBe(true);
    },
  );

  const malformed: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'panel/command'],
    ['a number', 42],
    ['an array', [{ type: 'panel/command', command: 'next-prompt' }]],
    ['an empty object', {}],
    ['unknown type', { type: 'panel/delete-everything', command: 'next-prompt' }],
    ['missing command', { type: 'panel/command' }],
    ['unknown command', { type: 'panel/command', command: 'wipe-db' }],
    ['command of the wrong type', { type: 'panel/command', command: 1 }],
    ['type of the wrong type', { type: ['panel/command'], command: 'next-prompt' }],
    ['a huge string', { type: 'panel/command', command: 'x'.repeat(5_000_000) }],
    [
      'extra fields beside a valid command',
      { type: 'panel/command', command: 'next-prompt', extra: '<img src=x onerror=alert(1)>' },
    ],
    [
      'a polluting key',
      JSON.parse('{"type":"panel/command","command":"next-prompt","__proto__":{"x":1}}'),
    ],
    ['a huge type', { type: `panel/command${' '.repeat(1_000_000)}`, command: 'next-prompt' }],
  ];
  it.each(malformed)('rejects %s', (_, raw) => {
    expect(receiveMessage(raw, panel, own)).toEqual({ ok: false, reason: 'malformed message' });
  });

  it('rejects any random value that is not exactly a command', () => {
    const exact = new Set(['toggle-round', 'next-prompt', 'reveal-probe']);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (type, command) => {
        const got = receiveMessage({ type, command }, panel, own);
        const valid = type === 'panel/command' && typeof command === 'string' && exact.has(command);
        expect(got.ok).toBe(valid);
      }),
      { numRuns: 300 },
    );
  });

  const foreign: Array<[string, SenderInfo]> = [
    [
      'another extension',
      { id: 'some-other-extension', url: 'chrome-extension://other/page.html' },
    ],
    ['a web page tab', { id: own.id, url: 'https://meet.google.com/abc', tab: { id: 5 } }],
    [
      'our own page opened in a tab-like context',
      { id: own.id, url: `${own.origin}sidepanel.html`, tab: { id: 9, url: 'https://evil.test' } },
    ],
    ['a page of another origin with our id', { id: own.id, url: 'https://evil.test/' }],
    ['a sender without an id', { url: `${own.origin}sidepanel.html` }],
    ['an empty sender', {}],
  ];
  it.each(foreign)('refuses commands from %s', (_, sender) => {
    expect(receiveMessage({ type: 'panel/command', command: 'toggle-round' }, sender, own)).toEqual(
      { ok: false, reason: 'commands come only from the extension itself' },
    );
  });

  const utterance = {
    type: 'captions/utterance',
    platform: 'meet',
    utterance: {
      id: 'u1',
      revision: 0,
      speaker: 'Interviewer',
      isSelf: false,
      text: 'Tell me about a time you disagreed.',
      start: 1,
      end: 2,
      final: true,
    },
  };
  const reader: SenderInfo = {
    id: own.id,
    url: 'https://meet.google.com/abc-defg-hij',
    tab: { id: 3, url: 'https://meet.google.com/abc-defg-hij' },
  };

  it('accepts captions from our reader on the call site it names', () => {
    expect(receiveMessage(utterance, reader, own)).toEqual({ ok: true, message: utterance });
  });

  it.each([
    'https://teams.microsoft.com/v2/',
    'https://teams.live.com/v2/',
    'https://teams.cloud.microsoft/v2/',
  ])('accepts Teams captions from our reader on %s', (url) => {
    const teams = { ...utterance, platform: 'teams' };
    const sender: SenderInfo = { id: own.id, url, tab: { id: 4, url } };
    expect(receiveMessage(teams, sender, own)).toEqual({ ok: true, message: teams });
  });

  const captionSenders: Array<[string, SenderInfo]> = [
    ['another extension on the call site', { ...reader, id: 'some-other-extension' }],
    ['a page of this extension (no tab)', panel],
    [
      'our script on a different site',
      { id: own.id, url: 'https://meet.google.com.evil.test/', tab: { id: 3 } },
    ],
    [
      'our script on another platform',
      { id: own.id, url: 'https://teams.microsoft.com/x', tab: { id: 3 } },
    ],
    [
      'our script on a look-alike of the new Teams address',
      { id: own.id, url: 'https://teams.cloud.microsoft.evil.test/', tab: { id: 3 } },
    ],
  ];
  it.each(captionSenders)('refuses captions from %s', (_, sender) => {
    expect(receiveMessage(utterance, sender, own)).toEqual({
      ok: false,
      reason: 'captions come only from our reader on that call site',
    });
  });

  it('refuses a caption with text over the size limit', () => {
    const huge = { ...utterance, utterance: { ...utterance.utterance, text: 'x'.repeat(20_001) } };
    expect(receiveMessage(huge, reader, own)).toEqual({ ok: false, reason: 'malformed message' });
  });
});
