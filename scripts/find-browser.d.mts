// Types for find-browser.mjs, which Node runs as plain JavaScript from `npm start`.
export type BrowserKind = 'chromium' | 'firefox';
export interface BrowserEntry {
  name: string;
  paths: string[];
}
export interface Candidate {
  name: string;
  path: string;
}
export interface FileSystemView {
  platform: string;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
}

export const chromiumBrowsers: Record<'linux' | 'darwin' | 'win32', BrowserEntry[]>;
export const firefoxBrowsers: Record<'linux' | 'darwin' | 'win32', BrowserEntry[]>;
export function candidatePaths(
  kind: BrowserKind,
  platform: string,
  env: Record<string, string | undefined>,
): Candidate[];
export function findBrowser(
  kind: BrowserKind,
  view: FileSystemView,
): { browser: Candidate; error?: undefined } | { browser?: undefined; error: string };
