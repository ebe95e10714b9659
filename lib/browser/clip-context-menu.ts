import { browser } from 'wxt/browser';
import { clipTab } from './clip-tab';
import { errorText } from '../errors/error-text';
import { toolbarAction } from './firefox-apis';

const CLIP_MENU_ID = 'loopside-clip-page';
const CLIP_MENU_TITLE = 'Clip this page to Loopside';

type ActionApi = Pick<
  typeof browser.action,
  'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'
>;

/**
 * The page's right-click menu item. Choosing it grants activeTab for that tab, so the clip needs
 * no host permission. The result shows on the toolbar button of that tab: a tick, or "!" with the
 * reason in the button's tooltip.
 */
export function setUpClipMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    menus.create(
      { id: CLIP_MENU_ID, title: CLIP_MENU_TITLE, contexts: ['page', 'selection'] },
      () => {
        // Created again on update; the duplicate-id error is expected and harmless.
        void browser.runtime.lastError;
      },
    );
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLIP_MENU_ID || !tab) return;
    void clipTab({ id: tab.id, url: tab.url ?? info.pageUrl }).then(
      (outcome) =>
        showOnButton(
          tab.id,
          outcome.ok ? null : outcome.message,
          outcome.ok ? outcome.page.title : '',
        ),
      (e: unknown) =>
        showOnButton(tab.id, `Loopside could not clip this page: ${errorText(e)}`, ''),
    );
  });
}

function showOnButton(tabId: number | undefined, problem: string | null, title: string) {
  const action: ActionApi | undefined = toolbarAction();
  if (!action || tabId === undefined) return;
  void action.setBadgeBackgroundColor({ tabId, color: problem ? '#b3261e' : '#2e7d32' });
  void action.setBadgeText({ tabId, text: problem ? '!' : '✓' });
  void action.setTitle({
    tabId,
    title: problem ?? `Clipped to Loopside: ${title}. Open the workspace to read it.`,
  });
}
