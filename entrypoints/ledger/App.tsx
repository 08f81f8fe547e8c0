import { t } from '../../lib/i18n';

export function App() {
  return (
    <main class="ledger">
      <h1>{t('ledgerTitle')}</h1>
      <p data-testid="ledger-empty">{t('ledgerEmpty')}</p>
    </main>
  );
}
