import type { compareInSteps } from '../match/compare';

/**
 * Where the injected comparer script leaves the comparison for the content
 * script: only a page checked against a case needs it, so it stays out of the
 * script every page loads.
 */
export const COMPARER_GLOBAL = '__rectificationLedgerComparer';

/** What the comparer script provides. */
export interface Comparer {
  compareInSteps: typeof compareInSteps;
}
