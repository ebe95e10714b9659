import type { CaptionHealth, Platform } from '../captions/utterance-schema';

/**
 * A caption reader repeats its health every 3 s while its call page is open; one not heard from
 * for this long has gone (the tab closed, or moved off the call) and says nothing any more.
 */
export const HEALTH_STALE_MS = 10_000;

export type HealthSeen = Partial<Record<Platform, { health: CaptionHealth; seenAt: number }>>;

/** The health each platform last reported, as the panel shows it. */
export function healthOf(seen: HealthSeen): Partial<Record<Platform, CaptionHealth>> {
  const out: Partial<Record<Platform, CaptionHealth>> = {};
  for (const [platform, entry] of Object.entries(seen) as [Platform, HealthSeen[Platform]][]) {
    if (entry) out[platform] = entry.health;
  }
  return out;
}

/**
 * `seen` without the readers that went quiet, so the panel stops saying it is reading captions and
 * draws no cue from captions that stopped; the same object when none did, so nothing re-renders.
 */
export function dropStaleHealth(
  seen: HealthSeen,
  now: number,
  staleMs = HEALTH_STALE_MS,
): HealthSeen {
  const entries = Object.entries(seen) as [Platform, HealthSeen[Platform]][];
  const fresh = entries.filter(([, e]) => e && now - e.seenAt < staleMs);
  return fresh.length === entries.length ? seen : Object.fromEntries(fresh);
}
