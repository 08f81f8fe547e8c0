import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
        'scripting',
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
                strict_min_version: manifestVersion === 3 ? '115.0' : '78.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
