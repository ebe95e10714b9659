import type { Session } from '../practice/session-schema';
import { panelRoleSetting, type PanelRole } from '../settings/settings';
import { readFrameworkChoice, type StoredFrameworkChoice } from './framework-choice';
import type { LoopsideDb } from './loopside-db';
import { activeSession } from './session-queries';
import { readSetting } from './settings-queries';

/** What the side panel needs before its first screen means anything. */
export interface PanelStart {
  role: PanelRole;
  frameworks: StoredFrameworkChoice;
  /** The open round, or null when there is none. */
  session: Session | null;
  /** Whether the bank holds any story: the first-run hint is shown, or not, from the first frame. */
  hasStories: boolean;
}

/**
 * Reads everything the panel's first screen depends on at once, as soon as the database is open,
 * instead of one read per rendered layer (role, then packs and round, then the form).
 */
export async function readPanelStart(db: LoopsideDb): Promise<PanelStart> {
  const [role, frameworks, session, firstKeys] = await Promise.all([
    readSetting(db, panelRoleSetting),
    readFrameworkChoice(db),
    activeSession(db),
    // One key, not the bank: the whole read waits until after the first paint.
    db.stories.limit(1).primaryKeys(),
  ]);
  return { role, frameworks, session: session ?? null, hasStories: firstKeys.length > 0 };
}
