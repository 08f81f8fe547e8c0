/**
 * The ledger: one open database and its repositories. Used by the background
 * and the extension pages (never by content scripts; see connect.ts).
 *
 *     const ledger = await openLedger();
 *     const { ids } = await ledger.clips.add(documentInput, clipInputs);
 *     const { clips } = await ledger.clips.query({ text: '整改台帳' });
 */
import { normalize } from '../text/normalize';
import { loadTraditionalConverter } from '../text/load-converter';
import type { TraditionalConverter } from '../text/traditional';
import { CaseRepo } from './cases';
import { CheckRepo } from './checks';
import { ClipIndex } from './clip-index';
import { ClipRepo } from './clips';
import { connectLedgerDb, type ConnectOptions } from './connect';
import type { LedgerContext } from './context';
import { DocumentRepo } from './documents';
import type { LedgerDb } from './schema';
import { createSearchKey, type SearchKeyFn } from './search-key';
import { SettingsRepo } from './settings';
import { readTables } from './tables';
import type { LedgerTables } from './types';
import { applyUndo, type UndoResult, type UndoToken } from './undo';

export interface OpenLedgerOptions extends Omit<ConnectOptions, 'context'> {
  /**
   * Traditional→Simplified converter for search keys and normalised text.
   * Default: loaded with `loadTraditionalConverter()` before the database
   * opens (upgrades compute search keys synchronously). `null`: none.
   */
  converter?: TraditionalConverter | null;
  /** Clock (epoch ms); tests pass a fake one. */
  now?: () => number;
}

export interface Ledger {
  readonly db: LedgerDb;
  readonly documents: DocumentRepo;
  readonly clips: ClipRepo;
  readonly cases: CaseRepo;
  readonly checks: CheckRepo;
  readonly settings: SettingsRepo;
  /** The search key function of this ledger (the importer recomputes keys with it). */
  readonly searchKey: SearchKeyFn;
  /** `normalize(text, {converter}).text`. */
  readonly normalizeText: (text: string) => string;
  /** Reverts an action that returned an `UndoToken` (clip or case deletion, bulk edits, check deletion). */
  undo(token: UndoToken): Promise<UndoResult>;
  /** Every user table, read in one transaction. */
  readTables(): Promise<LedgerTables>;
  /** Drops this connection's search index (after writing to `db` directly, e.g. an import). */
  invalidateIndex(): void;
  close(): void;
}

/** Opens the ledger; fails with `LedgerError` ('context', 'blocked', 'quota', …). */
export async function openLedger(options: OpenLedgerOptions = {}): Promise<Ledger> {
  const converter = options.converter === undefined ? await loadTraditionalConverter() : options.converter;
  const searchKey = createSearchKey(converter);
  const db = await connectLedgerDb({ ...options, context: { searchKey } });
  const normalizeText = (text: string) => normalize(text, { converter }).text;
  const ctx: LedgerContext = {
    db,
    searchKey,
    normalizeText,
    now: options.now ?? (() => Date.now()),
    index: new ClipIndex(db),
  };
  return {
    db,
    documents: new DocumentRepo(ctx),
    clips: new ClipRepo(ctx),
    cases: new CaseRepo(ctx),
    checks: new CheckRepo(ctx),
    settings: new SettingsRepo(ctx),
    searchKey,
    normalizeText,
    undo: (token) => applyUndo(ctx, token),
    readTables: () => readTables(db),
    invalidateIndex: () => ctx.index.invalidate(),
    close: () => db.close(),
  };
}
