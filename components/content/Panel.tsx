import type { FindingKind } from '../../lib/detect/types';
import { t } from '../../lib/i18n';
import { KIND_COLOR, KIND_LABEL, KIND_ORDER } from '../kinds';
import type { ContentActions, ContentState } from './types';
import { CheckPanel } from './CheckPanel';

interface PanelProps {
  state: ContentState;
  actions: ContentActions;
}

function KindToggle({
  kind,
  count,
  hidden,
  onToggle,
}: {
  kind: FindingKind;
  count: number;
  hidden: boolean;
  onToggle(): void;
}) {
  const label = t(KIND_LABEL[kind]);
  return (
    <button
      class={`kind-toggle${hidden ? ' off' : ''}`}
      data-kind={kind}
      aria-pressed={!hidden}
      title={t(hidden ? 'panelShowKind' : 'panelHideKind', label)}
      onClick={onToggle}
    >
      <span class="swatch" style={{ background: KIND_COLOR[kind] }} />
      <span class="kind-label">{label}</span>
      <span class="count">{count}</span>
    </button>
  );
}

/** The collapsible in-page panel: counts, toggles, navigation, bulk clip, document facts. */
export function Panel({ state, actions }: PanelProps) {
  const total = KIND_ORDER.reduce((sum, kind) => sum + state.counts[kind], 0);
  if (!state.panelOpen) {
    return (
      <button
        class="panel-tab"
        data-testid="rl-panel-tab"
        title={t('panelExpand')}
        onClick={() => actions.setPanelOpen(true)}
      >
        <span class="panel-tab-title">{t('panelTitle')}</span>
        {state.status === 'ready' ? <span class="panel-tab-count">{total}</span> : null}
      </button>
    );
  }
  return (
    <section class="panel" data-testid="rl-panel" aria-label={t('panelTitle')}>
      <header class="panel-head">
        <h2>{t('panelTitle')}</h2>
        <button
          class="icon"
          title={t('panelCollapse')}
          aria-label={t('panelCollapse')}
          onClick={() => actions.setPanelOpen(false)}
        >
          –
        </button>
      </header>
      {state.check ? <CheckPanel check={state.check} actions={actions} /> : null}
      {state.check ? null : <PanelBody state={state} actions={actions} />}
    </section>
  );
}

/** Counts, toggles, navigation, bulk clip and document facts. */
function PanelBody({ state, actions }: PanelProps) {
  const total = KIND_ORDER.reduce((sum, kind) => sum + state.counts[kind], 0);
  const visible = state.items.filter((item) => !state.hidden.includes(item.kind));
  const commitments = state.counts.commitment;
  const meta = state.meta;
  const metaRows: [string, string | undefined][] = [
    [t('metaUnit'), meta.inspectedUnit],
    [t('metaIssuer'), meta.issuingUnit],
    [t('metaDate'), meta.publishDate],
    [t('metaRound'), meta.round],
  ];
  return (
    <>
      {state.status === 'analyzing' ? (
        <p class="muted" data-testid="rl-progress">
          {t('panelAnalyzing')} {Math.round(state.progress * 100)}%
        </p>
      ) : null}
      {state.status === 'error' ? <p class="error">{t('errorGeneric', state.error ?? '')}</p> : null}
      {state.status === 'ready' && total === 0 ? <p class="muted">{t('panelNothing')}</p> : null}
      {state.status === 'skipped' ? (
        <div class="skipped" data-testid="rl-skipped">
          <p class="muted">{t('pageSkipped')}</p>
          <button data-testid="rl-analyze-now" onClick={() => actions.analyzeNow()}>
            {t('popupAnalyzeNow')}
          </button>
        </div>
      ) : null}
      <div class="kinds">
        {KIND_ORDER.map((kind) => (
          <KindToggle
            key={kind}
            kind={kind}
            count={state.counts[kind]}
            hidden={state.hidden.includes(kind)}
            onToggle={() => actions.toggleKind(kind)}
          />
        ))}
      </div>
      <div class="nav">
        <button data-testid="rl-prev" disabled={visible.length === 0} onClick={() => actions.go(-1)}>
          ‹ {t('panelPrev')}
        </button>
        <span class="position" data-testid="rl-position">
          {visible.length === 0
            ? '—'
            : state.active < 0
              ? t('panelTotal', String(visible.length))
              : t('panelPosition', [String(state.active + 1), String(visible.length)])}
        </span>
        <button data-testid="rl-next" disabled={visible.length === 0} onClick={() => actions.go(1)}>
          {t('panelNext')} ›
        </button>
      </div>
      <button
        class="primary wide"
        data-testid="rl-clip-all"
        disabled={commitments === 0}
        onClick={() => actions.clipAllCommitments()}
      >
        {t('panelClipAll', String(commitments))}
      </button>
      <dl class="meta" data-testid="rl-meta">
        {metaRows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class={value ? '' : 'muted'}>{value ?? t('metaUnknown')}</dd>
          </div>
        ))}
      </dl>
      <p class="clipped" data-testid="rl-clipped-count">
        {t('panelClipped', String(state.clippedCount))}
      </p>
      {state.orphans.length ? (
        <details class="orphans" data-testid="rl-orphans" open>
          <summary>{t('panelOrphans', String(state.orphans.length))}</summary>
          <p class="muted small">{t('panelOrphansHint')}</p>
          <ul>
            {state.orphans.map((orphan) => (
              <li key={orphan.id}>
                <span class="swatch" style={{ background: KIND_COLOR[orphan.kind] }} />
                {orphan.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div class="panel-actions">
        <button class="check-open" data-testid="rl-check-open" onClick={() => actions.openCheck()}>
          {t('checkTitle')}
        </button>
        <button data-testid="rl-open-ledger" onClick={() => actions.openLedger()}>
          {t('popupOpenLedger')}
        </button>
      </div>
    </>
  );
}
