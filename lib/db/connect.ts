/**
 * Opening the database: only from extension pages and the background, with
 * upgrades that are never blocked by this connection and a typed error when
 * another page blocks them.
 */
import { LedgerError, toLedgerError } from './errors';
import { createLedgerDb, type CreateLedgerDbOptions, type LedgerDb } from './schema';

/**
 * True where the ledger may live: extension pages, the background (page or
 * service worker), and Node. A content script runs with the web page's
 * origin: a database opened there would be stored in, and readable by, the
 * site itself.
 */
export function isLedgerContext(): boolean {
  const location = (globalThis as { location?: { protocol?: string } }).location;
  if (!location || !location.protocol) return true; // Node, tests
  return /^(chrome|moz|safari-web|ms-browser)-extension:$/.test(location.protocol);
}

export interface ConnectOptions extends CreateLedgerDbOptions {
  /**
   * Open even on a web origin. Only for the benchmark runner's local test
   * page; never for content scripts.
   */
  allowWebOrigin?: boolean;
  /** Called when a newer version of the ledger closed this connection to upgrade. */
  onClosedByUpgrade?: () => void;
}

/**
 * Opens the ledger database, running any pending upgrades.
 *
 * - When a newer version (another page of an updated extension) needs to
 *   upgrade, this connection closes itself at once so the upgrade is not
 *   blocked; later calls fail with `LedgerError('closed')`.
 * - When this open needs to upgrade and an old page keeps the database open,
 *   it fails with `LedgerError('blocked')` instead of waiting forever. The
 *   abandoned open is closed as soon as it completes.
 */
export async function connectLedgerDb(options: ConnectOptions): Promise<LedgerDb> {
  if (!options.allowWebOrigin && !isLedgerContext()) {
    throw new LedgerError('context', 'The ledger can only be opened by extension pages and the background');
  }
  const db = createLedgerDb(options);
  db.on('versionchange', () => {
    db.close();
    options.onClosedByUpgrade?.();
    return false; // handled: skip Dexie's default (which would reopen later)
  });
  let blocked = false;
  const opening = db.open();
  try {
    await new Promise<void>((resolve, reject) => {
      db.on('blocked', () => {
        blocked = true;
        reject(
          new LedgerError(
            'blocked',
            'The ledger upgrade is blocked by another page that holds the old version open',
          ),
        );
        return false;
      });
      opening.then(() => resolve(), reject);
    });
  } catch (error) {
    if (blocked) {
      // Whoever retries will queue behind this open; do not leave a connection behind.
      opening.then(
        () => db.close(),
        () => {},
      );
    } else {
      db.close();
    }
    throw toLedgerError(error);
  }
  return db;
}
