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
      const { _execute_action, ...rest } = base.commands;
      return {
        ...base,
        // Firefox's MV2 build names the toolbar command differently.
        commands: { _execute_sidebar_action: _execute_action, ...rest },
        sidebar_action: {
          default_title: 'Loopside',
          default_panel: 'sidepanel.html',
          open_at_install: false,
        },
        browser_specific_settings: {
          gecko: {
            id: 'loopside@loopside.invalid',
            strict_min_version: '140.0',
            // Nothing leaves the machine: Firefox shows this at install.
            data_collection_permissions: { required: ['none'] },
          },
        },
      };
    }
    return { ...base, permissions: [...base.permissions, 'sidePanel'] };
  },
});
