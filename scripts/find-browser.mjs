// Where `npm start` looks for a browser, per operating system. Paths are data; `{NAME}` is an
// environment variable (a path whose variable is unset is skipped). Pure: the file system and the
// environment come in as arguments, so a test can fake each system.

/** Chromium-family browsers, in the order they are tried. Chromium first: it still loads an
 * unpacked extension from the command line, which branded Chrome and Edge stopped doing in 137. */
export const chromiumBrowsers = {
  linux: [
    {
      name: 'Chromium',
      paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'],
    },
    {
      name: 'Google Chrome',
      paths: [
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/opt/google/chrome/chrome',
      ],
    },
    {
      name: 'Microsoft Edge',
      paths: [
        '/usr/bin/microsoft-edge',
        '/usr/bin/microsoft-edge-stable',
        '/opt/microsoft/msedge/msedge',
      ],
    },
    {
      name: 'Brave',
      paths: [
        '/usr/bin/brave-browser',
        '/usr/bin/brave',
        '/opt/brave.com/brave/brave',
        '/snap/bin/brave',
      ],
    },
  ],
  darwin: [
    {
      name: 'Chromium',
      paths: [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '{HOME}/Applications/Chromium.app/Contents/MacOS/Chromium',
      ],
    },
    {
      name: 'Google Chrome',
      paths: [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '{HOME}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ],
    },
    {
      name: 'Microsoft Edge',
      paths: ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    },
    {
      name: 'Brave',
      paths: ['/Applications/Brave Browser.app/Contents/MacOS/Brave Browser'],
    },
  ],
  win32: [
    { name: 'Chromium', paths: ['{LOCALAPPDATA}\\Chromium\\Application\\chrome.exe'] },
    {
      name: 'Google Chrome',
      paths: [
        '{PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe',
        '{PROGRAMFILES(X86)}\\Google\\Chrome\\Application\\chrome.exe',
        '{LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe',
      ],
    },
    {
      name: 'Microsoft Edge',
      paths: [
        '{PROGRAMFILES(X86)}\\Microsoft\\Edge\\Application\\msedge.exe',
        '{PROGRAMFILES}\\Microsoft\\Edge\\Application\\msedge.exe',
      ],
    },
    {
      name: 'Brave',
      paths: [
        '{PROGRAMFILES}\\BraveSoftware\\Brave-Browser\\Application\\brave.exe',
        '{LOCALAPPDATA}\\BraveSoftware\\Brave-Browser\\Application\\brave.exe',
      ],
    },
  ],
};

export const firefoxBrowsers = {
  linux: [
    {
      name: 'Firefox',
      paths: [
        '/usr/bin/firefox',
        '/usr/bin/firefox-esr',
        '/snap/bin/firefox',
        '/usr/lib/firefox/firefox',
        '/opt/firefox/firefox',
      ],
    },
  ],
  darwin: [
    {
      name: 'Firefox',
      paths: [
        '/Applications/Firefox.app/Contents/MacOS/firefox',
        '{HOME}/Applications/Firefox.app/Contents/MacOS/firefox',
        '/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox',
      ],
    },
  ],
  win32: [
    {
      name: 'Firefox',
      paths: [
        '{PROGRAMFILES}\\Mozilla Firefox\\firefox.exe',
        '{PROGRAMFILES(X86)}\\Mozilla Firefox\\firefox.exe',
        '{LOCALAPPDATA}\\Mozilla Firefox\\firefox.exe',
      ],
    },
  ],
};

// Google Chrome and Microsoft Edge 137+ refuse --load-extension, so `npm start` needs Chromium or
// Brave; with Chrome or Edge the extension is loaded by hand (README).
const installHints = {
  chromium: {
    linux:
      'Install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium) or Brave.',
    darwin:
      'Install Chromium (brew install --cask chromium) or Brave (brew install --cask brave-browser).',
    win32:
      'Install Chromium (winget install Hibbiki.Chromium) or Brave (winget install Brave.Brave).',
  },
  firefox: {
    linux:
      'Install Firefox (Debian: sudo apt-get install firefox-esr; Ubuntu: sudo snap install firefox; Fedora: sudo dnf install firefox).',
    darwin: 'Install Firefox (brew install --cask firefox) or from mozilla.org/firefox.',
    win32: 'Install Firefox (winget install Mozilla.Firefox) or from mozilla.org/firefox.',
  },
};

const overrideVariable = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };

function expand(template, env) {
  let missing = false;
  const path = template.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = env[name];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? undefined : path;
}

/** Every place tried on that system, in order, with the browser each would be. */
export function candidatePaths(kind, platform, env) {
  const table = (kind === 'firefox' ? firefoxBrowsers : chromiumBrowsers)[platform] ?? [];
  const override = env[overrideVariable[kind]];
  const listed = table.flatMap(({ name, paths }) =>
    paths.map((p) => ({ name, path: expand(p, env) })).filter((c) => c.path !== undefined),
  );
  return override ? [{ name: `${overrideVariable[kind]}`, path: override }, ...listed] : listed;
}

/**
 * The first installed browser of that kind ('chromium' or 'firefox'), or an error naming what was
 * looked for and what to install. CHROMIUM_PATH / FIREFOX_PATH win when set, and must exist.
 */
export function findBrowser(kind, { platform, env, exists }) {
  const override = env[overrideVariable[kind]];
  if (override && !exists(override)) {
    return {
      error: `${overrideVariable[kind]} is set to ${override}, but there is no browser there.`,
    };
  }
  const found = candidatePaths(kind, platform, env).find((c) => exists(c.path));
  if (found) return { browser: found };
  const names = kind === 'firefox' ? 'Firefox' : 'Chrome, Chromium, Microsoft Edge or Brave';
  const hint = installHints[kind][platform] ?? installHints[kind].linux;
  return {
    error: `No ${names} was found on this computer. ${hint} To use a browser installed elsewhere, set ${overrideVariable[kind]} to its program file.`,
  };
}
