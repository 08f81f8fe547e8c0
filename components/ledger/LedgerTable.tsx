/**
 * The ledger as a virtualised table: only the rows in view (and a few
 * either side) are in the DOM, whatever the number of clips. Rows have
 * measured heights (text wraps); case and document headers are rows of the
 * same list. The column header stays on top of the scrolling body.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { caseLabel } from '../../lib/db/cases';
import { t } from '../../lib/i18n';
import { ClipRow } from './ClipRow';
import { useController, useLedgerState } from './context';
import { CaseHeader, DocumentHeader } from './GroupHeaders';
import type { TableItem } from './model';
import { useVirtualizer } from './useVirtualizer';

/** Height of the sticky column header (px); the list starts below it. */
const HEAD_HEIGHT = 36;

/** A first guess of a row's height before it is measured: Chinese text wraps at about 24 characters. */
function estimate(item: TableItem | undefined, expanded: Set<string>): number {
  if (!item) return 60;
  if (item.type === 'case') return 84;
  if (item.type === 'document') return 44;
  const { clip } = item.view;
  const lines = Math.max(1, Math.ceil(clip.text.length / 24));
  const meta = clip.tags.length || clip.note ? 22 : 0;
  return 22 + lines * 21 + meta + (expanded.has(clip.id) ? 300 : 0);
}

/** Ids of the clips of the group whose header is at `index` (up to the next header of that level). */
function groupClipIds(items: TableItem[], index: number): string[] {
  const ids: string[] = [];
  for (let i = index + 1; i < items.length; i++) {
    const item = items[i];
    if (item.type === 'case') break;
    if (item.type === 'clip') ids.push(item.key);
  }
  return ids;
}

/** For every row, the index of its case header and of its document header (-1: none). */
function groupHeaders(items: TableItem[]): { caseAt: Int32Array; documentAt: Int32Array } {
  const caseAt = new Int32Array(items.length);
  const documentAt = new Int32Array(items.length);
  let c = -1;
  let d = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.type === 'case') {
      c = i;
      d = -1;
    } else if (item.type === 'document') {
      d = i;
    }
    caseAt[i] = c;
    documentAt[i] = d;
  }
  return { caseAt, documentAt };
}

/**
 * Deep in a long case its header has scrolled away: a bar under the column
 * header says which case and source document the rows in view belong to.
 */
function GroupContext({ items, topIndex }: { items: TableItem[]; topIndex: number }) {
  const { view } = useLedgerState();
  const headers = useMemo(() => groupHeaders(items), [items]);
  const caseIndex = headers.caseAt[topIndex];
  if (caseIndex < 0 || caseIndex === topIndex) return null;
  const caseItem = items[caseIndex];
  const documentIndex = headers.documentAt[topIndex];
  const documentItem = documentIndex >= 0 && documentIndex !== topIndex ? items[documentIndex] : undefined;
  const found = caseItem.type === 'case' && caseItem.caseId ? view?.caseById.get(caseItem.caseId) : undefined;
  const doc = documentItem?.type === 'document' ? view?.documents.get(documentItem.documentId) : undefined;
  return (
    <div class="lp-context-anchor" style={{ top: `${HEAD_HEIGHT}px` }}>
      <div class="lp-context" data-testid="group-context">
        <strong class="lp-context-case">{found ? caseLabel(found) : t('ledgerNoCase')}</strong>
        {doc ? (
          <>
            <span class="lp-context-sep" aria-hidden="true">
              ›
            </span>
            <span class="lp-context-doc">{doc.title || doc.url}</span>
          </>
        ) : null}
      </div>
    </div>
  );
}

export interface LedgerTableProps {
  onEditCase: (caseId: string) => void;
  onExportCase: (caseId: string) => void;
}

export function LedgerTable({ onEditCase, onExportCase }: LedgerTableProps) {
  const controller = useController();
  const { items, selection, expanded, filters, matched } = useLedgerState();
  const scroller = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => estimate(items[index], expanded),
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: 6,
    scrollMargin: HEAD_HEIGHT,
  });

  // A new search or filter starts at the top.
  useEffect(() => {
    if (scroller.current && scroller.current.scrollTop > 0) virtualizer.scrollToOffset(0);
  }, [filters]);

  const allSelected = matched > 0 && selection.size >= matched;
  const someSelected = selection.size > 0 && !allSelected;
  const virtualItems = virtualizer.getVirtualItems();
  const scrolled = virtualizer.scrollOffset ?? 0;
  const topItem = scrolled > 0 ? virtualizer.getVirtualItemForOffset(scrolled + HEAD_HEIGHT) : undefined;

  return (
    <div class="lp-table" role="table" aria-rowcount={items.length} ref={scroller} data-testid="ledger-table">
      <div class="lp-head lp-grid" role="row" style={{ height: `${HEAD_HEIGHT}px` }}>
        <div class="lp-cell lp-cell-check" role="columnheader">
          <input
            type="checkbox"
            aria-label={t('ledgerSelectAll')}
            title={t('ledgerSelectAll')}
            data-testid="select-all"
            checked={allSelected}
            ref={(el) => {
              if (el) el.indeterminate = someSelected;
            }}
            onChange={(e) => controller.setAllSelected(e.currentTarget.checked)}
          />
        </div>
        <div class="lp-cell lp-cell-seq" role="columnheader">
          {t('ledgerColSeq')}
        </div>
        <div class="lp-cell" role="columnheader">
          {t('ledgerColProblem')}
        </div>
        <div class="lp-cell" role="columnheader">
          {t('ledgerColMeasure')}
        </div>
        <div class="lp-cell" role="columnheader">
          {t('ledgerColOwner')}
        </div>
        <div class="lp-cell" role="columnheader">
          {t('ledgerColDeadline')}
        </div>
        <div class="lp-cell" role="columnheader">
          {t('ledgerColStatus')}
        </div>
        <div class="lp-cell" role="columnheader">
          {t('ledgerColActions')}
        </div>
      </div>
      {topItem ? <GroupContext items={items} topIndex={topItem.index} /> : null}
      <div class="lp-body" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualItems.map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          let content;
          if (item.type === 'clip') {
            content = (
              <ClipRow
                view={item.view}
                selected={selection.has(item.key)}
                expanded={expanded.has(item.key)}
              />
            );
          } else if (item.type === 'document') {
            content = <DocumentHeader documentId={item.documentId} count={item.count} />;
          } else {
            const ids = item.count ? groupClipIds(items, virtual.index) : [];
            let chosen = 0;
            for (const id of ids) if (selection.has(id)) chosen++;
            content = (
              <CaseHeader
                caseId={item.caseId}
                count={item.count}
                selected={chosen === 0 ? 'none' : chosen === ids.length ? 'all' : 'some'}
                onSelect={(on) => controller.setGroupSelected(ids, on)}
                onEdit={onEditCase}
                onExport={onExportCase}
              />
            );
          }
          return (
            <div
              key={virtual.key}
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              class="lp-virtual-item"
              style={{ transform: `translateY(${virtual.start - HEAD_HEIGHT}px)` }}
            >
              {content}
            </div>
          );
        })}
      </div>
    </div>
  );
}
