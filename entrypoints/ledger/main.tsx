import { render } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import { App } from './App';
// oxlint-disable-next-line import/no-unassigned-import -- stylesheets are imported for their effect
import '../../components/base.css';
// oxlint-disable-next-line import/no-unassigned-import
import '../../components/ledger/ledger.css';

// HTML pages get no __MSG_ substitution: title and language come from the catalogue here.
document.title = t('ledgerTitle');
document.documentElement.lang = browser.i18n.getUILanguage().replace('_', '-');

render(<App />, document.getElementById('app')!);
