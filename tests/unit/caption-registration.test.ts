import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  hasCallAccess,
  requestCallAccess,
  revokeCallAccess,
  STOP_READER_WAIT_MS,
  syncCaptionScripts,
  watchCallAccess,
} from '../../lib/browser/caption-registration';
import { isPlatformUrl, platforms } from '../../lib/live/platform-hosts';

type Script = { id: string; matches?: string[]; js?: string[] };

/** An in-memory browser: granted origins, registered scripts, open tabs, injections. */
function installBrowser(openTabs: { id: number; url: string }[] = []) {
  const granted = new Set<string>();
  let userSaysYes = true;
  const registered: Script[] = [];
  const injected: { tabId: number; files: string[] }[] = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) =>
    (p.origins ?? []).every((o) => granted.has(o)),
  );
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
    if (!userSaysYes) return false;
    for (const o of p.origins ?? []) granted.add(o);
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
    for (const o of p.origins ?? []) granted.delete(o);
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async () => [...registered] as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (s) => {
    // Like Chrome and Firefox: a second registration under the same id is refused.
    await Promise.resolve();
    for (const script of s as Script[]) {
      if (registered.some((r) => r.id === script.id))
        throw new Error(`Content script with id "${script.id}" is already registered.`);
      registered.push(script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (f) => {
    const ids = new Set(f?.ids ?? []);
    registered.splice(0, registered.length, ...registered.filter((r) => !ids.has(r.id)));
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (i) => {
    injected.push({
      tabId: (i.target as { tabId: number }).tabId,
      files: i.files ?? (i.func ? ['(stop the reader)'] : []),
    });
    return [];
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) => {
    // Tabs of the platform whose match patterns were asked for, by the product's own host rule.
    const patterns = ([] as string[]).concat(q.url ?? []);
    const asked = platforms.filter((p) => p.matches.some((m) => patterns.includes(m)));
    return openTabs.filter((t) => asked.some((p) => isPlatformUrl(p.id, t.url))) as never;
  });
  return {
    registered,
    injected,
    refuse: () => {
      userSaysYes = false;
    },
  };
}

describe('caption readers follow the optional host grants', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('registers nothing until the user grants a call site', async () => {
    const b = installBrowser();
    await syncCaptionScripts();
    expect(b.registered).toEqual([]);
    expect(await hasCallAccess('meet')).toBe(false);
  });

  it('a granted Meet registers only the Meet reader and injects it into an open call', async () => {
    const b = installBrowser([
      { id: 7, url: 'https://meet.google.com/abc-defg-hij' },
      { id: 8, url: 'https://example.com/' },
    ]);
    expect(await requestCallAccess('meet')).toBe(true);
    await syncCaptionScripts();
    expect(b.registered).toEqual([
      expect.objectContaining({
        id: 'loopside-captions-meet',
        matches: ['https://meet.google.com/*'],
        js: ['/content-scripts/meet.js'],
      }),
    ]);
    expect(b.injected).toEqual([{ tabId: 7, files: ['/content-scripts/meet.js'] }]);

    await syncCaptionScripts();
    expect(b.registered).toHaveLength(1);
  });

  it("a granted Teams covers all three of Microsoft's web addresses, the newest included", async () => {
    const b = installBrowser([
      { id: 11, url: 'https://teams.cloud.microsoft/v2/' },
      { id: 12, url: 'https://teams.microsoft.com/v2/' },
      { id: 13, url: 'https://cloud.microsoft/' },
    ]);
    expect(await requestCallAccess('teams')).toBe(true);
    expect(await hasCallAccess('teams')).toBe(true);
    await syncCaptionScripts();
    expect(b.registered).toEqual([
      expect.objectContaining({
        id: 'loopside-captions-teams',
        matches: [
          'https://teams.microsoft.com/*',
          'https://teams.live.com/*',
          'https://teams.cloud.microsoft/*',
        ],
        js: ['/content-scripts/teams.js'],
      }),
    ]);
    expect(b.injected).toEqual([
      { tabId: 11, files: ['/content-scripts/teams.js'] },
      { tabId: 12, files: ['/content-scripts/teams.js'] },
    ]);
  });

  it('a grant arriving while another sync runs registers the reader once, without an error', async () => {
    const b = installBrowser();
    await requestCallAccess('meet');
    // Start-up sync and the permissions.onAdded sync, as the background fires them.
    await expect(Promise.all([syncCaptionScripts(), syncCaptionScripts()])).resolves.toBeDefined();
    expect(b.registered.map((r) => r.id)).toEqual(['loopside-captions-meet']);
  });

  it('a refused prompt registers nothing', async () => {
    const b = installBrowser();
    b.refuse();
    expect(await requestCallAccess('teams')).toBe(false);
    await syncCaptionScripts();
    expect(b.registered).toEqual([]);
  });

  it('removing the grant stops the reader in open calls and unregisters it', async () => {
    const b = installBrowser([{ id: 9, url: 'https://us02web.zoom.us/wc/123' }]);
    await requestCallAccess('zoom');
    await syncCaptionScripts();
    expect(b.registered.map((r) => r.id)).toEqual(['loopside-captions-zoom']);
    b.injected.length = 0;
    await revokeCallAccess('zoom');
    expect(b.injected).toEqual([{ tabId: 9, files: ['(stop the reader)'] }]);
    expect(await hasCallAccess('zoom')).toBe(false);
    await syncCaptionScripts();
    expect(b.registered).toEqual([]);
  });
  it('a call tab that never answers does not keep the grant', async () => {
    const b = installBrowser([{ id: 9, url: 'https://us02web.zoom.us/wc/123' }]);
    await requestCallAccess('zoom');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(
      () => new Promise(() => undefined),
    );
    vi.useFakeTimers();
    try {
      const revoked = revokeCallAccess('zoom');
      await vi.advanceTimersByTimeAsync(STOP_READER_WAIT_MS);
      await expect(revoked).resolves.toBe(true);
    } finally {
      vi.useRealTimers();
    }
    expect(await hasCallAccess('zoom')).toBe(false);
    await syncCaptionScripts();
    expect(b.registered).toEqual([]);
  });
});

describe('the panel hears about grants made or taken away anywhere', () => {
  it('calls back on every grant and removal until the panel stops listening', async () => {
    const listeners = { added: new Set<() => void>(), removed: new Set<() => void>() };
    const fire = (which: 'added' | 'removed') => listeners[which].forEach((l) => l());
    for (const [event, set] of [
      [fakeBrowser.permissions.onAdded, listeners.added],
      [fakeBrowser.permissions.onRemoved, listeners.removed],
    ] as const) {
      vi.spyOn(event, 'addListener').mockImplementation((l) => void set.add(l as () => void));
      vi.spyOn(event, 'removeListener').mockImplementation((l) => void set.delete(l as () => void));
    }
    const changes: string[] = [];
    const listening = new AbortController();
    watchCallAccess(() => changes.push('changed'), listening.signal);
    fire('added');
    fire('removed');
    expect(changes).toEqual(['changed', 'changed']);
    listening.abort();
    fire('added');
    fire('removed');
    expect(changes).toHaveLength(2);
    expect(listeners.added.size + listeners.removed.size).toBe(0);
  });
});
