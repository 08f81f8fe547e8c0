/**
 * What merging a backup into the ledger would do, computed without touching
 * the database: the preview shows its counts, the import writes its rows.
 *
 * A backup row is matched to a ledger row by id, else by its natural key:
 * a document by URL, a clip by document and text-quote selector, a case by
 * unit and round, an override by check and clip. Then:
 * - no match: the row is new and added;
 * - a match with the same content: a duplicate, skipped (by natural key,
 *   ids and times are ignored: two machines that clipped the same quote did
 *   so at different times);
 * - a match with other content: a conflict. The row with the newer
 *   `updated` wins; on a tie, and for rows without `updated` (checks,
 *   settings), the ledger keeps its own. A winning backup row takes the
 *   ledger row's id, so references in the ledger stay valid.
 * References in later tables (a clip's document and case, a check's case,
 * report and clips, an override's check and clip) are rewritten to the ids
 * the ledger ends up with.
 */
import { canonicalJson, toBackupClip, type BackupClip, type BackupTables } from '../export/backup';
import { quoteHash } from '../db/quote-hash';
import type {
  Check,
  LedgerCase,
  LedgerDocument,
  LedgerTables,
  Override,
  Setting,
  TableName,
} from '../db/types';
import { TABLE_NAMES } from '../db/types';

export interface TableCounts {
  /** Rows of this table in the backup. */
  incoming: number;
  /** Rows the ledger does not have: added. */
  new: number;
  /** Rows the ledger has with the same content: skipped. */
  duplicates: number;
  /** Rows the ledger has with other content. */
  conflicts: number;
  /** Conflicts the backup wins (newer `updated`): the ledger's row is replaced. */
  replaced: number;
}

export type ImportCounts = Record<TableName, TableCounts>;

export interface MergePlan {
  counts: ImportCounts;
  /** Rows to write (new and replacing), references rewritten, without derived fields. */
  puts: BackupTables;
}

type Row = { id: string };
type IdMap = Map<string, string>;

const TIME_FIELDS = ['id', 'created', 'updated', 'firstSeen'];

/** The content of a row without its id and times: what a natural-key duplicate must share. */
function contentWithoutIdentity(row: object): string {
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of TIME_FIELDS) delete copy[field];
  return canonicalJson(copy);
}

function emptyCounts(incoming: number): TableCounts {
  return { incoming, new: 0, duplicates: 0, conflicts: 0, replaced: 0 };
}

interface TableMerge<T extends Row> {
  incoming: T[];
  local: T[];
  /** Natural key of a row, if the table has one. */
  naturalKey?: (row: T) => string;
  /** Whether the backup row replaces the ledger row in a conflict. */
  incomingWins: (incoming: T, local: T) => boolean;
  /** The row to write when the backup row wins: it keeps the ledger row's id. */
  merged?: (incoming: T, local: T) => T;
  /** Filled with backup id → id in the ledger, for the references of later tables. */
  ids: IdMap;
}

/** Merges one table; see the module comment. */
function mergeTable<T extends Row>(m: TableMerge<T>): { puts: T[]; counts: TableCounts } {
  const counts = emptyCounts(m.incoming.length);
  const byId = new Map<string, T>();
  for (const row of m.local) byId.set(row.id, row);
  const byKey = new Map<string, T>();
  if (m.naturalKey) for (const row of m.local) byKey.set(m.naturalKey(row), row);
  const puts: T[] = [];
  for (const row of m.incoming) {
    const key = m.naturalKey?.(row);
    const sameId = byId.get(row.id);
    const sameKey = key !== undefined ? byKey.get(key) : undefined;
    if (sameId) {
      m.ids.set(row.id, row.id);
      if (canonicalJson(sameId) === canonicalJson(row)) {
        counts.duplicates++;
        continue;
      }
      counts.conflicts++;
      // The backup row may only win if its natural key is its own, not another row's.
      const keyFree = !sameKey || sameKey.id === row.id;
      if (keyFree && m.incomingWins(row, sameId)) {
        const next = m.merged ? m.merged(row, sameId) : row;
        puts.push(next);
        counts.replaced++;
        if (key !== undefined) byKey.set(key, next);
        byId.set(row.id, next);
      }
      continue;
    }
    if (sameKey) {
      m.ids.set(row.id, sameKey.id);
      if (contentWithoutIdentity(sameKey) === contentWithoutIdentity(row)) {
        counts.duplicates++;
        continue;
      }
      counts.conflicts++;
      if (m.incomingWins(row, sameKey)) {
        const next = m.merged ? m.merged(row, sameKey) : ({ ...row, id: sameKey.id } as T);
        puts.push(next);
        counts.replaced++;
        byKey.set(key!, next);
        byId.set(next.id, next);
      }
      continue;
    }
    m.ids.set(row.id, row.id);
    counts.new++;
    puts.push(row);
    byId.set(row.id, row);
    if (key !== undefined) byKey.set(key, row);
  }
  return { puts, counts };
}

/** Settings carry their key as the id the merge works with. */
const settingRows = (rows: Setting[]) => rows.map((s) => ({ ...s, id: s.key }));

const newer = (a: { updated: number }, b: { updated: number }) => a.updated > b.updated;
const never = () => false;
const mapped = (ids: IdMap, id: string) => ids.get(id) ?? id;

/** Plans a merge of `incoming` (a validated backup) into `local` (the ledger's tables). */
export function planMerge(local: LedgerTables, incoming: BackupTables): MergePlan {
  const docIds: IdMap = new Map();
  const caseIds: IdMap = new Map();
  const clipIds: IdMap = new Map();
  const checkIds: IdMap = new Map();

  const documents = mergeTable<LedgerDocument>({
    incoming: incoming.documents,
    local: local.documents,
    naturalKey: (d) => d.url,
    incomingWins: newer,
    merged: (inc, loc) => ({ ...inc, id: loc.id, firstSeen: Math.min(inc.firstSeen, loc.firstSeen) }),
    ids: docIds,
  });

  const cases = mergeTable<LedgerCase>({
    incoming: incoming.cases,
    local: local.cases,
    naturalKey: (c) => `${c.unit}\u0001${c.round}`,
    incomingWins: newer,
    merged: (inc, loc) => ({ ...inc, id: loc.id, created: Math.min(inc.created, loc.created) }),
    ids: caseIds,
  });

  const clips = mergeTable<BackupClip>({
    incoming: incoming.clips.map((c) => {
      const next: BackupClip = { ...c, documentId: mapped(docIds, c.documentId) };
      if (c.caseId) next.caseId = mapped(caseIds, c.caseId);
      return next;
    }),
    local: local.clips.map(toBackupClip),
    naturalKey: (c) => `${c.documentId}\u0001${quoteHash(c.selectors.quote)}`,
    incomingWins: newer,
    merged: (inc, loc) => ({ ...inc, id: loc.id, created: Math.min(inc.created, loc.created) }),
    ids: clipIds,
  });

  const checks = mergeTable<Check>({
    incoming: incoming.checks.map((c) => ({
      ...c,
      caseId: mapped(caseIds, c.caseId),
      reportDocumentId: mapped(docIds, c.reportDocumentId),
      results: c.results.map((r) => ({ ...r, clipId: mapped(clipIds, r.clipId) })),
    })),
    local: local.checks,
    incomingWins: never, // a check is a record of one comparison: the ledger's stands
    ids: checkIds,
  });

  const overrides = mergeTable<Override>({
    incoming: incoming.overrides.map((o) => ({
      ...o,
      checkId: mapped(checkIds, o.checkId),
      clipId: mapped(clipIds, o.clipId),
    })),
    local: local.overrides,
    naturalKey: (o) => `${o.checkId}\u0001${o.clipId}`,
    incomingWins: newer,
    merged: (inc, loc) => ({ ...inc, id: loc.id, created: Math.min(inc.created, loc.created) }),
    ids: new Map(),
  });

  const settings = mergeTable<Setting & Row>({
    incoming: settingRows(incoming.settings),
    local: settingRows(local.settings),
    incomingWins: never, // this machine's own settings stay
    ids: new Map(),
  });

  return {
    counts: {
      documents: documents.counts,
      clips: clips.counts,
      cases: cases.counts,
      checks: checks.counts,
      overrides: overrides.counts,
      settings: settings.counts,
    },
    puts: {
      documents: documents.puts,
      clips: clips.puts,
      cases: cases.puts,
      checks: checks.puts,
      overrides: overrides.puts,
      settings: settings.puts.map(({ key, value }) => ({ key, value })),
    },
  };
}

/** Counts of a replace: every backup row is written, every ledger row removed. */
export function planReplace(
  local: LedgerTables,
  incoming: BackupTables,
): Record<TableName, { incoming: number; removed: number }> {
  const out = {} as Record<TableName, { incoming: number; removed: number }>;
  for (const table of TABLE_NAMES)
    out[table] = { incoming: incoming[table].length, removed: local[table].length };
  return out;
}
