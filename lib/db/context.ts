import type { LedgerDb } from './schema';
import type { SearchKeyFn } from './search-key';
import type { ClipIndex } from './clip-index';

/** What every repository of one open ledger shares. */
export interface LedgerContext {
  db: LedgerDb;
  /** Search key of a text (see search-key.ts). */
  searchKey: SearchKeyFn;
  /** `normalize(text, {converter}).text`: the `normalized` field of clips. */
  normalizeText: (text: string) => string;
  /** The clock; tests pass a fake one. */
  now: () => number;
  /** In-memory search index of this connection. */
  index: ClipIndex;
}
