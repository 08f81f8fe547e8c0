import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type PageSummary } from '../../lib/messaging';
import { t } from '../../lib/i18n';

export function App() {
  const [summary, setSummary] = useState<PageSummary | null | undefined>(undefined);

  useEffect(() => {
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id == null) return setSummary(null);
      try {
        setSummary(await sendMessage('page:summary', undefined, tab.id));
      } catch {
        setSummary(null);
      }
    })();
  }, []);

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {summary === undefined ? null : summary ? (
        <p data-testid="page-summary">
          {summary.title} · {summary.paragraphs}
        </p>
      ) : (
        <p data-testid="page-summary">{t('popupNotAnalyzed')}</p>
      )}
      <button onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/ledger.html') })}>
        {t('popupOpenLedger')}
      </button>
    </main>
  );
}
