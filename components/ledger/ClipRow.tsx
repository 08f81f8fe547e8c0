/**
 * One clip as a row of the 整改台账: 序号, the text in the 问题 or the
 * 整改措施 column, 责任单位/责任人, 完成时限, the latest check result with its
 * timeline, and the actions. Text is rendered as text, never as HTML.
 */
import { t } from '../../lib/i18n';
import { KIND_COLOR } from '../kinds';
import { CheckBadge, KindBadge } from './Badges';
import { useController } from './context';
import { EditCell } from './EditCell';
import { latestCheck, type ClipView } from './model';
import { RowDetails } from './RowDetails';
import { CompactTimeline } from './Timeline';

export interface ClipRowProps {
  view: ClipView;
  selected: boolean;
  expanded: boolean;
}

export function ClipRow({ view, selected, expanded }: ClipRowProps) {
  const controller = useController();
  const { clip, points } = view;
  const isProblem = clip.kind === 'problem';
  const latest = latestCheck(view);
  const latestPoint = points.length ? points[points.length - 1] : undefined;
  const corrected = clip.text !== clip.originalText;

  const textCell = (
    <div class="lp-text-cell">
      {clip.kind === 'pledge' || clip.kind === 'progress' ? <KindBadge kind={clip.kind} /> : null}
      <EditCell
        value={clip.text}
        placeholder=""
        label={t('ledgerEditText')}
        multiline
        activateOnDoubleClick
        class="lp-clip-text"
        testId="clip-text"
        // An emptied text is taken back, not saved: a clip always has its text.
        onSave={(text) => (text ? controller.updateClip(clip.id, { text }) : Promise.resolve(true))}
      />
      {corrected || clip.tags.length || clip.note ? (
        <div class="lp-clip-meta">
          {corrected ? (
            <span class="lp-corrected" title={clip.originalText}>
              {t('ledgerCorrected')}
            </span>
          ) : null}
          {clip.tags.map((tag) => (
            <span key={tag} class="lp-tag lp-tag-static" data-testid="clip-tag">
              {tag}
            </span>
          ))}
          {clip.note ? (
            <span class="lp-note" data-testid="clip-note">
              {t('ledgerNote')}：{clip.note}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );

  return (
    <div
      class={`lp-row lp-clip-row${selected ? ' lp-selected' : ''}${expanded ? ' lp-expanded' : ''}`}
      role="row"
      data-testid="clip-row"
      data-clip-id={clip.id}
      data-kind={clip.kind}
    >
      <div class="lp-grid" style={{ borderLeftColor: KIND_COLOR[clip.kind] }}>
        <div class="lp-cell lp-cell-check" role="cell">
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('ledgerSelectRow', String(view.seq))}
            data-testid="row-select"
            onChange={() => controller.toggleSelected(clip.id)}
          />
        </div>
        <div class="lp-cell lp-cell-seq" role="cell">
          {view.seq}
        </div>
        <div class="lp-cell lp-cell-problem" role="cell">
          {isProblem ? textCell : null}
        </div>
        <div class="lp-cell lp-cell-measure" role="cell">
          {isProblem ? null : textCell}
        </div>
        <div class="lp-cell" role="cell">
          <EditCell
            value={clip.owner ?? ''}
            placeholder={t('ledgerEmptyField')}
            label={t('ledgerColOwner')}
            testId="clip-owner"
            onSave={(owner) => controller.updateClip(clip.id, { owner: owner || null })}
          />
        </div>
        <div class="lp-cell" role="cell">
          <EditCell
            value={clip.deadline ?? ''}
            placeholder={t('ledgerEmptyField')}
            label={t('ledgerColDeadline')}
            testId="clip-deadline"
            onSave={(deadline) => controller.updateClip(clip.id, { deadline: deadline || null })}
          />
        </div>
        <div class="lp-cell lp-cell-status" role="cell" data-testid="clip-status">
          {latest ? (
            <CheckBadge status={latest} overridden={latestPoint?.overridden} />
          ) : (
            <span class="lp-muted">—</span>
          )}
          <CompactTimeline points={points} />
        </div>
        <div class="lp-cell lp-cell-actions" role="cell">
          <button
            type="button"
            class="lp-link-button"
            data-testid="open-source"
            title={view.doc ? `${view.doc.title}\n${view.doc.url}` : undefined}
            onClick={() => controller.openSource(clip.id)}
          >
            {t('ledgerOpenSource')}
          </button>
          <button
            type="button"
            class="lp-link-button"
            aria-expanded={expanded}
            data-testid="toggle-details"
            onClick={() => controller.toggleExpanded(clip.id)}
          >
            {expanded ? t('ledgerDetailsHide') : t('ledgerDetails')}
          </button>
        </div>
      </div>
      {expanded ? <RowDetails view={view} /> : null}
    </div>
  );
}
