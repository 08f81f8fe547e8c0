/**
 * Export: the whole ledger, one case or the selection, as XLSX, CSV, a
 * Markdown report or a JSON backup. The file is made by lib/export and
 * saved through a download link; large exports show progress.
 */
import { useState } from 'preact/hooks';
import { caseLabel } from '../../lib/db/cases';
import type { ExportFormat } from '../../lib/export/export-ledger';
import type { ExportScope } from '../../lib/export/scope';
import { t, type MessageKey } from '../../lib/i18n';
import { describeError } from './controller';
import { useController, useLedgerState } from './context';
import { Dialog } from './Dialog';
import { saveFile } from './download';
import { ProgressBar } from './ProgressBar';

export type ExportScopeKind = ExportScope['kind'];

const FORMATS: { format: ExportFormat; title: MessageKey; hint: MessageKey }[] = [
  { format: 'xlsx', title: 'ledgerFormatXlsx', hint: 'ledgerFormatXlsxHint' },
  { format: 'csv', title: 'ledgerFormatCsv', hint: 'ledgerFormatCsvHint' },
  { format: 'markdown', title: 'ledgerFormatMarkdown', hint: 'ledgerFormatMarkdownHint' },
  { format: 'json', title: 'ledgerFormatJson', hint: 'ledgerFormatJsonHint' },
];

export interface ExportDialogProps {
  initialScope: ExportScopeKind;
  initialCaseId?: string;
  onClose: () => void;
}

export function ExportDialog({ initialScope, initialCaseId, onClose }: ExportDialogProps) {
  const controller = useController();
  const { view, selection, total } = useLedgerState();
  const cases = view?.cases ?? [];
  const [scopeKind, setScopeKind] = useState<ExportScopeKind>(initialScope);
  const [caseId, setCaseId] = useState(initialCaseId ?? cases[0]?.id ?? '');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');

  const scope: ExportScope | null =
    scopeKind === 'all'
      ? { kind: 'all' }
      : scopeKind === 'case'
        ? caseId
          ? { kind: 'case', caseId }
          : null
        : selection.size
          ? { kind: 'clips', ids: Array.from(selection) }
          : null;

  const run = async () => {
    if (!scope) return;
    setError('');
    setProgress(0);
    try {
      const file = await controller.exportFile(scope, format, (done, total) =>
        setProgress(total ? done / total : 1),
      );
      saveFile(file.blob, file.fileName);
      onClose();
      controller.toast(t('ledgerExportDone', file.fileName), 'info');
    } catch (e) {
      console.error(e);
      setProgress(null);
      setError(describeError(e));
    }
  };

  const busy = progress !== null;
  return (
    <Dialog
      title={t('ledgerExportTitle')}
      onClose={onClose}
      locked={busy}
      testId="export-dialog"
      footer={
        <>
          <span class="lp-small lp-muted lp-push-left">{t('ledgerExportHint')}</span>
          <button type="button" class="lp-button" disabled={busy} onClick={onClose}>
            {t('ledgerCancel')}
          </button>
          <button
            type="button"
            class="lp-button lp-primary"
            data-testid="export-run"
            autoFocus
            disabled={busy || !scope}
            onClick={run}
          >
            {t('ledgerExportRun')}
          </button>
        </>
      }
    >
      <fieldset class="lp-fieldset" disabled={busy}>
        <legend>{t('ledgerExportScope')}</legend>
        <label class="lp-radio">
          <input
            type="radio"
            name="export-scope"
            data-testid="scope-all"
            checked={scopeKind === 'all'}
            onChange={() => setScopeKind('all')}
          />
          {t('ledgerExportAll', String(total))}
        </label>
        <label class="lp-radio">
          <input
            type="radio"
            name="export-scope"
            data-testid="scope-case"
            disabled={!cases.length}
            checked={scopeKind === 'case'}
            onChange={() => setScopeKind('case')}
          />
          {t('ledgerExportCase')}
          <select
            class="lp-select"
            data-testid="scope-case-select"
            disabled={!cases.length}
            value={caseId}
            onChange={(e) => {
              setCaseId(e.currentTarget.value);
              setScopeKind('case');
            }}
          >
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {caseLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <label class="lp-radio">
          <input
            type="radio"
            name="export-scope"
            data-testid="scope-selection"
            disabled={!selection.size}
            checked={scopeKind === 'clips'}
            onChange={() => setScopeKind('clips')}
          />
          {t('ledgerExportSelection', String(selection.size))}
        </label>
      </fieldset>
      <fieldset class="lp-fieldset" disabled={busy}>
        <legend>{t('ledgerExportFormat')}</legend>
        <div class="lp-format-grid">
          {FORMATS.map((f) => (
            <label key={f.format} class={`lp-format${format === f.format ? ' lp-format-on' : ''}`}>
              <input
                type="radio"
                name="export-format"
                value={f.format}
                data-testid={`format-${f.format}`}
                checked={format === f.format}
                onChange={() => setFormat(f.format)}
              />
              <span class="lp-format-title">{t(f.title)}</span>
              <span class="lp-format-hint">{t(f.hint)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {busy ? (
        <ProgressBar value={progress} label={t('ledgerExportWorking', String(Math.round(progress * 100)))} />
      ) : null}
      {error ? (
        <p class="lp-error" role="alert" data-testid="export-error">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
