import { defineConfig } from 'wxt';
import { callSiteMatches } from './lib/live/platform-hosts';
import { inlineStartCss } from './scripts/inline-start-css';
import { startChunk } from './scripts/start-chunk';

// The manifest is a function of the browser: Chrome gets the MV3 side panel,
// Firefox gets a sidebar_action and never the `sidePanel` permission.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Firefox gets the MV3 package too (README, "Why Firefox gets the MV3 package").
  manifestVersion: 3,
  imports: false,
  // LOOPSIDE_SOURCEMAP=1 keeps source maps, for measuring what each module adds to a bundle.
  // Both browsers support module preloading natively: no polyfill file for every page to fetch.
  // Each page's style sheets go inside the page (scripts/inline-start-css.ts): no fetch before the
  // first frame.
  vite: () => ({
    plugins: [inlineStartCss()],
    build: {
      sourcemap: process.env.LOOPSIDE_SOURCEMAP === '1',
      modulePreload: { polyfill: false },
    },
  }),
  hooks: {
    // The extension pages' start-up code in one file per set of pages that share it (see
    // scripts/start-chunk.ts): the side panel fetches 4 scripts before its first screen, not 10.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.inputPath.endsWith('.html'))) return;
      const build = (config.build ??= {});
      const output = build.rollupOptions?.output;
      build.rollupOptions = {
        ...build.rollupOptions,
        output: { ...(Array.isArray(output) ? {} : output), manualChunks: startChunk() },
      };
    },
    // WXT turns runtime content-script matches into install-time host access. Call sites stay
    // optional: move them to optional host permissions, requested when the user turns live
    // signals on. (The end-to-end tests install a copy of the Chrome build whose manifest declares
    // them granted: tests/e2e/granted-build.ts.)
    'build:manifestGenerated': (wxt, manifest) => {
      const notCallSite = (p: string) => !callSiteMatches.includes(p);
      const mv3 = wxt.config.manifestVersion === 3;
      // WXT may still be holding MV2 hosts in host_permissions here; clean both lists.
      const hosts = (manifest.host_permissions ?? []).filter(notCallSite);
      const perms = (manifest.permissions ?? []).filter(notCallSite);
      if (mv3) manifest.optional_host_permissions = [...callSiteMatches];
      else manifest.optional_permissions = [...callSiteMatches];
      manifest.permissions = perms;
      if (hosts.length) manifest.host_permissions = hosts;
      else delete manifest.host_permissions;
    },
  },
  manifest: ({ browser }) => {
    const base = {
      name: 'Loopside',
      description:
        'A calm side-panel coach for values-based interview practice. Everything stays on your machine.',
      permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
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
        // Firefox's reserved command opens the sidebar itself, no action click in between.
        commands: { _execute_sidebar_action: _execute_action, ...rest },
        browser_specific_settings: {
          gecko: {
            id: 'loopside@loopside.invalid',
            strict_min_version: '140.0',
            // Nothing leaves the machine: Firefox shows this at install.
            data_collection_permissions: { required: ['none'] },
          },
          gecko_android: { strict_min_version: '142.0' },
        },
      };
    }
    return { ...base, permissions: [...base.permissions, 'sidePanel'] };
  },
});
