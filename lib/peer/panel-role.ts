/** Kept apart from the peer schemas so the panel can read the role without loading zod. */
export const SETTING_PANEL_ROLE = 'panelRole';

export type PanelRole = 'candidate' | 'interviewer';

export const asPanelRole = (v: unknown): PanelRole | undefined =>
  v === 'candidate' || v === 'interviewer' ? v : undefined;
