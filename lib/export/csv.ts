/**
 * CSV that Excel and WPS open correctly: UTF-8 with a BOM (else Excel reads
 * GBK and shows mojibake), CRLF line ends, RFC 4180 quoting, and cells that
 * a spreadsheet would run as a formula defused with a leading apostrophe.
 */
import type { LedgerTables } from '../db/types';
import { forEachChunk, type ProgressCallback } from './progress';
import { buildLedgerRows, type LedgerRow } from './rows';

export const CSV_COLUMNS = [
  '序号',
  '类型',
  '所属巡察',
  '问题',
  '整改措施',
  '责任单位/责任人',
  '完成时限',
  '来源标题',
  '来源单位',
  '发布日期',
  '链接',
  '最新核对状态',
  '核对历史',
  '备注',
  '标签',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Defuses formula injection (CWE-1236): a cell starting with = + - @, a tab
 * or a carriage return would be evaluated by Excel or WPS; an apostrophe in
 * front makes it text.
 */
export function protectFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: formula-protected, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : protectFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, without the line end. */
export function csvRecord(values: readonly (string | number)[]): string {
  return values.map(csvCell).join(',');
}

function rowValues(row: LedgerRow, index: number): (string | number)[] {
  return [
    index + 1,
    row.kindLabel,
    row.caseLabel,
    row.problem,
    row.measure,
    row.owner,
    row.deadline,
    row.sourceTitle,
    row.sourceUnit,
    row.publishDate,
    row.url,
    row.latestStatus,
    row.history.join('\n'),
    row.note,
    row.tags.join('、'),
  ];
}

export interface CsvOptions {
  onProgress?: ProgressCallback;
}

/** The ledger rows of `tables` as a CSV string (BOM included; encode as UTF-8). */
export async function toCsv(tables: LedgerTables, options: CsvOptions = {}): Promise<string> {
  const rows = buildLedgerRows(tables);
  const lines: string[] = [csvRecord(CSV_COLUMNS)];
  await forEachChunk(rows, (row, i) => lines.push(csvRecord(rowValues(row, i))), options.onProgress);
  return BOM + lines.join(CRLF) + CRLF;
}
