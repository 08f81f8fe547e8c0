import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { sendMessage, type PageSummary } from '../../lib/messaging';
import { KIND_COLOR, KIND_LABEL, KIND_ORDER } from '../kinds';

interface ActiveTab {
  id: number;
  url: string;
  origin: string | null;
}

function originOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

async function activeTab(): Promise<ActiveTab | null> {
  // `popup.html?tab=<id>` shows another tab: the browser tests open the popup as a page of its own.
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const [tab] = asked
    ? [await browser.tabs.get(asked)]
    : await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return null;
  const url = tab.url ?? '';
  return { id: tab.id, url, origin: originOf(url) };
}

async function summaryOf(tabId: number): Promise<PageSummary | null> {
  try {
    return (await sendMessage('page:summary', undefined, { tabId, frameId: 0 })) ?? null;
  } catch {
    return null;
  }
}

/** What the extension found on the current tab, and how to analyse it when it has not. */
export function PageSection() {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [enabled, setEnabled] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async (current: ActiveTab | null) => {
    if (!current) return;
    setSummary(await summaryOf(current.id));
  };

  useEffect(() => {
    (async () => {
      const current = await activeTab();
      setTab(current);
      await refresh(current);
      setEnabled(await sendMessage('bg:enabledSites').catch(() => [] as string[]));
    })();
  }, []);

  // While the page is being analysed, ask again.
  useEffect(() => {
    if (summary?.status !== 'analyzing' || !tab) return;
    const timer = setTimeout(() => refresh(tab), 300);
    return () => clearTimeout(timer);
  }, [summary, tab]);

  if (tab === undefined) return null;
  if (!tab || !tab.origin) {
    return (
      <section class="card">
        <p class="muted" data-testid="page-summary">
          {t('popupNoPage')}
        </p>
      </section>
    );
  }

  const analyse = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await sendMessage('bg:analyzeTab', { tabId: tab.id });
      await refresh(tab);
      window.close();
    } catch (error) {
      setMessage(t('errorGeneric', (error as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const enableSite = async () => {
    setMessage(null);
    // Must run in the click's user gesture: the browser shows its own prompt.
    const granted = await browser.permissions.request({ origins: [`${tab.origin}/*`] }).catch(() => false);
    if (!granted) return setMessage(t('popupPermissionDenied'));
    await sendMessage('bg:enableSite', { origin: tab.origin!, tabId: tab.id });
    setEnabled([...enabled, tab.origin!]);
    setMessage(t('popupSiteEnabled'));
    await refresh(tab);
  };

  const disableSite = async () => {
    await sendMessage('bg:disableSite', { origin: tab.origin! });
    setEnabled(enabled.filter((o) => o !== tab.origin));
  };

  const openPanel = async () => {
    await sendMessage('page:openPanel', undefined, { tabId: tab.id, frameId: 0 }).catch(() => {});
    window.close();
  };

  const startCheck = async () => {
    await sendMessage('page:startCheck', undefined, { tabId: tab.id, frameId: 0 }).catch(() => {});
    window.close();
  };

  const isGov = /\.(gov|edu)\.cn$/.test(new URL(tab.url).hostname);
  const siteEnabled = enabled.includes(tab.origin);

  const analyseNow = (
    <div class="actions">
      <button class="primary" disabled={busy} onClick={analyse} data-testid="popup-analyze">
        {t('popupAnalyzeNow')}
      </button>
    </div>
  );

  return (
    <section class="card" data-testid="page-section">
      <h2>{t('popupThisPage')}</h2>
      {summary?.status === 'skipped' ? (
        <>
          <p class="page-title" data-testid="page-summary">
            {summary.title}
          </p>
          <p class="muted" data-testid="page-skipped">
            {t('pageSkipped')}
          </p>
          {analyseNow}
        </>
      ) : summary ? (
        <>
          <p class="page-title" data-testid="page-summary">
            {summary.title}
          </p>
          {summary.status === 'analyzing' ? <p class="muted">{t('popupAnalyzing')}</p> : null}
          <ul class="counts" data-testid="page-counts">
            {KIND_ORDER.map((kind) => (
              <li key={kind} data-kind={kind}>
                <span class="swatch" style={{ background: KIND_COLOR[kind] }} />
                <span class="label">{t(KIND_LABEL[kind])}</span>
                <strong>{summary.counts[kind]}</strong>
              </li>
            ))}
          </ul>
          <p class="clipped">
            {t('popupClippedHere', String(summary.clipped))}
            {summary.orphans ? (
              <span class="warn"> · {t('popupOrphansHere', String(summary.orphans))}</span>
            ) : null}
          </p>
          <div class="actions">
            <button class="primary" onClick={openPanel} data-testid="popup-open-panel">
              {t('popupOpenPanel')}
            </button>
            <button onClick={startCheck} data-testid="popup-check">
              {t('popupCheckProgress')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="muted" data-testid="page-summary">
            {t('popupNotAnalyzed')}
          </p>
          {analyseNow}
        </>
      )}
      {!isGov ? (
        siteEnabled ? (
          <button class="link" onClick={disableSite}>
            {t('popupDisableSite')}
          </button>
        ) : (
          <div class="enable">
            <button onClick={enableSite} data-testid="popup-enable-site">
              {t('popupEnableSite')}
            </button>
            <p class="hint">{t('popupEnableSiteHint', tab.origin)}</p>
          </div>
        )
      ) : null}
      {message ? <p class="message">{message}</p> : null}
    </section>
  );
}
