/** The panel under an expanded row: every editable field of the clip, and its check history. */
import { caseLabel } from '../../lib/db/cases';
import { isoDay } from '../../lib/db/status';
import { CLIP_STATUSES, type ClipStatus, type FindingKind } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { KIND_LABEL, KIND_ORDER } from '../kinds';
import { useController, useLedgerState } from './context';
import { EditCell } from './EditCell';
import { NO_CASE } from './filters';
import { CLIP_STATUS_LABEL } from './labels';
import type { ClipView } from './model';
import { TagEditor } from './TagEditor';
import { FullTimeline } from './Timeline';

export function RowDetails({ view }: { view: ClipView }) {
  const controller = useController();
  const { view: ledger } = useLedgerState();
  const { clip } = view;
  const corrected = clip.text !== clip.originalText;
  const showTimeline = clip.kind === 'commitment' || view.points.length > 0;

  return (
    <div class="lp-details" data-testid="row-details">
      <div class="lp-details-fields">
        <label class="lp-field">
          <span>{t('ledgerKind')}</span>
          <select
            class="lp-select"
            data-testid="detail-kind"
            value={clip.kind}
            onChange={(e) => controller.updateClip(clip.id, { kind: e.currentTarget.value as FindingKind })}
          >
            {KIND_ORDER.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        </label>
        <label class="lp-field">
          <span>{t('ledgerTrackStatus')}</span>
          <select
            class="lp-select"
            data-testid="detail-status"
            value={clip.status}
            onChange={(e) => controller.updateClip(clip.id, { status: e.currentTarget.value as ClipStatus })}
          >
            {CLIP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(CLIP_STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        <label class="lp-field">
          <span>{t('ledgerCase')}</span>
          <select
            class="lp-select"
            data-testid="detail-case"
            value={view.caseId ?? NO_CASE}
            onChange={(e) => {
              const value = e.currentTarget.value;
              controller.updateClip(clip.id, { caseId: value === NO_CASE ? null : value });
            }}
          >
            {(ledger?.cases ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {caseLabel(c)}
              </option>
            ))}
            <option value={NO_CASE}>{t('ledgerNoCase')}</option>
          </select>
        </label>
        <div class="lp-field lp-field-wide">
          <span>{t('ledgerTags')}</span>
          <TagEditor
            tags={clip.tags}
            known={ledger?.tags ?? []}
            listId={`tags-${clip.id}`}
            onChange={(tags) => controller.updateClip(clip.id, { tags })}
          />
        </div>
        <div class="lp-field lp-field-wide">
          <span>{t('ledgerNote')}</span>
          <EditCell
            value={clip.note ?? ''}
            placeholder={t('ledgerNotePlaceholder')}
            label={t('ledgerNote')}
            multiline
            testId="detail-note"
            class="lp-note-edit"
            onSave={(note) => controller.updateClip(clip.id, { note: note || null })}
          />
        </div>
        {corrected ? (
          <div class="lp-field lp-field-wide">
            <span>{t('ledgerOriginalText')}</span>
            <div class="lp-original">
              <p>{clip.originalText}</p>
              <button
                type="button"
                class="lp-link-button"
                onClick={() => controller.updateClip(clip.id, { text: clip.originalText })}
              >
                {t('ledgerRestoreText')}
              </button>
            </div>
          </div>
        ) : null}
        <div class="lp-details-foot lp-small lp-muted">
          <span>{t('ledgerClippedAt', isoDay(clip.created))}</span>
          {view.doc ? (
            <span class="lp-details-source" title={view.doc.url}>
              {view.doc.title || view.doc.url}
            </span>
          ) : null}
          <button
            type="button"
            class="lp-link-button lp-danger-text"
            data-testid="detail-delete"
            onClick={() => controller.deleteClip(clip.id)}
          >
            {t('ledgerDeleteClip')}
          </button>
        </div>
      </div>
      {showTimeline ? (
        <section class="lp-details-history">
          <h3>{t('ledgerTimelineTitle')}</h3>
          <FullTimeline clipId={clip.id} points={view.points} />
        </section>
      ) : null}
    </div>
  );
}
