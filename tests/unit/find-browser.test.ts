import { describe, expect, it } from 'vitest';
import { candidatePaths, findBrowser } from '../../scripts/find-browser.mjs';

/** A computer with exactly these files, on that system, with that environment. */
const computer = (
  platform: string,
  files: string[],
  env: Record<string, string | undefined> = {},
) => ({ platform, env, exists: (p: string) => new Set(files).has(p) });

const winEnv = {
  PROGRAMFILES: 'C:\\Program Files',
  'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local',
};

describe('npm start finds a Chromium-family browser', () => {
  it('on Linux: Chromium first, else Chrome, Edge or Brave where their packages put them', () => {
    expect(
      findBrowser('chromium', computer('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium'])),
    ).toEqual({ browser: { name: 'Chromium', path: '/usr/bin/chromium' } });
    expect(findBrowser('chromium', computer('linux', ['/opt/google/chrome/chrome']))).toEqual({
      browser: { name: 'Google Chrome', path: '/opt/google/chrome/chrome' },
    });
    expect(findBrowser('chromium', computer('linux', ['/usr/bin/microsoft-edge-stable']))).toEqual({
      browser: { name: 'Microsoft Edge', path: '/usr/bin/microsoft-edge-stable' },
    });
    expect(findBrowser('chromium', computer('linux', ['/snap/bin/brave']))).toEqual({
      browser: { name: 'Brave', path: '/snap/bin/brave' },
    });
  });

  it('on macOS: the app bundles in /Applications and in the home folder', () => {
    const home = { HOME: '/Users/ana' };
    expect(
      findBrowser(
        'chromium',
        computer('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], home),
      ),
    ).toEqual({
      browser: {
        name: 'Google Chrome',
        path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      },
    });
    expect(
      findBrowser(
        'chromium',
        computer('darwin', ['/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium'], home),
      ).browser?.name,
    ).toBe('Chromium');
    expect(
      findBrowser(
        'chromium',
        computer('darwin', ['/Applications/Brave Browser.app/Contents/MacOS/Brave Browser'], home),
      ).browser?.name,
    ).toBe('Brave');
  });

  it('on Windows: Program Files, Program Files (x86) and the per-user AppData folder', () => {
    expect(
      findBrowser(
        'chromium',
        computer(
          'win32',
          ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
          winEnv,
        ),
      ),
    ).toEqual({
      browser: {
        name: 'Microsoft Edge',
        path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      },
    });
    expect(
      findBrowser(
        'chromium',
        computer(
          'win32',
          ['C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
          winEnv,
        ),
      ).browser?.name,
    ).toBe('Google Chrome');
  });

  it('skips places whose environment variable is not set', () => {
    const paths = candidatePaths('chromium', 'win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((c) => c.path.startsWith('C:\\Program Files\\'))).toBe(true);
  });

  it('CHROMIUM_PATH wins, and a wrong one says so', () => {
    const env = { CHROMIUM_PATH: '/home/ana/chrome-linux/chrome' };
    expect(
      findBrowser(
        'chromium',
        computer('linux', ['/home/ana/chrome-linux/chrome', '/usr/bin/chromium'], env),
      ),
    ).toEqual({ browser: { name: 'CHROMIUM_PATH', path: '/home/ana/chrome-linux/chrome' } });
    expect(findBrowser('chromium', computer('linux', ['/usr/bin/chromium'], env)).error).toBe(
      'CHROMIUM_PATH is set to /home/ana/chrome-linux/chrome, but there is no browser there.',
    );
  });

  it.each([
    ['linux', 'sudo apt-get install chromium'],
    ['darwin', 'brew install --cask chromium'],
    ['win32', 'winget install Hibbiki.Chromium'],
  ])('with none on %s, says what to install there', (platform, hint) => {
    const { browser, error } = findBrowser('chromium', computer(platform, [], winEnv));
    expect(browser).toBeUndefined();
    expect(error).toContain('No Chrome, Chromium, Microsoft Edge or Brave was found');
    expect(error).toContain(hint);
    expect(error).toContain('CHROMIUM_PATH');
  });
});

describe('npm start -- --firefox finds Firefox', () => {
  it.each([
    ['linux', '/usr/bin/firefox-esr', {}],
    ['darwin', '/Applications/Firefox.app/Contents/MacOS/firefox', { HOME: '/Users/ana' }],
    ['win32', 'C:\\Program Files\\Mozilla Firefox\\firefox.exe', winEnv],
  ])('on %s at %s', (platform, path, env) => {
    expect(findBrowser('firefox', computer(platform, [path], env))).toEqual({
      browser: { name: 'Firefox', path },
    });
  });

  it.each([
    ['linux', 'sudo apt-get install firefox-esr'],
    ['darwin', 'brew install --cask firefox'],
    ['win32', 'winget install Mozilla.Firefox'],
  ])('with none on %s, says what to install there', (platform, hint) => {
    const { error } = findBrowser('firefox', computer(platform, [], winEnv));
    expect(error).toContain('No Firefox was found');
    expect(error).toContain(hint);
    expect(error).toContain('FIREFOX_PATH');
  });
});
