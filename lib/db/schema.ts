/**
 * The ledger's IndexedDB schema as an explicit list of versions.
 *
 * Rules: a shipped version is never edited. Every change is a new entry at
 * the end, with an `upgrade` that brings existing rows up to date; the test
 * in __tests__/migrations.test.ts opens a database of EVERY earlier version
 * with the current code, and __tests__/schema.test.ts freezes the stores of
 * shipped versions.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type { Check, Clip, LedgerCase, LedgerDocument, MetaRow, Override, Setting } from './types';
import type { SearchKeyFn } from './search-key';

/** What upgrades may need that IndexedDB does not hold. */
export interface UpgradeContext {
  searchKey: SearchKeyFn;
}

export interface SchemaVersion {
  version: number;
  /** What changed, for people reading the history. */
  summary: string;
  /** Dexie store definitions added or changed by this version (null deletes a store). */
  stores: Record<string, string | null>;
  /** Brings rows written by earlier versions up to this version; runs in the upgrade transaction. */
  upgrade?: (tx: Transaction, context: UpgradeContext) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    summary: 'First release: documents, clips (unique per document and quote), cases, settings.',
    stores: {
      documents: 'id, &url, site, role, firstSeen',
      clips: 'id, documentId, &[documentId+quoteHash], kind, caseId, status, *tags, created, updated',
      cases: 'id, unit',
      settings: 'key',
    },
  },
  {
    version: 2,
    summary:
      'Checks of progress reports and user overrides; a search key on every clip; ' +
      'a meta table whose clip revision keeps in-memory search indexes of other pages honest.',
    stores: {
      checks: 'id, caseId, reportDocumentId, checkedAt',
      overrides: 'id, &[checkId+clipId], clipId, checkId',
      meta: 'key',
    },
    async upgrade(tx, { searchKey }) {
      await tx
        .table('clips')
        .toCollection()
        .modify((clip: { text?: string; searchKey?: string }) => {
          clip.searchKey = searchKey(clip.text ?? '');
        });
    },
  },
];

/** The version the current code writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Default database name. */
export const LEDGER_DB_NAME = 'rectification-ledger';

/** The Dexie database with the tables of the current version. */
export class LedgerDb extends Dexie {
  declare documents: Table<LedgerDocument, string>;
  declare clips: Table<Clip, string>;
  declare cases: Table<LedgerCase, string>;
  declare checks: Table<Check, string>;
  declare overrides: Table<Override, string>;
  declare settings: Table<Setting, string>;
  declare meta: Table<MetaRow, string>;
}

export interface CreateLedgerDbOptions {
  name?: string;
  context: UpgradeContext;
  /** For Node and tests: fake-indexeddb's factory; defaults to the browser's. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Declare only the versions up to this one (tests build old databases with it). */
  upTo?: number;
}

/** Creates (does not open) a Dexie instance that declares the schema versions. */
export function createLedgerDb(options: CreateLedgerDbOptions): LedgerDb {
  // Dexie takes an explicit `undefined` as "no IndexedDB": pass the factories only when given.
  const deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
  if (options.indexedDB) deps.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) deps.IDBKeyRange = options.IDBKeyRange;
  const db = new LedgerDb(options.name ?? LEDGER_DB_NAME, deps);
  const upTo = options.upTo ?? CURRENT_SCHEMA_VERSION;
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > upTo) break;
    const version = db.version(entry.version).stores(entry.stores);
    const upgrade = entry.upgrade;
    if (upgrade) version.upgrade((tx) => upgrade(tx, options.context));
  }
  return db;
}
