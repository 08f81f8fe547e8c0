import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The oldest engine each build runs on: Chromium 86 (MV2), Chromium 88 (MV3), Firefox ESR 115. */
export function buildTarget(browser: string, manifestVersion: 2 | 3): string {
  if (browser === 'firefox') return 'firefox115';
  return manifestVersion === 2 ? 'chrome86' : 'chrome88';
}

/**
 * One source, three shapes: Chrome MV3 (Chromium 88+), Chrome MV2 (older
 * kernels such as 360 on Chromium 86) and Firefox. The manifest is the only
 * place where they differ.
 */
export default defineConfig({
  manifest: ({ browser, manifestVersion }) => {
    const isChrome = browser !== 'firefox';
    const hostPermissions = ['*://*.gov.cn/*', '*://*.edu.cn/*'];
    return {
      name: '__MSG_extName__',
      short_name: '__MSG_extShortName__',
      description: '__MSG_extDescription__',
      default_locale: 'zh_CN',
      permissions: [
        'storage',
        'unlimitedStorage',
        'contextMenus',
        'activeTab',
        // Chromium's MV2 has no `scripting`; it injects with tabs.executeScript instead.
        ...(manifestVersion === 3 || !isChrome ? ['scripting'] : []),
        ...(manifestVersion === 2 ? hostPermissions : []),
      ],
      ...(manifestVersion === 3
        ? { host_permissions: hostPermissions, optional_host_permissions: ['*://*/*'] }
        : { optional_permissions: ['*://*/*'] }),
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        'analyze-page': {
          suggested_key: { default: 'Alt+Shift+R' },
          description: '__MSG_commandAnalyze__',
        },
        'clip-selection': {
          suggested_key: { default: 'Alt+Shift+C' },
          description: '__MSG_commandClip__',
        },
      },
      ...(isChrome ? { minimum_chrome_version: manifestVersion === 3 ? '88' : '86' } : {}),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'rectification-ledger@local',
                strict_min_version: '115.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
  vite: ({ browser, manifestVersion }) => ({
    plugins: [preact()],
    // Each build's JavaScript is written for its oldest kernel; `npm test`
    // checks the output (scripts/check-syntax.ts).
    // RL_NOMINIFY=1 keeps function names readable in CPU profiles.
    build: {
      target: buildTarget(browser, manifestVersion),
      minify: process.env.RL_NOMINIFY ? false : undefined,
    },
  }),
});
