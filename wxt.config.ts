import { defineConfig } from 'wxt';

// The manifest is a function of the browser: Chrome gets the MV3 side panel,
// Firefox gets a sidebar_action and never the `sidePanel` permission.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => {
    const base = {
      name: 'Loopside',
      description:
        'A calm side-panel coach for values-based interview practice. Everything stays on your machine.',
      permissions: ['storage', 'unlimitedStorage', 'activeTab'],
      action: { default_title: 'Open Loopside' },
      commands: {
        _execute_action: {
          suggested_key: { default: 'Alt+Shift+L' },
          description: 'Open the Loopside panel',
        },
        'toggle-round': {
          suggested_key: { default: 'Alt+Shift+K' },
          description: 'Start or pause the practice round',
        },
        'next-prompt': {
          suggested_key: { default: 'Alt+Shift+N' },
          description: 'Next prompt',
        },
        'reveal-probe': {
          suggested_key: { default: 'Alt+Shift+J' },
          description: 'Show the next follow-up probe',
        },
      },
    };
    if (browser === 'firefox') {
      return {
        ...base,
        sidebar_action: {
          default_title: 'Loopside',
          default_panel: 'sidepanel.html',
          open_at_install: false,
        },
        browser_specific_settings: {
          gecko: {
            id: 'loopside@loopside.invalid',
            strict_min_version: '128.0',
          },
        },
      };
    }
    return { ...base, permissions: [...base.permissions, 'sidePanel'] };
  },
});
