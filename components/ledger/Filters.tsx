/** The filters: kinds (next to the search box); case, latest check result, tracking status, tag, clipping dates. */
import { caseLabel } from '../../lib/db/cases';
import { CLIP_STATUSES } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { KIND_COLOR, KIND_LABEL, KIND_ORDER } from '../kinds';
import { CHECK_LABEL } from './Badges';
import { CLIP_STATUS_LABEL } from './labels';
import { useController, useLedgerState } from './context';
import { isFiltered, NO_CASE, type Filters as FilterValues } from './filters';

const CHECK_FILTERS = ['reappears', 'partial', 'missing', 'unchecked'] as const;

/** Toggle chips for the kinds, in the kind colours of the page highlights. */
export function KindFilter() {
  const controller = useController();
  const { filters } = useLedgerState();
  const set = (patch: Partial<FilterValues>) => controller.setFilters(patch);
  return (
    <div class="lp-filter lp-kind-filter" role="group" aria-label={t('ledgerFilterKind')}>
      {KIND_ORDER.map((kind) => {
        const on = filters.kinds.indexOf(kind) >= 0;
        return (
          <button
            key={kind}
            type="button"
            class={`lp-chip${on ? ' lp-chip-on' : ''}`}
            aria-pressed={on}
            data-testid={`filter-kind-${kind}`}
            style={on ? { borderColor: KIND_COLOR[kind], color: KIND_COLOR[kind] } : undefined}
            onClick={() =>
              set({ kinds: on ? filters.kinds.filter((k) => k !== kind) : filters.kinds.concat(kind) })
            }
          >
            <span class="lp-swatch" style={{ background: KIND_COLOR[kind] }} />
            {t(KIND_LABEL[kind])}
          </button>
        );
      })}
    </div>
  );
}

export function Filters() {
  const controller = useController();
  const { filters, view } = useLedgerState();
  const set = (patch: Partial<FilterValues>) => controller.setFilters(patch);
  if (!view) return null;

  return (
    <div class="lp-filters" role="group" aria-label={t('ledgerFiltersLabel')}>
      <label class="lp-filter">
        <span>{t('ledgerFilterCase')}</span>
        <select
          class="lp-select"
          data-testid="filter-case"
          value={filters.caseId}
          onChange={(e) => set({ caseId: e.currentTarget.value })}
        >
          <option value="">{t('ledgerFilterAllCases')}</option>
          {view.cases.map((c) => (
            <option key={c.id} value={c.id}>
              {caseLabel(c)}
            </option>
          ))}
          <option value={NO_CASE}>{t('ledgerNoCase')}</option>
        </select>
      </label>
      <label class="lp-filter">
        <span>{t('ledgerFilterCheck')}</span>
        <select
          class="lp-select"
          data-testid="filter-check"
          value={filters.check}
          onChange={(e) => set({ check: e.currentTarget.value as FilterValues['check'] })}
        >
          <option value="">{t('ledgerFilterAll')}</option>
          {CHECK_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(CHECK_LABEL[s])}
            </option>
          ))}
        </select>
      </label>
      <label class="lp-filter">
        <span>{t('ledgerFilterStatus')}</span>
        <select
          class="lp-select"
          data-testid="filter-status"
          value={filters.status}
          onChange={(e) => set({ status: e.currentTarget.value as FilterValues['status'] })}
        >
          <option value="">{t('ledgerFilterAll')}</option>
          {CLIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(CLIP_STATUS_LABEL[s])}
            </option>
          ))}
        </select>
      </label>
      <label class="lp-filter">
        <span>{t('ledgerFilterTag')}</span>
        <select
          class="lp-select"
          data-testid="filter-tag"
          value={filters.tag}
          onChange={(e) => set({ tag: e.currentTarget.value })}
        >
          <option value="">{t('ledgerFilterAll')}</option>
          {view.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <div class="lp-filter">
        <span>{t('ledgerFilterDate')}</span>
        <input
          type="date"
          class="lp-input lp-date"
          aria-label={t('ledgerFilterFrom')}
          data-testid="filter-from"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
        <span class="lp-muted">{t('ledgerFilterTo')}</span>
        <input
          type="date"
          class="lp-input lp-date"
          aria-label={t('ledgerFilterUntil')}
          data-testid="filter-to"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
      </div>
      {isFiltered(filters) ? (
        <button
          type="button"
          class="lp-link-button"
          data-testid="filter-clear"
          onClick={() => controller.clearFilters()}
        >
          {t('ledgerFilterClear')}
        </button>
      ) : null}
    </div>
  );
}
