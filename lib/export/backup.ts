/**
 * JSON backups of the ledger:
 *
 *     { "format": "rectification-ledger-backup", "formatVersion": 1,
 *       "schemaVersion": 2, "exportedAt": "2024-08-01T02:00:00.000Z",
 *       "tables": { "documents": […], "clips": […], "cases": […],
 *                   "checks": […], "overrides": […], "settings": […] } }
 *
 * Deterministic: rows sorted by id (settings by key), object keys sorted,
 * one row per line; export → import (replace) → export gives the same file
 * apart from `exportedAt`. Derived fields (a clip's `searchKey` and
 * `quoteHash`) are left out and recomputed on import, so a backup never
 * carries a stale key and stays smaller.
 */
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import type { Clip, LedgerTables, TableName } from '../db/types';
import { TABLE_NAMES } from '../db/types';
import { forEachChunk, type ProgressCallback } from './progress';

export const BACKUP_FORMAT = 'rectification-ledger-backup';
/** Version of the file layout (not of the database schema). */
export const BACKUP_FORMAT_VERSION = 1;

/** A clip as a backup holds it: without derived fields. */
export type BackupClip = Omit<Clip, 'searchKey' | 'quoteHash'>;

export type BackupTables = Omit<LedgerTables, 'clips'> & { clips: BackupClip[] };

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  tables: BackupTables;
}

/** A clip without its derived fields. */
export function toBackupClip(clip: Clip): BackupClip {
  const { searchKey: _key, quoteHash: _hash, ...rest } = clip;
  return rest;
}

/** A copy of `value` with object keys sorted at every depth and `undefined` members dropped. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // oxlint-disable-next-line unicorn/no-array-sort -- a fresh array; toSorted needs Chromium 110
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = canonical(member);
    }
    return out;
  }
  return value;
}

/** The canonical JSON of one row: what backups write and what duplicates are compared by. */
export function canonicalJson(row: unknown): string {
  return JSON.stringify(canonical(row));
}

/** Sort key of a row: `key` for settings, `id` elsewhere. */
export function rowKey(table: TableName, row: object): string {
  return String((row as { id?: string; key?: string })[table === 'settings' ? 'key' : 'id']);
}

/** Orders rows of `table` by id (settings by key). */
function rowOrder(table: TableName): (a: object, b: object) => number {
  return (a, b) => {
    const ka = rowKey(table, a);
    const kb = rowKey(table, b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}

/** The tables as a backup holds them: derived fields dropped, rows sorted by id. */
export function toBackupTables(tables: LedgerTables): BackupTables {
  const byKey = rowOrder;
  /* oxlint-disable unicorn/no-array-sort -- fresh copies; toSorted needs Chromium 110 */
  return {
    documents: tables.documents.slice().sort(byKey('documents')),
    clips: tables.clips.map(toBackupClip).sort(byKey('clips')),
    cases: tables.cases.slice().sort(byKey('cases')),
    checks: tables.checks.slice().sort(byKey('checks')),
    overrides: tables.overrides.slice().sort(byKey('overrides')),
    settings: tables.settings.slice().sort(byKey('settings')),
  };
  /* oxlint-enable unicorn/no-array-sort */
}

export interface BackupOptions {
  /** Time of the export; default now. */
  exportedAt?: Date;
  onProgress?: ProgressCallback;
}

/** The backup file of `tables` as a JSON string. */
export async function toBackupJson(tables: LedgerTables, options: BackupOptions = {}): Promise<string> {
  const sorted = toBackupTables(tables);
  const header = [
    `  "format": ${JSON.stringify(BACKUP_FORMAT)}`,
    `  "formatVersion": ${BACKUP_FORMAT_VERSION}`,
    `  "schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
    `  "exportedAt": ${JSON.stringify((options.exportedAt ?? new Date()).toISOString())}`,
  ];
  const all: { table: TableName; row: object }[] = [];
  for (const table of TABLE_NAMES) for (const row of sorted[table]) all.push({ table, row });
  const lines = new Map<TableName, string[]>(TABLE_NAMES.map((t) => [t, []]));
  await forEachChunk(
    all,
    ({ table, row }) => lines.get(table)!.push(`      ${canonicalJson(row)}`),
    options.onProgress,
  );
  const tableBlocks = TABLE_NAMES.map((table) => {
    const rows = lines.get(table)!;
    return rows.length ? `    "${table}": [\n${rows.join(',\n')}\n    ]` : `    "${table}": []`;
  });
  return `{\n${header.join(',\n')},\n  "tables": {\n${tableBlocks.join(',\n')}\n  }\n}\n`;
}
