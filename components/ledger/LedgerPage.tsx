/** The ledger page: header, toolbar and filters, bulk bar, the table, dialogs and toasts. */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { LedgerCase } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { BulkBar } from './BulkBar';
import { CaseDialog } from './CaseDialog';
import { ControllerContext, useLedgerState } from './context';
import type { LedgerController } from './controller';
import { EmptyState, NoMatches } from './EmptyState';
import { ExportDialog, type ExportScopeKind } from './ExportDialog';
import { FatalScreen } from './FatalScreen';
import { Filters } from './Filters';
import { Header } from './Header';
import { ImportDialog } from './ImportDialog';
import { LedgerTable } from './LedgerTable';
import { Toasts } from './Toasts';
import { Toolbar } from './Toolbar';

type OpenDialog =
  | { kind: 'export'; scope: ExportScopeKind; caseId?: string }
  | { kind: 'import' }
  | { kind: 'case'; caseId?: string; assignSelection?: boolean }
  | null;

export function LedgerPage({ controller }: { controller: LedgerController }) {
  useEffect(() => {
    controller.start();
    return () => controller.stop();
  }, [controller]);
  return (
    <ControllerContext.Provider value={controller}>
      <Page controller={controller} />
    </ControllerContext.Provider>
  );
}

function Page({ controller }: { controller: LedgerController }) {
  const state = useLedgerState();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);
  const { view } = state;

  // Rows (or the “no match” note) are in the DOM: record the page's user timings.
  useLayoutEffect(() => {
    if (state.phase === 'ready') controller.rowsCommitted(state.items.length > 0);
  }, [state.items, state.phase]);

  const openExport = (scope?: ExportScopeKind, caseId?: string) => {
    const kind =
      scope ??
      (state.selection.size
        ? 'clips'
        : state.filters.caseId && state.filters.caseId !== '-'
          ? 'case'
          : 'all');
    setDialog({
      kind: 'export',
      scope: kind,
      caseId: caseId ?? (kind === 'case' ? state.filters.caseId : undefined),
    });
  };
  const editing: LedgerCase | undefined =
    dialog?.kind === 'case' && dialog.caseId ? view?.caseById.get(dialog.caseId) : undefined;

  let main: preact.ComponentChildren;
  if (state.phase === 'fatal' && state.fatal) {
    main = <FatalScreen fatal={state.fatal} onRetry={() => controller.start()} />;
  } else if (state.phase === 'loading' || !view) {
    main = (
      <>
        <p class="lp-loading" data-testid="ledger-loading">
          {t('ledgerLoading')}
        </p>
        {state.waitingForOthers ? (
          <section class="lp-fatal lp-waiting" role="alert" data-testid="ledger-waiting">
            <p class="lp-fatal-message">{t('ledgerWaitingForOthers')}</p>
            <p class="lp-muted">{t('ledgerDataSafe')}</p>
          </section>
        ) : null}
      </>
    );
  } else if (!state.total && !view.cases.length) {
    main = <EmptyState onImport={() => setDialog({ kind: 'import' })} />;
  } else {
    main = (
      <>
        <BulkBar
          onNewCaseForSelection={() => setDialog({ kind: 'case', assignSelection: true })}
          onExportSelection={() => openExport('clips')}
        />
        {state.items.length ? (
          <LedgerTable
            onEditCase={(caseId) => setDialog({ kind: 'case', caseId })}
            onExportCase={(caseId) => openExport('case', caseId)}
          />
        ) : (
          <NoMatches onClear={() => controller.clearFilters()} />
        )}
      </>
    );
  }

  const ready = state.phase === 'ready' && !!view;
  return (
    <div class="lp">
      <Header />
      {ready ? (
        <div class="lp-controls">
          <Toolbar
            onNewCase={() => setDialog({ kind: 'case' })}
            onImport={() => setDialog({ kind: 'import' })}
            onExport={() => openExport()}
          />
          {state.total ? <Filters /> : null}
        </div>
      ) : null}
      {state.phase === 'ready' && state.fatal ? (
        <div class="lp-banner" role="alert" data-testid="ledger-banner">
          <span>{t(state.fatal.messageKey)}</span>
          <button type="button" class="lp-button lp-primary" onClick={() => location.reload()}>
            {t('ledgerReload')}
          </button>
        </div>
      ) : null}
      <main class="lp-main">{main}</main>
      <Toasts />
      {dialog?.kind === 'export' ? (
        <ExportDialog initialScope={dialog.scope} initialCaseId={dialog.caseId} onClose={close} />
      ) : null}
      {dialog?.kind === 'import' ? <ImportDialog onClose={close} /> : null}
      {dialog?.kind === 'case' ? (
        <CaseDialog
          existing={editing}
          onClose={close}
          onCreated={dialog.assignSelection ? (created) => controller.assignSelection(created.id) : undefined}
        />
      ) : null}
    </div>
  );
}
