import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { ensureContentScript } from './inject';

export const CLIP_MENU_ID = 'rl-clip-selection';

/** Clips the selection of a tab: the context menu and the keyboard shortcut both end here. */
export async function clipSelectionInTab(tabId: number): Promise<void> {
  await ensureContentScript(tabId);
  await sendMessage('page:clipSelection', undefined, { tabId, frameId: 0 });
}

/** The context menu item 剪藏到整改台账 on any selection. */
export function setUpContextMenu(): void {
  const create = () => {
    browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CLIP_MENU_ID,
        title: t('contextMenuClip'),
        contexts: ['selection'],
      }),
    );
  };
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup?.addListener(create);
  browser.contextMenus.onClicked.addListener(onContextMenuClicked);
}

/** What a click on our context menu item does (exported for the browser tests, which cannot click native menus). */
export async function onContextMenuClicked(
  info: { menuItemId: string | number },
  tab?: { id?: number },
): Promise<void> {
  if (info.menuItemId !== CLIP_MENU_ID || tab?.id == null) return;
  await clipSelectionInTab(tab.id).catch((error) => console.warn('clip from context menu failed', error));
}
