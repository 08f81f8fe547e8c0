import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openLedger, type Ledger } from '../../lib/db/ledger';
import { t } from '../../lib/i18n';
import { LedgerGlance } from '../../components/popup/LedgerGlance';
import { PageSection } from '../../components/popup/PageSection';

export function App() {
  const [ledger, setLedger] = useState<Ledger | null>(null);
  useEffect(() => {
    let opened: Ledger | null = null;
    openLedger()
      .then((l) => {
        opened = l;
        setLedger(l);
      })
      .catch(() => setLedger(null));
    return () => opened?.close();
  }, []);

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('popupTitle')}</h1>
        <span class="local">{t('localOnly')}</span>
      </header>
      <PageSection />
      <LedgerGlance ledger={ledger} />
      <footer>
        <button
          class="primary wide"
          data-testid="popup-open-ledger"
          onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/ledger.html') })}
        >
          {t('popupOpenLedger')}
        </button>
      </footer>
    </main>
  );
}
