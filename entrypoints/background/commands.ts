import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { ensureContentScript } from './inject';
import { clipSelectionInTab } from './menus';

/** Analyses a tab once (toolbar popup or shortcut, under `activeTab`) and opens the panel. */
export async function analyzeTab(tabId: number): Promise<void> {
  await ensureContentScript(tabId);
  await sendMessage('page:openPanel', undefined, { tabId, frameId: 0 });
}

/** Keyboard shortcuts: analyse the page, clip the selection. */
export function setUpCommands(): void {
  browser.commands?.onCommand.addListener(onCommand);
}

/** What a keyboard shortcut does (exported for the browser tests, which cannot press browser accelerators). */
export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId == null) return;
  const run =
    command === 'analyze-page' ? analyzeTab : command === 'clip-selection' ? clipSelectionInTab : null;
  await run?.(tabId).catch((error) => console.warn(`command ${command} failed`, error));
}
