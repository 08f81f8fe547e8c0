/** The rows that group the table: a case (with its summary strip), then a source document. */
import { caseLabel } from '../../lib/db/cases';
import { t } from '../../lib/i18n';
import { CaseSummary } from './CaseSummary';
import { useLedgerState } from './context';

export interface CaseHeaderProps {
  caseId: string | null;
  count: number;
  /** 'all', 'some' or 'none' of the group's clips are selected. */
  selected: 'all' | 'some' | 'none';
  onSelect: (on: boolean) => void;
  onEdit: (caseId: string) => void;
  onExport: (caseId: string) => void;
}

export function CaseHeader(props: CaseHeaderProps) {
  const { view } = useLedgerState();
  const found = props.caseId ? view?.caseById.get(props.caseId) : undefined;
  const summary = props.caseId ? view?.summaries.get(props.caseId) : undefined;
  const label = found ? caseLabel(found) : t('ledgerNoCase');
  return (
    <div
      class={`lp-row lp-case-row${found ? '' : ' lp-case-none'}`}
      role="row"
      data-testid="case-header"
      data-case-id={props.caseId ?? ''}
    >
      <div class="lp-case-main">
        <div class="lp-case-check">
          {props.count ? (
            <input
              type="checkbox"
              aria-label={t('ledgerSelectGroup', label)}
              checked={props.selected === 'all'}
              ref={(el) => {
                if (el) el.indeterminate = props.selected === 'some';
              }}
              onChange={(e) => props.onSelect(e.currentTarget.checked)}
            />
          ) : null}
        </div>
        <div class="lp-case-title" role="rowheader">
          <h2 data-testid="case-title">{label}</h2>
          <span class="lp-case-count">{t('ledgerCaseCount', String(props.count))}</span>
          {found?.note ? <span class="lp-case-note">{found.note}</span> : null}
        </div>
        <div class="lp-case-actions">
          {found ? (
            <>
              <button
                type="button"
                class="lp-link-button"
                data-testid="case-edit"
                onClick={() => props.onEdit(found.id)}
              >
                {t('ledgerCaseEdit')}
              </button>
              {props.count ? (
                <button type="button" class="lp-link-button" onClick={() => props.onExport(found.id)}>
                  {t('ledgerCaseExport')}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
      {summary ? (
        <CaseSummary summary={summary} />
      ) : !found ? (
        <p class="lp-case-hint">{t('ledgerNoCaseHint')}</p>
      ) : null}
      {found && !props.count ? <p class="lp-case-hint">{t('ledgerCaseEmpty')}</p> : null}
    </div>
  );
}

export function DocumentHeader({ documentId, count }: { documentId: string; count: number }) {
  const { view } = useLedgerState();
  const doc = view?.documents.get(documentId);
  const meta = doc ? [doc.unit, doc.publishDate, doc.site].filter(Boolean).join(' · ') : '';
  return (
    <div class="lp-row lp-doc-row" role="row" data-testid="doc-header" data-document-id={documentId}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" class="lp-doc-icon">
        <path
          fill="currentColor"
          d="M4 1h5.5L13 4.5V14a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1Zm5 1.5V5h2.5L9 2.5ZM5 8v1h6V8H5Zm0 2.5v1h6v-1H5Z"
        />
      </svg>
      <div class="lp-doc-text" role="rowheader">
        <span class="lp-doc-title" data-testid="doc-title" title={doc?.title}>
          {doc ? doc.title || doc.url : t('ledgerDocUnknown')}
        </span>
        {meta ? <span class="lp-doc-meta">{meta}</span> : null}
      </div>
      <span class="lp-doc-count">{t('ledgerCaseCount', String(count))}</span>
      {doc ? (
        <a
          class="lp-doc-link"
          href={doc.url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="doc-link"
        >
          {t('ledgerDocOpen')}
        </a>
      ) : null}
    </div>
  );
}
