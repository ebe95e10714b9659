import type { Platform } from '../captions/utterance-schema';

export interface PlatformInfo {
  id: Platform;
  name: string;
  /** Match patterns for the call pages; requested as optional host access. */
  matches: string[];
  /** Hosts a caption message may come from. */
  hosts: (host: string) => boolean;
}

export const platforms: readonly PlatformInfo[] = [
  {
    id: 'meet',
    name: 'Google Meet',
    matches: ['https://meet.google.com/*'],
    hosts: (h) => h === 'meet.google.com',
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    // teams.cloud.microsoft is Microsoft's newer address for Teams on the web.
    matches: [
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://teams.cloud.microsoft/*',
    ],
    hosts: (h) => ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'].includes(h),
  },
  {
    id: 'zoom',
    name: 'Zoom (web client)',
    matches: ['https://*.zoom.us/*'],
    hosts: (h) => h === 'zoom.us' || h.endsWith('.zoom.us'),
  },
];

export const callSiteMatches: readonly string[] = platforms.flatMap((p) => p.matches);

export function platformInfo(id: Platform): PlatformInfo {
  const info = platforms.find((p) => p.id === id);
  if (!info) throw new Error(`Unknown platform ${id}`);
  return info;
}

/** True when `url` is a page of that platform (https only). */
export function isPlatformUrl(id: Platform, url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && platformInfo(id).hosts(u.hostname);
  } catch {
    return false;
  }
}
