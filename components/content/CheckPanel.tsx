import { t } from '../../lib/i18n';
import type { CheckStatus, CheckView, ContentActions } from './types';

const STATUS_LABEL = {
  reappears: 'statusReappears',
  partial: 'statusPartial',
  missing: 'statusMissing',
} as const;

function summary(rows: CheckView['rows']): string {
  const count = (status: CheckStatus) => String(rows.filter((r) => r.status === status).length);
  return t('checkSummary', [String(rows.length), count('reappears'), count('partial'), count('missing')]);
}

/** 核对整改进展 inside the panel: choose a case, run, read the results (missing first). */
export function CheckPanel({ check, actions }: { check: CheckView; actions: ContentActions }) {
  const chosen = check.cases.find((c) => c.id === check.caseId);
  return (
    <div class="check" data-testid="rl-check" data-phase={check.phase}>
      <div class="check-head">
        <button class="link" onClick={() => actions.closeCheck()}>
          ‹ {t('checkBack')}
        </button>
        <strong>{t('checkTitle')}</strong>
      </div>
      {check.phase === 'loading' ? <p class="muted">…</p> : null}
      {check.phase === 'error' ? <p class="error">{t('errorGeneric', check.message ?? '')}</p> : null}
      {check.phase !== 'loading' && check.phase !== 'error' ? (
        check.cases.length === 0 ? (
          <p class="muted" data-testid="rl-check-empty">
            {t('checkNoCases')}
          </p>
        ) : (
          <>
            <p class="muted small">{t('checkIntro')}</p>
            <label class="case-choice">
              <span>{t('checkCase')}</span>
              <select
                data-testid="rl-check-case"
                value={check.caseId ?? ''}
                disabled={check.phase === 'running'}
                onChange={(event) => actions.chooseCase((event.target as HTMLSelectElement).value)}
              >
                {check.cases.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t('checkCaseCount', [c.label, String(c.commitments)])}
                  </option>
                ))}
              </select>
            </label>
            {check.message ? <p class="muted">{check.message}</p> : null}
            {check.phase === 'running' ? (
              <div class="progress" data-testid="rl-check-progress">
                <div class="bar" style={{ width: `${Math.round(check.progress * 100)}%` }} />
                <span>{t('checkRunning', String(Math.round(check.progress * 100)))}</span>
              </div>
            ) : (
              <button
                class="primary wide"
                data-testid="rl-check-run"
                disabled={!chosen || chosen.commitments === 0}
                onClick={() => actions.runCheck()}
              >
                {check.phase === 'done' ? t('checkAgain') : t('checkRun')}
              </button>
            )}
          </>
        )
      ) : null}
      {check.phase === 'done' ? (
        <>
          <p class="check-summary" data-testid="rl-check-summary">
            {summary(check.rows)}
          </p>
          <ol class="check-rows" data-testid="rl-check-results">
            {check.rows.map((row) => (
              <li
                key={row.clipId}
                class={`check-row ${row.status}${row.evidenceKey ? ' has-evidence' : ''}`}
                data-status={row.status}
                onClick={() => (row.evidenceKey ? actions.showEvidence(row.clipId) : undefined)}
              >
                <div class="row-head">
                  <span class={`status ${row.status}`}>{t(STATUS_LABEL[row.status])}</span>
                  <span class="score">{t('checkScore', row.score.toFixed(2))}</span>
                </div>
                <p class="commitment">{row.commitment}</p>
                <p class="evidence">{row.evidence ? `→ ${row.evidence}` : t('checkNoEvidence')}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
