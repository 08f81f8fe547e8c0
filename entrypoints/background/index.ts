import { browser } from 'wxt/browser';
import { onTrustedMessage } from '../../lib/messaging';
import { analyzeTab, onCommand, setUpCommands } from './commands';
import { COMPARER_SCRIPT, CONVERTER_SCRIPT, executeFile } from './inject';
import { handleLedgerMessages } from './ledger';
import { onContextMenuClicked, setUpContextMenu } from './menus';
import { handleEnabledSites } from './sites';
import { handleOpenSource } from './sources';

/**
 * The background routes messages, owns the ledger database for content
 * scripts, and reacts to the context menu, shortcuts and enabled sites.
 * Nothing here talks to the network.
 */
export default defineBackground({
  // An event page on MV2 kernels: loaded when a message, menu click or shortcut needs it.
  persistent: false,
  main() {
    onTrustedMessage('bg:status', () => ({
      version: browser.runtime.getManifest().version,
      manifestVersion: browser.runtime.getManifest().manifest_version,
    }));
    onTrustedMessage('bg:injectConverter', async ({ sender }) => {
      if (sender.tab?.id == null) return false;
      await executeFile(sender.tab.id, CONVERTER_SCRIPT, sender.frameId ?? 0);
      return true;
    });
    onTrustedMessage('bg:injectComparer', async ({ sender }) => {
      if (sender.tab?.id == null) return false;
      await executeFile(sender.tab.id, COMPARER_SCRIPT, sender.frameId ?? 0);
      return true;
    });
    onTrustedMessage('bg:analyzeTab', ({ data }) => analyzeTab(data.tabId));
    onTrustedMessage('bg:openLedger', async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/ledger.html') });
    });
    handleLedgerMessages();
    handleEnabledSites();
    handleOpenSource();
    setUpContextMenu();
    setUpCommands();
    // The browser tests call these directly: a headless browser has no menus to click or accelerators to press.
    (globalThis as Record<string, unknown>).__rectificationLedgerEvents = { onContextMenuClicked, onCommand };
  },
});
