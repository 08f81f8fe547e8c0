/**
 * Typed errors of the ledger. Every failure that reaches the UI is a
 * `LedgerError` with a `code` to branch on and a `messageKey` to show with
 * `t(error.messageKey)`; the original error stays in `cause` for logs.
 */
import type { MessageKey } from '../i18n';

export type LedgerErrorCode =
  /** The browser refused to store more (QuotaExceededError). */
  | 'quota'
  /** The schema upgrade waits for another page that holds the old version open. */
  | 'blocked'
  /** This connection was closed because a newer version of the ledger opened the database. */
  | 'closed'
  /** The ledger was opened outside an extension page (e.g. from a content script). */
  | 'context'
  /** The input failed validation; nothing was written. */
  | 'invalid'
  /** A record the call refers to does not exist. */
  | 'not-found'
  /** Anything else; nothing was written. */
  | 'unknown';

const MESSAGE_KEYS: Record<LedgerErrorCode, MessageKey> = {
  quota: 'ledgerErrorQuota',
  blocked: 'ledgerErrorBlocked',
  closed: 'ledgerErrorClosed',
  context: 'ledgerErrorContext',
  invalid: 'ledgerErrorInvalid',
  'not-found': 'ledgerErrorNotFound',
  unknown: 'ledgerErrorUnknown',
};

export class LedgerError extends Error {
  readonly code: LedgerErrorCode;
  /** Key of the user-facing message in public/_locales/<lang>/messages.json. */
  readonly messageKey: MessageKey;
  /** For `invalid`: which fields failed, as `path: message` lines (for logs, not for users). */
  readonly details?: string[];

  constructor(code: LedgerErrorCode, message: string, options: { cause?: unknown; details?: string[] } = {}) {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
    this.messageKey = MESSAGE_KEYS[code];
    this.details = options.details;
    // Set by hand: `Error(message, {cause})` needs Chromium 93.
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** Names browsers and Dexie give to a storage quota failure. */
const QUOTA_NAMES = ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED'];

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
  failuresByPos?: unknown;
}

/**
 * Every error in the chain Dexie builds around an IndexedDB failure: an
 * AbortError with an `inner` QuotaExceededError, a BulkError with
 * `failures`, a plain `cause`. Depth-limited against cycles.
 */
function errorChain(error: unknown, depth = 0, out: ErrorLike[] = []): ErrorLike[] {
  if (!error || typeof error !== 'object' || depth > 6) return out;
  const e = error as ErrorLike;
  out.push(e);
  errorChain(e.inner, depth + 1, out);
  errorChain(e.cause, depth + 1, out);
  if (Array.isArray(e.failures)) for (const f of e.failures) errorChain(f, depth + 1, out);
  if (e.failuresByPos && typeof e.failuresByPos === 'object') {
    for (const f of Object.values(e.failuresByPos as object)) errorChain(f, depth + 1, out);
  }
  return out;
}

/**
 * Chromium reports a full disk not as a quota error but as an UnknownError
 * about its "backing store"; to the user it is the same: no room to store.
 */
const FULL_DISK = /backing store|disk full|no space/i;

/** True when a storage quota failure (or a full disk) is anywhere in the error's chain. */
export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some(
    (e) =>
      QUOTA_NAMES.indexOf(String(e.name)) >= 0 ||
      (e.name === undefined && e.code === 22) ||
      (String(e.name) === 'UnknownError' &&
        FULL_DISK.test(String((e as { message?: unknown }).message ?? ''))),
  );
}

/** Turns anything thrown by Dexie, IndexedDB or valibot into a `LedgerError`. */
export function toLedgerError(error: unknown): LedgerError {
  if (error instanceof LedgerError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (isQuotaError(error))
    return new LedgerError('quota', `Storage quota exceeded: ${message}`, { cause: error });
  const names = errorChain(error).map((e) => String(e.name));
  // Closed by us for an upgrade, the error holds only other closed-database errors; a
  // database that failed to open (disk full, corruption) is closed too, with the failure
  // inside: that is not an upgrade.
  if (names.indexOf('DatabaseClosedError') >= 0 && names.every((name) => name === 'DatabaseClosedError')) {
    return new LedgerError('closed', `The ledger database is closed: ${message}`, { cause: error });
  }
  if (
    names.indexOf('ValiError') >= 0 ||
    names.indexOf('ConstraintError') >= 0 ||
    names.indexOf('DataError') >= 0
  ) {
    return new LedgerError('invalid', `Invalid data: ${message}`, { cause: error });
  }
  return new LedgerError('unknown', `Ledger operation failed: ${message}`, { cause: error });
}

/** Runs `fn` and rethrows any failure as a `LedgerError`. */
export async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toLedgerError(error);
  }
}
