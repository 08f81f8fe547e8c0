import { compareInSteps } from '../lib/match/compare';
import { COMPARER_GLOBAL, type Comparer } from '../lib/page/comparer-global';

/**
 * Injected by the background into a tab's isolated world when the user checks
 * the page against a case, so that the matcher and its lexicon are not part
 * of the script every page loads.
 */
export default defineUnlistedScript(() => {
  const comparer: Comparer = { compareInSteps };
  (globalThis as Record<string, unknown>)[COMPARER_GLOBAL] = comparer;
});
