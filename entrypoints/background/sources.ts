import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { IdSchema } from '../../lib/db/validate';
import { onTrustedMessage, sendMessage } from '../../lib/messaging';
import { ensureContentScript } from './inject';
import { ledger, userFacing } from './ledger';

function waitForLoad(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') {
        browser.tabs.onUpdated.removeListener(listener);
        resolve();
      }
    };
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** "Open source" in the ledger: the clip's page in a new tab, scrolled to the passage. */
export function handleOpenSource(): void {
  onTrustedMessage('bg:openSource', async ({ data }) => {
    const clipId = v.parse(IdSchema, data?.clipId);
    let url: string;
    try {
      const { clips, documents } = await ledger();
      const clip = await clips.get(clipId);
      const doc = clip && (await documents.get(clip.documentId));
      if (!doc) throw new Error('not found');
      url = doc.url;
    } catch (error) {
      throw userFacing(error);
    }
    const tab = await browser.tabs.create({ url });
    if (tab.id == null) return;
    await waitForLoad(tab.id);
    // Sites other than gov.cn/edu.cn need a grant; without one the page just opens.
    try {
      await ensureContentScript(tab.id);
      for (let attempt = 0; attempt < 20; attempt++) {
        if (await sendMessage('page:reveal', { clipId }, { tabId: tab.id, frameId: 0 })) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } catch {
      // The page is open; scrolling to the passage was not possible.
    }
  });
}
