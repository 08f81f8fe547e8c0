/**
 * A commitment's status across every report checked against it, oldest
 * first. Compact: one dot per report with its date, in the status column.
 * Full: one line per report with the evidence found and the override form.
 */
import { useState } from 'preact/hooks';
import type { StatusPoint } from '../../lib/db/status';
import { CHECK_STATUSES, type CheckStatus } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { CHECK_LABEL, CheckBadge } from './Badges';
import { useController } from './context';

/** How many dots the compact timeline shows before folding older ones into “+n”. */
const COMPACT_POINTS = 4;

function pointTitle(point: StatusPoint): string {
  const lines = [
    `${point.date}${point.reportTitle ? ` 《${point.reportTitle}》` : ''}`,
    t(CHECK_LABEL[point.status]),
  ];
  if (point.overridden) {
    lines.push(
      `${t('ledgerCheckOverridden')}（${t('ledgerTimelineComputed', t(CHECK_LABEL[point.computed]))}）`,
    );
    if (point.overrideNote) lines.push(point.overrideNote);
  }
  return lines.join('\n');
}

/** MM-DD, the year only when it differs from the latest report's. */
function shortDate(date: string, latestYear: string): string {
  return date.slice(0, 4) === latestYear ? date.slice(5) : date;
}

export function CompactTimeline({ points }: { points: StatusPoint[] }) {
  if (!points.length) return null;
  const shown = points.slice(-COMPACT_POINTS);
  const latestYear = points[points.length - 1].date.slice(0, 4);
  return (
    <ol class="lp-mini-timeline" aria-label={t('ledgerTimelineTitle')}>
      {points.length > shown.length ? <li class="lp-mini-more">+{points.length - shown.length}</li> : null}
      {shown.map((point) => (
        <li
          key={point.checkId}
          class={`lp-mini-point lp-dot-${point.status}${point.overridden ? ' lp-dot-manual' : ''}`}
          title={pointTitle(point)}
        >
          <span class="lp-dot" />
          <span class="lp-mini-date">{shortDate(point.date, latestYear)}</span>
        </li>
      ))}
    </ol>
  );
}

export interface FullTimelineProps {
  clipId: string;
  points: StatusPoint[];
}

export function FullTimeline({ clipId, points }: FullTimelineProps) {
  if (!points.length) return <p class="lp-muted lp-small">{t('ledgerTimelineEmpty')}</p>;
  return (
    <ol class="lp-timeline" data-testid="timeline">
      {/* Newest first: the latest verdict is the one that counts. toReversed needs Chromium 110. */}
      {points
        .slice()
        // oxlint-disable-next-line unicorn/no-array-reverse
        .reverse()
        .map((point) => (
          <TimelineEntry key={point.checkId} clipId={clipId} point={point} />
        ))}
    </ol>
  );
}

function TimelineEntry({ clipId, point }: { clipId: string; point: StatusPoint }) {
  const controller = useController();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<CheckStatus>(point.status);
  const [note, setNote] = useState(point.overrideNote ?? '');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    const ok = await controller.setOverride(point.checkId, clipId, status, note);
    setSaving(false);
    if (ok) setEditing(false);
  };

  return (
    <li class={`lp-timeline-entry lp-dot-${point.status}`} data-testid="timeline-entry">
      <span class="lp-dot" />
      <div class="lp-timeline-body">
        <div class="lp-timeline-head">
          <span class="lp-timeline-date">{point.date}</span>
          <CheckBadge status={point.status} overridden={point.overridden} small />
          {point.reportTitle ? <span class="lp-timeline-title">《{point.reportTitle}》</span> : null}
        </div>
        <div class="lp-small lp-muted">
          {point.overridden
            ? t('ledgerTimelineComputed', t(CHECK_LABEL[point.computed]))
            : t('ledgerTimelineScore', String(Math.round(point.score * 100)))}
          {point.overridden && point.overrideNote ? ` · ${point.overrideNote}` : ''}
        </div>
        {point.evidence?.text ? (
          <blockquote class="lp-evidence" title={t('ledgerTimelineEvidence')}>
            {point.evidence.text}
          </blockquote>
        ) : null}
        {editing ? (
          <div class="lp-override-form" data-testid="override-form">
            <div class="lp-segmented" role="radiogroup" aria-label={t('ledgerOverride')}>
              {CHECK_STATUSES.map((s) => (
                <label key={s} class={`lp-segment lp-check-${s}${status === s ? ' lp-segment-on' : ''}`}>
                  <input
                    type="radio"
                    name={`override-${point.checkId}-${clipId}`}
                    value={s}
                    checked={status === s}
                    onChange={() => setStatus(s)}
                  />
                  {t(CHECK_LABEL[s])}
                </label>
              ))}
            </div>
            <input
              type="text"
              class="lp-input lp-override-note"
              placeholder={t('ledgerOverrideNote')}
              aria-label={t('ledgerOverrideNote')}
              value={note}
              maxLength={500}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
            <div class="lp-row-actions">
              <button type="button" class="lp-button lp-primary" disabled={saving} onClick={save}>
                {t('ledgerSave')}
              </button>
              <button type="button" class="lp-button" disabled={saving} onClick={() => setEditing(false)}>
                {t('ledgerCancel')}
              </button>
            </div>
          </div>
        ) : (
          <div class="lp-row-actions">
            <button
              type="button"
              class="lp-link-button"
              data-testid="override-open"
              onClick={() => {
                setStatus(point.status);
                setNote(point.overrideNote ?? '');
                setEditing(true);
              }}
            >
              {t('ledgerOverride')}
            </button>
            {point.overridden ? (
              <button
                type="button"
                class="lp-link-button"
                onClick={() => controller.clearOverride(point.checkId, clipId)}
              >
                {t('ledgerOverrideClear')}
              </button>
            ) : null}
          </div>
        )}
      </div>
    </li>
  );
}
