import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncCaptionScripts } from '../lib/browser/caption-registration';
import { setUpClipMenu } from '../lib/browser/clip-context-menu';
import { firefoxSidebar, toolbarAction } from '../lib/browser/firefox-apis';
import { panelCommandSchema, type ExtensionMessage } from '../lib/messaging';

export default defineBackground(() => {
  // Chrome opens the panel itself on the toolbar click and on _execute_action, inside the user
  // gesture, so activeTab is granted and no async hop can lose the gesture.
  if (import.meta.env.CHROME || import.meta.env.EDGE) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  } else {
    // Firefox: sidebarAction.toggle must run inside the click handler to count as a user action.
    toolbarAction()?.onClicked.addListener(() => {
      void firefoxSidebar()?.toggle();
    });
  }

  browser.commands.onCommand.addListener((name, tab) => {
    const parsed = panelCommandSchema.safeParse(name);
    if (!parsed.success) return;
    const message: ExtensionMessage = {
      type: 'panel/command',
      command: parsed.data,
      windowId: tab?.windowId,
    };
    // No panel open means nobody listens; that is fine.
    browser.runtime.sendMessage(message).catch(() => undefined);
  });

  setUpClipMenu();

  const sync = () =>
    void syncCaptionScripts().catch((e: unknown) => console.error('Loopside: caption readers', e));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
});
