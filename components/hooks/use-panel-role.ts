import { panelRoleSetting, type PanelRole } from '../../lib/settings/settings';
import { useSetting } from './use-setting';

/** Who is using the panel, remembered between rounds. */
export function usePanelRole(initial?: PanelRole) {
  return useSetting(panelRoleSetting, initial);
}
