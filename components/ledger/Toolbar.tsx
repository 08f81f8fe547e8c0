/** Search, counts and the page's actions (new case, import, export). */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { useController, useLedgerState } from './context';
import { isFiltered } from './filters';
import { KindFilter } from './Filters';

export interface ToolbarProps {
  onNewCase: () => void;
  onImport: () => void;
  onExport: () => void;
}

export function Toolbar({ onNewCase, onImport, onExport }: ToolbarProps) {
  const controller = useController();
  const { filters, view, total, matched } = useLedgerState();
  const input = useRef<HTMLInputElement>(null);

  // The field is uncontrolled so that re-renders never disturb an IME composition;
  // it only follows the state when the filters are cleared from elsewhere.
  useEffect(() => {
    const field = input.current;
    if (field && field.value !== filters.text && document.activeElement !== field) field.value = filters.text;
  }, [filters.text]);

  const search = (e: Event) => {
    if ((e as InputEvent).isComposing) return; // wait for the composed characters
    controller.setFilters({ text: (e.currentTarget as HTMLInputElement).value }, e.timeStamp);
  };
  const hasClips = !!view && total > 0;

  return (
    <div class="lp-toolbar">
      <div class="lp-search">
        <svg viewBox="0 0 16 16" width="15" height="15" aria-hidden="true" class="lp-search-icon">
          <path
            fill="currentColor"
            d="M7 1.5a5.5 5.5 0 0 1 4.38 8.83l3.15 3.14-1.06 1.06-3.14-3.15A5.5 5.5 0 1 1 7 1.5Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z"
          />
        </svg>
        <input
          ref={input}
          type="search"
          class="lp-search-input"
          data-testid="search"
          defaultValue={filters.text}
          placeholder={t('ledgerSearchPlaceholder')}
          aria-label={t('ledgerSearchLabel')}
          onInput={search}
          onCompositionEnd={search}
        />
      </div>
      {hasClips ? <KindFilter /> : null}
      {hasClips ? (
        <span class="lp-count" data-testid="match-count" aria-live="polite">
          {isFiltered(filters)
            ? t('ledgerCountMatched', [String(matched), String(total)])
            : t('ledgerCountAll', String(total))}
        </span>
      ) : null}
      <div class="lp-toolbar-actions">
        <button type="button" class="lp-button" data-testid="new-case" onClick={onNewCase}>
          {t('ledgerNewCase')}
        </button>
        <button type="button" class="lp-button" data-testid="open-import" onClick={onImport}>
          {t('ledgerImport')}
        </button>
        {hasClips ? (
          <button type="button" class="lp-button lp-primary" data-testid="open-export" onClick={onExport}>
            {t('ledgerExport')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
