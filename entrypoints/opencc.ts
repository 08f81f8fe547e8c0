import * as opencc from 'opencc-js/t2cn';
import { createTraditionalConverter } from '../lib/text/traditional-converter';
import { CONVERTER_GLOBAL } from '../lib/page/converter-global';

/**
 * Injected by the background into a tab's isolated world only when its page
 * is written in Traditional characters, so that ordinary pages never load the
 * converter's dictionaries.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CONVERTER_GLOBAL] = createTraditionalConverter(opencc);
});
