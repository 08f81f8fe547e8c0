/**
 * Sites beyond gov.cn and edu.cn: the user enables one from the popup (which
 * asks for the optional host permission); from then on its pages get the
 * content script when they finish loading. Works the same on MV3, MV2 and
 * Firefox, unlike dynamic content-script registration.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { onTrustedMessage } from '../../lib/messaging';
import { ensureContentScript } from './inject';
import { ledger, userFacing } from './ledger';
import { ENABLED_SITES_KEY } from '../../lib/settings-keys';

const OriginSchema = v.pipe(v.string(), v.regex(/^https?:\/\/[^/]+$/, 'not an origin'));

async function enabledOrigins(): Promise<string[]> {
  return (await ledger()).settings.get<string[]>(ENABLED_SITES_KEY, []);
}

async function setEnabled(origin: string, enabled: boolean): Promise<void> {
  const { settings } = await ledger();
  const current = await settings.get<string[]>(ENABLED_SITES_KEY, []);
  const next = enabled ? [...new Set([...current, origin])] : current.filter((o) => o !== origin);
  await settings.set(ENABLED_SITES_KEY, next);
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

/** Content script on every page of an enabled site; the grant itself is the browser's. */
export function handleEnabledSites(): void {
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.status !== 'complete') return;
    const origin = originOf(tab.url);
    if (!origin || /\.(gov|edu)\.cn$/.test(new URL(origin).hostname)) return; // the manifest covers these
    if (!(await enabledOrigins()).includes(origin)) return;
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) return;
    ensureContentScript(tabId).catch((error) => console.warn('content script not injected', error));
  });
  browser.permissions.onRemoved?.addListener(async ({ origins = [] }) => {
    for (const pattern of origins) await setEnabled(pattern.replace(/\/\*$/, ''), false);
  });
  onTrustedMessage('bg:enabledSites', () => enabledOrigins().catch((e) => Promise.reject(userFacing(e))));
  onTrustedMessage('bg:enableSite', async ({ data }) => {
    const origin = v.parse(OriginSchema, data?.origin);
    try {
      await setEnabled(origin, true);
    } catch (error) {
      throw userFacing(error);
    }
    if (typeof data.tabId === 'number') await ensureContentScript(data.tabId);
  });
  onTrustedMessage('bg:disableSite', async ({ data }) => {
    const origin = v.parse(OriginSchema, data?.origin);
    await setEnabled(origin, false).catch((error) => Promise.reject(userFacing(error)));
    await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
  });
}
