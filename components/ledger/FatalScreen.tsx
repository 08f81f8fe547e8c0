/** When the ledger cannot be opened or was closed by an upgrade: what happened and what to do. */
import { t } from '../../lib/i18n';
import type { FatalError } from './controller';

export function FatalScreen({ fatal, onRetry }: { fatal: FatalError; onRetry: () => void }) {
  return (
    <section class="lp-fatal" role="alert" data-testid="ledger-fatal">
      <h2>{t('ledgerFatalTitle')}</h2>
      <p class="lp-fatal-message">{t(fatal.messageKey)}</p>
      <p class="lp-muted">{t('ledgerDataSafe')}</p>
      {fatal.action === 'retry' ? (
        <button type="button" class="lp-button lp-primary" onClick={onRetry}>
          {t('ledgerRetry')}
        </button>
      ) : (
        <button type="button" class="lp-button lp-primary" onClick={() => location.reload()}>
          {t('ledgerReload')}
        </button>
      )}
    </section>
  );
}
