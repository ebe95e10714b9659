import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & { permissions?: string[] };
const read = (dir: string): Manifest =>
  JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

const expectedPermissions: Record<string, string[]> = {
  chrome: ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'],
  firefox: ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
};

describe.each([
  ['chrome-mv3', 'chrome'],
  ['firefox-mv3', 'firefox'],
])('the built %s manifest', (dir, browser) => {
  const m = read(dir);

  it('is a Manifest V3 package', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.action).toMatchObject({ default_title: 'Open Loopside' });
    expect(m.browser_action).toBeUndefined();
  });

  it('asks for exactly the permissions the README lists', () => {
    expect([...(m.permissions ?? [])].sort()).toEqual(expectedPermissions[browser]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('keeps the call sites optional', () => {
    const optional = m.optional_host_permissions;
    expect(m.optional_permissions).toBeUndefined();
    expect(optional).toEqual([
      'https://meet.google.com/*',
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://teams.cloud.microsoft/*',
      'https://*.zoom.us/*',
    ]);
  });

  it('requests no host access at install', () => {
    expect(m.host_permissions ?? []).toEqual([]);
    expect((m.permissions ?? []).filter((p) => p.includes('://') || p.includes('*'))).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('exposes no web-accessible resources and keeps the default CSP', () => {
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.content_security_policy).toBeUndefined();
  });

  it(
    browser === 'firefox' ? 'uses sidebar_action, not sidePanel' : 'declares the MV3 side panel',
    () => {
      if (browser === 'firefox') {
        // The sidebar waits to be asked: it must not pop open by itself at install.
        expect(m.sidebar_action).toEqual({
          default_panel: 'sidepanel.html',
          default_title: 'Loopside',
          open_at_install: false,
        });
        expect(m.permissions).not.toContain('sidePanel');
        expect(m.side_panel).toBeUndefined();
      } else {
        expect(m.side_panel).toMatchObject({ default_path: 'sidepanel.html' });
        expect(m.permissions).toContain('sidePanel');
      }
    },
  );
});
