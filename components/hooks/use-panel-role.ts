import { asPanelRole, SETTING_PANEL_ROLE, type PanelRole } from '../../lib/peer/panel-role';
import { useSetting } from './use-setting';

/** Who is using the panel, remembered between rounds. */
export function usePanelRole() {
  return useSetting<PanelRole>(SETTING_PANEL_ROLE, asPanelRole, 'candidate');
}
