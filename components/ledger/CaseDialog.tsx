/** Create or edit a case: the inspected unit and the inspection round (and a note). */
import { useState } from 'preact/hooks';
import type { LedgerCase } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { useController } from './context';
import { Dialog } from './Dialog';

export interface CaseDialogProps {
  /** The case to edit; none: create one. */
  existing?: LedgerCase;
  /** Called with the case created (e.g. to assign the selection to it). */
  onCreated?: (created: LedgerCase) => void;
  onClose: () => void;
}

export function CaseDialog({ existing, onCreated, onClose }: CaseDialogProps) {
  const controller = useController();
  const [unit, setUnit] = useState(existing?.unit ?? '');
  const [round, setRound] = useState(existing?.round ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!unit.trim() || saving) return;
    setSaving(true);
    if (existing) {
      const ok = await controller.updateCase(existing.id, {
        unit: unit.trim(),
        round: round.trim(),
        note: note.trim(),
      });
      setSaving(false);
      if (ok) onClose();
    } else {
      const created = await controller.createCase({
        unit: unit.trim(),
        round: round.trim(),
        note: note.trim() || undefined,
      });
      setSaving(false);
      if (created) {
        onClose();
        onCreated?.(created);
      }
    }
  };

  return (
    <Dialog
      title={existing ? t('ledgerCaseDialogEdit') : t('ledgerCaseDialogNew')}
      onClose={onClose}
      testId="case-dialog"
    >
      <form class="lp-form" onSubmit={submit}>
        <p class="lp-muted lp-small">{t('ledgerCaseDialogHint')}</p>
        <label class="lp-form-field">
          <span>
            {t('metaUnit')}
            <em class="lp-required">*</em>
          </span>
          <input
            type="text"
            class="lp-input"
            required
            autoFocus
            maxLength={500}
            value={unit}
            placeholder={t('ledgerCaseUnitPlaceholder')}
            data-testid="case-unit"
            onInput={(e) => setUnit(e.currentTarget.value)}
          />
        </label>
        <label class="lp-form-field">
          <span>{t('metaRound')}</span>
          <input
            type="text"
            class="lp-input"
            maxLength={500}
            value={round}
            placeholder={t('ledgerCaseRoundPlaceholder')}
            data-testid="case-round"
            onInput={(e) => setRound(e.currentTarget.value)}
          />
        </label>
        <label class="lp-form-field">
          <span>{t('ledgerNote')}</span>
          <textarea
            class="lp-input"
            rows={2}
            maxLength={5000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </label>
        <div class="lp-form-actions">
          {existing ? (
            <button
              type="button"
              class="lp-button lp-danger lp-push-left"
              data-testid="case-delete"
              onClick={() => {
                onClose();
                controller.removeCase(existing.id);
              }}
            >
              {t('ledgerCaseDelete')}
            </button>
          ) : null}
          <button type="button" class="lp-button" onClick={onClose}>
            {t('ledgerCancel')}
          </button>
          <button
            type="submit"
            class="lp-button lp-primary"
            data-testid="case-save"
            disabled={!unit.trim() || saving}
          >
            {existing ? t('ledgerSave') : t('ledgerCreate')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
