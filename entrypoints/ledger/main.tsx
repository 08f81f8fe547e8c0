import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { loadTraditionalConverter } from '../../lib/text/load-converter';
import { App } from './App';

// Opening the ledger needs the Traditional→Simplified converter first; start loading it now,
// alongside the first render, rather than when the page asks for the ledger.
void loadTraditionalConverter();
// oxlint-disable-next-line import/no-unassigned-import -- stylesheets are imported for their effect
import '../../components/base.css';
// oxlint-disable-next-line import/no-unassigned-import
import '../../components/ledger/ledger.css';

// HTML pages get no __MSG_ substitution: title and language come from the catalogue here.
document.title = t('ledgerTitle');
document.documentElement.lang = browser.i18n.getUILanguage().replace('_', '-');

render(<App />, document.getElementById('app')!);
