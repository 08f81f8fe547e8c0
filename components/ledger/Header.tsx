/** The page header: title, what the page is, and that the data stays on this machine. */
import { t } from '../../lib/i18n';

export function Header() {
  return (
    <header class="lp-header">
      <div class="lp-brand">
        <span class="lp-seal" aria-hidden="true">
          账
        </span>
        <div>
          <h1>{t('ledgerTitle')}</h1>
          <p class="lp-subtitle">{t('ledgerSubtitle')}</p>
        </div>
      </div>
      <div class="lp-header-side">
        <span class="lp-local" data-testid="local-only">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              fill="currentColor"
              d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 5H6V4.5a2 2 0 1 1 4 0V6Z"
            />
          </svg>
          {t('localOnly')}
        </span>
      </div>
    </header>
  );
}
