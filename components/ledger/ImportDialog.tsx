/**
 * Importing a JSON backup: choose a file → preview of what would change →
 * merge or replace → progress → result. A file that is not a sound backup
 * is refused with its reason before anything is written; a failure while
 * writing rolls the whole import back. Either way the ledger is unchanged.
 */
import { useState } from 'preact/hooks';
import type { TableName } from '../../lib/db/types';
import type { Backup } from '../../lib/export/backup';
import type { ImportMode, ImportPreview } from '../../lib/import/import-backup';
import { t, type MessageKey } from '../../lib/i18n';
import { describeError } from './controller';
import { useController } from './context';
import { Dialog } from './Dialog';
import { ProgressBar } from './ProgressBar';

const TABLE_LABEL: Record<TableName, MessageKey> = {
  clips: 'ledgerTableClips',
  documents: 'ledgerTableDocuments',
  cases: 'ledgerTableCases',
  checks: 'ledgerTableChecks',
  overrides: 'ledgerTableOverrides',
  settings: 'ledgerTableSettings',
};
const TABLES: TableName[] = ['clips', 'documents', 'cases', 'checks', 'overrides', 'settings'];

type Step =
  | { step: 'choose'; error?: string }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; backup: Backup; preview: ImportPreview }
  | { step: 'importing'; done: number }
  | { step: 'done'; message: string };

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** yyyy-mm-dd hh:mm in local time. */
function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const controller = useController();
  const [state, setState] = useState<Step>({ step: 'choose' });
  const [mode, setMode] = useState<ImportMode>('merge');

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading', name: file.name });
    try {
      const { backup, preview } = await controller.previewBackup(file);
      setMode('merge');
      setState({ step: 'preview', name: file.name, backup, preview });
    } catch (error) {
      setState({ step: 'choose', error: describeError(error) });
    }
  };

  const run = async () => {
    if (state.step !== 'preview') return;
    const { backup, preview } = state;
    setState({ step: 'importing', done: 0 });
    try {
      const result = await controller.importBackup(backup, mode, (done, total) =>
        setState({ step: 'importing', done: total ? done / total : 1 }),
      );
      const clips = result.counts
        ? result.counts.clips.new + result.counts.clips.replaced
        : preview.replace.clips.incoming;
      setState({
        step: 'done',
        message: result.written
          ? t('ledgerImportDone', [String(result.written), String(clips)])
          : t('ledgerImportNothing'),
      });
    } catch (error) {
      console.error(error);
      setState({ step: 'choose', error: `${describeError(error)} ${t('ledgerImportUnchanged')}` });
    }
  };

  const busy = state.step === 'importing' || state.step === 'reading';
  let footer: preact.ComponentChildren;
  if (state.step === 'preview') {
    footer = (
      <>
        <button type="button" class="lp-button lp-push-left" onClick={() => setState({ step: 'choose' })}>
          {t('ledgerImportOther')}
        </button>
        <button type="button" class="lp-button" onClick={onClose}>
          {t('ledgerCancel')}
        </button>
        <button
          type="button"
          class={`lp-button ${mode === 'replace' ? 'lp-danger' : 'lp-primary'}`}
          data-testid="import-run"
          onClick={run}
        >
          {mode === 'replace' ? t('ledgerImportRunReplace') : t('ledgerImportRun')}
        </button>
      </>
    );
  } else if (state.step === 'done') {
    footer = (
      <button type="button" class="lp-button lp-primary" data-testid="import-close" onClick={onClose}>
        {t('ledgerClose')}
      </button>
    );
  }

  return (
    <Dialog
      title={t('ledgerImportTitle')}
      onClose={onClose}
      locked={busy}
      wide
      testId="import-dialog"
      footer={footer}
    >
      {state.step === 'choose' ? (
        <div class="lp-import-choose">
          <p class="lp-muted">{t('ledgerImportHint')}</p>
          <label class="lp-file">
            <input
              type="file"
              accept=".json,application/json"
              autoFocus
              data-testid="import-file"
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                input.value = ''; // choosing the same file again must fire again
                choose(file);
              }}
            />
            <span class="lp-button lp-primary">{t('ledgerImportChoose')}</span>
          </label>
          {state.error ? (
            <p class="lp-error" role="alert" data-testid="import-error">
              {state.error}
            </p>
          ) : null}
        </div>
      ) : null}
      {state.step === 'reading' ? <p class="lp-muted">{t('ledgerImportReading', state.name)}</p> : null}
      {state.step === 'preview' ? <Preview state={state} mode={mode} onMode={setMode} /> : null}
      {state.step === 'importing' ? (
        <ProgressBar
          value={state.done}
          label={t('ledgerImportWorking', String(Math.round(state.done * 100)))}
        />
      ) : null}
      {state.step === 'done' ? (
        <p class="lp-success" role="status" data-testid="import-done">
          {state.message}
        </p>
      ) : null}
    </Dialog>
  );
}

interface PreviewProps {
  state: Extract<Step, { step: 'preview' }>;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
}

function Preview({ state, mode, onMode }: PreviewProps) {
  const { merge, replace } = state.preview;
  const clips = merge.clips;
  const removed = replace.clips.removed;
  const conflicts = TABLES.reduce((n, table) => n + merge[table].conflicts, 0);
  const replaced = TABLES.reduce((n, table) => n + merge[table].replaced, 0);
  return (
    <div class="lp-import-preview" data-testid="import-preview">
      <p class="lp-import-file">
        <strong>{state.name}</strong>
        <span class="lp-muted lp-small">
          {t('ledgerImportExportedAt', formatTime(state.preview.exportedAt))}
        </span>
      </p>
      <p data-testid="import-summary">
        {t('ledgerImportSummary', [
          String(clips.incoming),
          String(clips.new),
          String(clips.duplicates),
          String(clips.conflicts),
        ])}
      </p>
      <table class="lp-counts">
        <thead>
          <tr>
            <th />
            <th>{t('ledgerImportColIncoming')}</th>
            <th>{t('ledgerImportColNew')}</th>
            <th>{t('ledgerImportColDuplicates')}</th>
            <th>{t('ledgerImportColConflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((table) => (
            <tr key={table} data-table={table}>
              <th>{t(TABLE_LABEL[table])}</th>
              <td>{merge[table].incoming}</td>
              <td>{merge[table].new}</td>
              <td>{merge[table].duplicates}</td>
              <td>{merge[table].conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {conflicts ? (
        <p class="lp-small lp-muted">{t('ledgerImportConflicts', [String(conflicts), String(replaced)])}</p>
      ) : null}
      <div class="lp-mode-grid" role="radiogroup" aria-label={t('ledgerImportMode')}>
        <label class={`lp-format${mode === 'merge' ? ' lp-format-on' : ''}`}>
          <input
            type="radio"
            name="import-mode"
            data-testid="mode-merge"
            checked={mode === 'merge'}
            onChange={() => onMode('merge')}
          />
          <span class="lp-format-title">{t('ledgerImportMerge')}</span>
          <span class="lp-format-hint">{t('ledgerImportMergeHint')}</span>
        </label>
        <label class={`lp-format lp-format-danger${mode === 'replace' ? ' lp-format-on' : ''}`}>
          <input
            type="radio"
            name="import-mode"
            data-testid="mode-replace"
            checked={mode === 'replace'}
            onChange={() => onMode('replace')}
          />
          <span class="lp-format-title">{t('ledgerImportReplace')}</span>
          <span class="lp-format-hint">{t('ledgerImportReplaceHint', String(removed))}</span>
        </label>
      </div>
    </div>
  );
}
