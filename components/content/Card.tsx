import type { FindingKind } from '../../lib/detect/types';
import { t } from '../../lib/i18n';
import { KIND_COLOR, KIND_LABEL, KIND_ORDER } from '../kinds';
import { cueLabel } from '../cues';
import type { ContentActions, CardState } from './types';

interface CardProps {
  card: CardState;
  actions: ContentActions;
}

/** The small card for one highlight: what it is, why, its fields, and what to do with it. */
export function Card({ card, actions }: CardProps) {
  return (
    <div
      class="card"
      data-testid="rl-card"
      data-kind={card.kind}
      role="dialog"
      style={{ left: `${card.left}px`, top: `${card.top}px` }}
      onMouseEnter={() => actions.keepCard()}
      onMouseLeave={() => (card.pinned ? undefined : actions.closeCard())}
    >
      <header>
        <span class="badge" style={{ background: KIND_COLOR[card.kind] }}>
          {t(KIND_LABEL[card.kind])}
        </span>
        <button
          class="icon"
          aria-label={t('cardClose')}
          title={t('cardClose')}
          onClick={() => actions.closeCard()}
        >
          ×
        </button>
      </header>
      {card.cues.length ? (
        <div class="cues" data-testid="rl-card-cues">
          <span class="label">{t('cardCues')}</span>
          {card.cues.map((cue, i) => (
            <span class="cue" key={i}>
              {cueLabel(cue)}
            </span>
          ))}
        </div>
      ) : null}
      {card.deadline ? (
        <p class="field">
          <span class="label">{t('cardDeadline')}</span>
          {card.deadline}
        </p>
      ) : null}
      {card.owner ? (
        <p class="field">
          <span class="label">{t('cardOwner')}</span>
          {card.owner}
        </p>
      ) : null}
      <footer>
        <button
          class="primary"
          data-testid="rl-card-clip"
          disabled={!!card.clipId}
          onClick={() => actions.clip(card.key)}
        >
          {card.clipId ? t('cardClipped') : t('cardClip')}
        </button>
        <label class="change-kind">
          {t('cardChangeKind')}
          <select
            data-testid="rl-card-kind"
            value={card.kind}
            onChange={(event) =>
              actions.changeKind(card.key, (event.target as HTMLSelectElement).value as FindingKind)
            }
          >
            {KIND_ORDER.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABEL[kind])}
              </option>
            ))}
          </select>
        </label>
        <button data-testid="rl-card-ignore" onClick={() => actions.ignore(card.key)}>
          {t('cardIgnore')}
        </button>
      </footer>
    </div>
  );
}
