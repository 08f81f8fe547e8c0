/**
 * Importing a backup into the ledger: a preview of what would change, then a
 * merge or a replace, each in one transaction (all or nothing), written in
 * chunks with progress.
 */
import type { Table } from 'dexie';
import { bumpClipRevision } from '../db/clip-revision';
import { guarded } from '../db/errors';
import type { Ledger } from '../db/ledger';
import { quoteHash } from '../db/quote-hash';
import { readTables } from '../db/tables';
import type { Clip, TableName } from '../db/types';
import { TABLE_NAMES } from '../db/types';
import type { Backup, BackupTables } from '../export/backup';
import { DEFAULT_CHUNK, type ProgressCallback } from '../export/progress';
import { planMerge, planReplace, type ImportCounts } from './merge-plan';
import { readBackup, type BackupSource } from './read-backup';

/**
 * - `merge`: add what the ledger lacks, skip duplicates, settle conflicts by
 *   the newer `updated` (see merge-plan.ts);
 * - `replace`: the ledger becomes exactly the backup.
 */
export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  exportedAt: string;
  formatVersion: number;
  schemaVersion: number;
  /** Per table: incoming, new, duplicates, conflicts, replaced. */
  merge: ImportCounts;
  /** Per table: rows written, rows of the ledger removed. */
  replace: Record<TableName, { incoming: number; removed: number }>;
}

/** What importing `backup` would do, in either mode; reads the ledger, writes nothing. */
export async function previewImport(
  ledger: Pick<Ledger, 'readTables'>,
  backup: Backup,
): Promise<ImportPreview> {
  const local = await ledger.readTables();
  return {
    exportedAt: backup.exportedAt,
    formatVersion: backup.formatVersion,
    schemaVersion: backup.schemaVersion,
    merge: planMerge(local, backup.tables).counts,
    replace: planReplace(local, backup.tables),
  };
}

export interface ImportOptions {
  /** Called after each chunk of rows written, inside the transaction. */
  onProgress?: ProgressCallback;
  chunkSize?: number;
}

export interface ImportResult {
  mode: ImportMode;
  /** Rows written. */
  written: number;
  /** For a merge: what was new, duplicate, in conflict, replaced. */
  counts?: ImportCounts;
}

/** A clip as stored: the backup row plus the derived fields computed here, never trusted from a file. */
function withDerived(ledger: Pick<Ledger, 'searchKey'>, clip: BackupTables['clips'][number]): Clip {
  return { ...clip, searchKey: ledger.searchKey(clip.text), quoteHash: quoteHash(clip.selectors.quote) };
}

/**
 * Imports a validated backup. Either every row is written or none: a
 * failure (quota, a constraint) leaves the ledger exactly as it was and
 * comes out as `LedgerError`.
 */
export async function applyImport(
  ledger: Pick<Ledger, 'db' | 'searchKey' | 'invalidateIndex'>,
  backup: Backup,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { db } = ledger;
  const chunk = options.chunkSize ?? DEFAULT_CHUNK;
  const stores: Record<TableName, Table> = {
    documents: db.documents,
    clips: db.clips,
    cases: db.cases,
    checks: db.checks,
    overrides: db.overrides,
    settings: db.settings,
  };
  const result = await guarded(() =>
    db.transaction('rw', [...TABLE_NAMES.map((t) => stores[t]), db.meta], async () => {
      let rows: BackupTables = backup.tables;
      let counts: ImportCounts | undefined;
      if (mode === 'merge') {
        const plan = planMerge(await readTables(db), backup.tables);
        rows = plan.puts;
        counts = plan.counts;
      } else {
        for (const table of TABLE_NAMES) await stores[table].clear();
      }
      const total = TABLE_NAMES.reduce((n, t) => n + rows[t].length, 0);
      let done = 0;
      options.onProgress?.(0, total);
      // Parents before children, so a constraint failure names the real culprit.
      for (const table of ['documents', 'cases', 'clips', 'checks', 'overrides', 'settings'] as const) {
        const list = rows[table];
        for (let start = 0; start < list.length; start += chunk) {
          const part = list.slice(start, start + chunk);
          const stored =
            table === 'clips' ? (part as BackupTables['clips']).map((c) => withDerived(ledger, c)) : part;
          await stores[table].bulkPut(stored);
          done += part.length;
          options.onProgress?.(done, total);
        }
      }
      await bumpClipRevision(db);
      return { mode, written: total, counts };
    }),
  );
  ledger.invalidateIndex();
  return result;
}

/** Reads, validates and imports a backup file; see `readBackup` and `applyImport`. */
export async function importBackupFile(
  ledger: Pick<Ledger, 'db' | 'searchKey' | 'invalidateIndex'>,
  source: BackupSource | string,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return applyImport(ledger, await readBackup(source), mode, options);
}
