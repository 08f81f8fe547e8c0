import { useEffect, useState } from 'preact/hooks';
import { openLedger, type Ledger } from '../../lib/db/ledger';
import { LedgerError } from '../../lib/db/errors';
import { t } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { FORCE_WRAP_KEY } from '../../lib/settings-keys';

/** Settings: how pages are painted, which other sites are analysed, where the data lives. */
export function App() {
  const [ledger, setLedger] = useState<Ledger | null>(null);
  const [forceWrap, setForceWrap] = useState<boolean | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let opened: Ledger | null = null;
    (async () => {
      try {
        opened = await openLedger();
        setLedger(opened);
        setForceWrap(await opened.settings.get<boolean>(FORCE_WRAP_KEY, false));
      } catch (error) {
        setMessage(error instanceof LedgerError ? t(error.messageKey) : String(error));
      }
      setSites(await sendMessage('bg:enabledSites').catch(() => [] as string[]));
    })();
    return () => opened?.close();
  }, []);

  const choosePaint = async (wrap: boolean) => {
    if (!ledger) return;
    setForceWrap(wrap);
    try {
      await ledger.settings.set(FORCE_WRAP_KEY, wrap);
      setMessage(t('optionsSaved'));
    } catch (error) {
      setMessage(error instanceof LedgerError ? t(error.messageKey) : String(error));
    }
  };

  const removeSite = async (origin: string) => {
    await sendMessage('bg:disableSite', { origin }).catch(() => {});
    setSites(sites.filter((s) => s !== origin));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <section>
        <h2>{t('optionsPaint')}</h2>
        {forceWrap === null ? null : (
          <div class="choices" role="radiogroup" aria-label={t('optionsPaint')}>
            <label>
              <input
                type="radio"
                name="paint"
                data-testid="paint-auto"
                checked={!forceWrap}
                onChange={() => choosePaint(false)}
              />
              {t('optionsPaintAuto')}
            </label>
            <label>
              <input
                type="radio"
                name="paint"
                data-testid="paint-wrap"
                checked={forceWrap}
                onChange={() => choosePaint(true)}
              />
              {t('optionsPaintWrap')}
            </label>
          </div>
        )}
        <p class="hint">{t('optionsPaintHint')}</p>
      </section>
      <section>
        <h2>{t('optionsSites')}</h2>
        <p class="hint">{t('optionsSitesBuiltIn')}</p>
        {sites.length === 0 ? (
          <p class="muted">{t('optionsSitesNone')}</p>
        ) : (
          <ul class="sites">
            {sites.map((origin) => (
              <li key={origin}>
                <span>{origin}</span>
                <button onClick={() => removeSite(origin)}>{t('optionsSitesRemove')}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('optionsData')}</h2>
        <p>{t('optionsDataLocal')}</p>
      </section>
      {message ? (
        <p class="message" role="status" data-testid="options-message">
          {message}
        </p>
      ) : null}
    </main>
  );
}
