import { describe, expect, it } from 'vitest';
import type { CaptionHealth } from '../../lib/captions/utterance-schema';
import { dropStaleHealth, healthOf, HEALTH_STALE_MS } from '../../lib/live/fresh-health';

const meet: CaptionHealth = { platform: 'meet', state: 'working', detail: 'Reading.', at: 1 };
const teams: CaptionHealth = { platform: 'teams', state: 'captions-off', detail: 'Off.', at: 1 };

describe('caption health that is still reported', () => {
  it('keeps a reader heard from lately and drops one that went quiet', () => {
    const seen = { meet: { health: meet, seenAt: 1_000 }, teams: { health: teams, seenAt: 9_000 } };
    expect(healthOf(dropStaleHealth(seen, 1_000 + HEALTH_STALE_MS - 1))).toEqual({ meet, teams });
    // The Meet tab closed: its last "reading captions" is no longer shown, Teams still is.
    expect(healthOf(dropStaleHealth(seen, 1_000 + HEALTH_STALE_MS))).toEqual({ teams });
    expect(healthOf(dropStaleHealth(seen, 9_000 + HEALTH_STALE_MS))).toEqual({});
  });

  it('forgets a reader that went quiet, keeping the same object while none did', () => {
    const seen = { meet: { health: meet, seenAt: 1_000 }, teams: { health: teams, seenAt: 9_000 } };
    expect(dropStaleHealth(seen, 1_000 + HEALTH_STALE_MS - 1)).toBe(seen);
    expect(dropStaleHealth(seen, 1_000 + HEALTH_STALE_MS)).toEqual({ teams: seen.teams });
    expect(dropStaleHealth(seen, 9_000 + HEALTH_STALE_MS)).toEqual({});
  });
});
