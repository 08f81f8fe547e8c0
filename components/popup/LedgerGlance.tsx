import { useEffect, useState } from 'preact/hooks';
import type { Ledger } from '../../lib/db/ledger';
import type { Clip } from '../../lib/db/types';
import { LedgerError } from '../../lib/db/errors';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { KIND_COLOR, KIND_LABEL } from '../kinds';

const SHOWN = 5;

/** The latest clips and a quick search over the whole ledger. */
export function LedgerGlance({ ledger }: { ledger: Ledger | null }) {
  const [query, setQuery] = useState('');
  const [clips, setClips] = useState<Clip[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!ledger) return;
    let stale = false;
    ledger.clips
      .query({ text: query.trim() || undefined, limit: SHOWN, order: 'newest' })
      .then((result) => {
        if (stale) return;
        setClips(result.clips);
        setTotal(result.total);
      })
      .catch((e) => setError(e instanceof LedgerError ? t(e.messageKey) : String(e)));
    return () => {
      stale = true;
    };
  }, [ledger, query]);

  return (
    <section class="card" data-testid="ledger-glance">
      <h2>
        {t('popupLedger')}
        <span class="muted small">{t('popupTotal', String(total))}</span>
      </h2>
      <input
        type="search"
        class="search"
        placeholder={t('popupSearch')}
        value={query}
        onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        data-testid="popup-search"
      />
      {error ? <p class="message">{error}</p> : null}
      {!query ? <h3>{t('popupLatest')}</h3> : null}
      {clips.length === 0 ? (
        <p class="muted">{query ? t('popupNoResults') : t('popupNoClips')}</p>
      ) : (
        <ul class="clips" data-testid="popup-clips">
          {clips.map((clip) => (
            <li key={clip.id}>
              <span class="badge" style={{ background: KIND_COLOR[clip.kind] }}>
                {t(KIND_LABEL[clip.kind])}
              </span>
              <button
                class="clip-text"
                title={t('popupOpenSource')}
                onClick={() => sendMessage('bg:openSource', { clipId: clip.id }).catch(() => {})}
              >
                {clip.text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
