/** What an empty ledger shows: how clipping works, and a way in for those who have a backup. */
import { t } from '../../lib/i18n';
import { KIND_COLOR } from '../kinds';

export function EmptyState({ onImport }: { onImport: () => void }) {
  return (
    <section class="lp-empty" data-testid="ledger-empty">
      <h2>{t('ledgerEmptyTitle')}</h2>
      <ol class="lp-steps">
        <li>
          <span class="lp-step-no">1</span>
          <span>{t('ledgerEmptyStep1')}</span>
        </li>
        <li>
          <span class="lp-step-no">2</span>
          <span>
            {t('ledgerEmptyStep2')}
            <span class="lp-legend">
              <mark style={{ background: `${KIND_COLOR.problem}22`, borderColor: KIND_COLOR.problem }}>
                {t('kindProblem')}
              </mark>
              <mark style={{ background: `${KIND_COLOR.commitment}22`, borderColor: KIND_COLOR.commitment }}>
                {t('kindCommitment')}
              </mark>
              <mark style={{ background: `${KIND_COLOR.pledge}22`, borderColor: KIND_COLOR.pledge }}>
                {t('kindPledge')}
              </mark>
              <mark style={{ background: `${KIND_COLOR.progress}22`, borderColor: KIND_COLOR.progress }}>
                {t('kindProgress')}
              </mark>
            </span>
          </span>
        </li>
        <li>
          <span class="lp-step-no">3</span>
          <span>{t('ledgerEmptyStep3')}</span>
        </li>
        <li>
          <span class="lp-step-no">4</span>
          <span>{t('ledgerEmptyStep4')}</span>
        </li>
      </ol>
      <p>
        <button type="button" class="lp-button" onClick={onImport}>
          {t('ledgerEmptyImport')}
        </button>
      </p>
    </section>
  );
}

/** Shown when filters match nothing. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <section class="lp-empty lp-no-match" data-testid="no-match">
      <p>{t('ledgerNoMatch')}</p>
      <button type="button" class="lp-button" onClick={onClear}>
        {t('ledgerFilterClear')}
      </button>
    </section>
  );
}
