import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';

/** The content script as built by WXT; the same file the manifest declares for gov.cn/edu.cn. */
export const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The Traditional→Simplified converter, injected only into pages that need it. */
export const CONVERTER_SCRIPT = '/opencc.js';
/** The comparison of a report with a case's measures, injected when the user checks a page. */
export const COMPARER_SCRIPT = '/comparer.js';

type ScriptingApi = {
  executeScript(options: {
    target: { tabId: number; frameIds?: number[] };
    files: string[];
  }): Promise<unknown>;
};
type TabsExecute = (
  tabId: number,
  details: { file: string; frameId?: number; runAt?: string },
) => Promise<unknown>;

/**
 * Runs an extension file in a tab's isolated world: `scripting` where the
 * browser has it (MV3, Firefox), `tabs.executeScript` on MV2 kernels.
 */
export async function executeFile(tabId: number, file: string, frameId = 0): Promise<void> {
  const scripting = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (scripting?.executeScript) {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return;
  }
  const execute = (browser.tabs as unknown as { executeScript?: TabsExecute }).executeScript;
  if (!execute) throw new Error('This browser cannot run scripts in pages');
  await execute(tabId, { file, frameId, runAt: 'document_idle' });
}

/** Whether a content script of ours already answers in the tab's top frame. */
async function hasContentScript(tabId: number): Promise<boolean> {
  try {
    const summary = await sendMessage('page:summary', undefined, { tabId, frameId: 0 });
    return !!summary;
  } catch {
    return false;
  }
}

/**
 * Makes sure the tab runs the content script, injecting it when the site is
 * not one the manifest covers. Needs a host permission or `activeTab`.
 */
export async function ensureContentScript(tabId: number): Promise<void> {
  if (await hasContentScript(tabId)) return;
  await executeFile(tabId, CONTENT_SCRIPT);
  // The script registers its message handlers during start-up; wait for them.
  for (let attempt = 0; attempt < 40; attempt++) {
    if (await hasContentScript(tabId)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The page did not start the content script');
}
