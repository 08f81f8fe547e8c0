/** Actions on the selected rows: assign a case, tag, set status, export, delete (all undoable). */
import { useState } from 'preact/hooks';
import { caseLabel } from '../../lib/db/cases';
import { CLIP_STATUSES, type ClipStatus } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { useController, useLedgerState } from './context';
import { NO_CASE } from './filters';
import { CLIP_STATUS_LABEL } from './labels';

/** Option of the case menu that creates a case first. */
const NEW_CASE = '+new';

export interface BulkBarProps {
  onNewCaseForSelection: () => void;
  onExportSelection: () => void;
}

export function BulkBar({ onNewCaseForSelection, onExportSelection }: BulkBarProps) {
  const controller = useController();
  const { selection, view } = useLedgerState();
  const [tag, setTag] = useState('');
  if (!selection.size || !view) return null;

  const addTag = async () => {
    const name = tag.trim();
    if (name && (await controller.tagSelection(name))) setTag('');
  };

  return (
    <div class="lp-bulk" role="toolbar" aria-label={t('ledgerBulkLabel')} data-testid="bulk-bar">
      <strong class="lp-bulk-count" data-testid="bulk-count">
        {t('ledgerSelected', String(selection.size))}
      </strong>
      <select
        class="lp-select"
        aria-label={t('ledgerBulkAssign')}
        data-testid="bulk-assign"
        value=""
        onChange={(e) => {
          const value = e.currentTarget.value;
          e.currentTarget.value = '';
          if (value === NEW_CASE) onNewCaseForSelection();
          else if (value) controller.assignSelection(value === NO_CASE ? null : value);
        }}
      >
        <option value="">{t('ledgerBulkAssign')}</option>
        {view.cases.map((c) => (
          <option key={c.id} value={c.id}>
            {caseLabel(c)}
          </option>
        ))}
        <option value={NO_CASE}>{t('ledgerBulkUnassign')}</option>
        <option value={NEW_CASE}>{t('ledgerBulkNewCase')}</option>
      </select>
      <span class="lp-bulk-group">
        <input
          type="text"
          class="lp-input lp-bulk-tag"
          list="lp-bulk-tags"
          maxLength={50}
          value={tag}
          placeholder={t('ledgerBulkTagPlaceholder')}
          aria-label={t('ledgerBulkTagPlaceholder')}
          data-testid="bulk-tag-input"
          onInput={(e) => setTag(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing) addTag();
          }}
        />
        <datalist id="lp-bulk-tags">
          {view.tags.slice(0, 30).map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <button
          type="button"
          class="lp-button"
          data-testid="bulk-tag"
          disabled={!tag.trim()}
          onClick={addTag}
        >
          {t('ledgerBulkTag')}
        </button>
        <button
          type="button"
          class="lp-button"
          disabled={!tag.trim()}
          onClick={() => tag.trim() && controller.untagSelection(tag.trim())}
        >
          {t('ledgerBulkUntag')}
        </button>
      </span>
      <select
        class="lp-select"
        aria-label={t('ledgerBulkStatus')}
        value=""
        onChange={(e) => {
          const value = e.currentTarget.value as ClipStatus | '';
          e.currentTarget.value = '';
          if (value) controller.setSelectionStatus(value, t(CLIP_STATUS_LABEL[value]));
        }}
      >
        <option value="">{t('ledgerBulkStatus')}</option>
        {CLIP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(CLIP_STATUS_LABEL[s])}
          </option>
        ))}
      </select>
      <span class="lp-bulk-spacer" />
      <button type="button" class="lp-button" data-testid="bulk-export" onClick={onExportSelection}>
        {t('ledgerBulkExport')}
      </button>
      <button
        type="button"
        class="lp-button lp-danger"
        data-testid="bulk-delete"
        onClick={() => controller.deleteSelection()}
      >
        {t('ledgerBulkDelete')}
      </button>
      <button
        type="button"
        class="lp-link-button"
        data-testid="bulk-clear"
        onClick={() => controller.clearSelection()}
      >
        {t('ledgerBulkClear')}
      </button>
    </div>
  );
}
