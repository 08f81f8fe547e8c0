/**
 * The one layer between the ledger and the pure exporters: read the tables,
 * narrow them to the scope, render, name the file. The ledger page calls
 * `exportLedger`; everything below it is pure and unit-tested in Node.
 */
import { caseLabel } from '../db/cases';
import { LedgerError } from '../db/errors';
import type { LedgerTables } from '../db/types';
import { toBackupJson } from './backup';
import { toCsv } from './csv';
import { exportFileName } from './file-name';
import { markdownReports } from './markdown';
import type { ProgressCallback } from './progress';
import { selectScope, type ExportScope } from './scope';
import { toXlsx } from './xlsx';

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'markdown';

export const EXPORT_FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { extension: 'json', mimeType: 'application/json' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
};

export interface ExportOptions {
  scope: ExportScope;
  format: ExportFormat;
  /** Date in the file name and the report; default now. */
  now?: Date;
  onProgress?: ProgressCallback;
}

export interface RenderedExport {
  fileName: string;
  mimeType: string;
  content: string | Uint8Array;
}

/** What the file name says the export holds. */
function subjectOf(tables: LedgerTables, scope: ExportScope, format: ExportFormat): string {
  const prefix = format === 'json' ? '备份-' : '';
  if (scope.kind === 'all') return prefix + '全部';
  if (scope.kind === 'clips') return `${prefix}选中${scope.ids.length}条`;
  const found = tables.cases.find((c) => c.id === scope.caseId);
  return prefix + (found ? caseLabel(found) : scope.caseId);
}

/** Renders an export of `tables` (pure: no database). */
export async function renderExport(tables: LedgerTables, options: ExportOptions): Promise<RenderedExport> {
  const { scope, format, onProgress } = options;
  const now = options.now ?? new Date();
  if (scope.kind === 'case' && !tables.cases.some((c) => c.id === scope.caseId)) {
    throw new LedgerError('not-found', `No case ${scope.caseId}`);
  }
  const selected = selectScope(tables, scope);
  let content: string | Uint8Array;
  if (format === 'csv') content = await toCsv(selected, { onProgress });
  else if (format === 'xlsx') content = await toXlsx(selected, { onProgress, now });
  else if (format === 'json') content = await toBackupJson(selected, { exportedAt: now, onProgress });
  else
    content = await markdownReports(selected, scope.kind === 'case' ? [scope.caseId] : undefined, {
      now,
      onProgress,
    });
  const type = EXPORT_FILE_TYPES[format];
  return {
    fileName: exportFileName(subjectOf(tables, scope, format), now, type.extension),
    mimeType: type.mimeType,
    content,
  };
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** Ready for `URL.createObjectURL` and a download link. */
  blob: Blob;
}

/** Reads the ledger and exports it; see `renderExport`. */
export async function exportLedger(
  ledger: { readTables(): Promise<LedgerTables> },
  options: ExportOptions,
): Promise<ExportFile> {
  const rendered = await renderExport(await ledger.readTables(), options);
  return {
    fileName: rendered.fileName,
    mimeType: rendered.mimeType,
    blob: new Blob([rendered.content as BlobPart], { type: rendered.mimeType }),
  };
}
