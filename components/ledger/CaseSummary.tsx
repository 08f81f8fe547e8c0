/**
 * A case's tally of its measures' latest check results, as a sentence
 * (19 项措施：12 项已体现，4 项部分体现，3 项未体现) and a stacked bar.
 */
import type { CaseSummary as Summary } from '../../lib/db/status';
import { t } from '../../lib/i18n';

export function CaseSummary({ summary }: { summary: Summary }) {
  const { measures, reappears, partial, missing, unchecked, overridden, checks, latestReportDate } = summary;
  const parts: string[] = [];
  if (summary.problems) parts.push(t('ledgerCaseProblems', String(summary.problems)));
  if (unchecked && checks) parts.push(t('ledgerCaseUnchecked', String(unchecked)));
  if (overridden) parts.push(t('ledgerCaseOverridden', String(overridden)));
  parts.push(
    checks && latestReportDate
      ? t('ledgerCaseChecks', [String(checks), latestReportDate])
      : t('ledgerCaseNoChecks'),
  );
  const width = (n: number) => `${measures ? (n / measures) * 100 : 0}%`;
  return (
    <div class="lp-summary" data-testid="case-summary">
      {measures && checks ? (
        <div class="lp-summary-bar" aria-hidden="true">
          <span class="lp-bar-reappears" style={{ width: width(reappears) }} />
          <span class="lp-bar-partial" style={{ width: width(partial) }} />
          <span class="lp-bar-missing" style={{ width: width(missing) }} />
          <span class="lp-bar-unchecked" style={{ width: width(unchecked) }} />
        </div>
      ) : null}
      <span class="lp-summary-text" data-testid="case-summary-text">
        {checks
          ? t('ledgerCaseSummary', [String(measures), String(reappears), String(partial), String(missing)])
          : t('ledgerCaseMeasures', String(measures))}
      </span>
      <span class="lp-summary-extra">{parts.join(' · ')}</span>
    </div>
  );
}
