/** Small labels: a clip's kind, a check result, the 人工修改 mark. */
import { t, type MessageKey } from '../../lib/i18n';
import type { FindingKind } from '../../lib/db/types';
import { KIND_COLOR, KIND_LABEL } from '../kinds';
import type { LatestCheck } from './model';

export const CHECK_LABEL: Record<Exclude<LatestCheck, null>, MessageKey> = {
  reappears: 'ledgerCheckReappears',
  partial: 'ledgerCheckPartial',
  missing: 'ledgerCheckMissing',
  unchecked: 'ledgerCheckUnchecked',
};

export function KindBadge({ kind }: { kind: FindingKind }) {
  return (
    <span class="lp-kind" style={{ color: KIND_COLOR[kind], borderColor: KIND_COLOR[kind] }}>
      {t(KIND_LABEL[kind])}
    </span>
  );
}

export interface CheckBadgeProps {
  status: Exclude<LatestCheck, null>;
  overridden?: boolean;
  small?: boolean;
}

export function CheckBadge({ status, overridden, small }: CheckBadgeProps) {
  return (
    <span class={`lp-check lp-check-${status}${small ? ' lp-check-small' : ''}`} data-status={status}>
      {t(CHECK_LABEL[status])}
      {overridden ? <span class="lp-manual">{t('ledgerCheckOverridden')}</span> : null}
    </span>
  );
}
