/**
 * The ledger as an Excel workbook in the 整改台账 layout: one sheet per case
 * (clips without a case in 未归类), a bold frozen header with filters,
 * wrapped text in columns sized for Chinese text.
 *
 * Rows are those of rows.ts: one per clip, a problem in 问题, a measure in
 * 整改措施; pledges and progress statements also go to 整改措施, tagged
 * 【表态】 or 【整改进展】 since this layout has no type column.
 *
 * exceljs (~1 MB) is imported dynamically, so only the page that exports
 * loads it. Cells are written as values, never formulas, so clipped text
 * cannot inject one; it is kept verbatim (no apostrophe as in the CSV).
 */
import { caseLabel } from '../db/cases';
import type { LedgerCase, LedgerTables } from '../db/types';
import { KIND_LABELS, NO_CASE_LABEL } from './labels';
import { forEachChunk, type ProgressCallback } from './progress';
import { buildLedgerRows, orderedCaseIds, type LedgerRow } from './rows';

type ExcelModule = typeof import('exceljs');

export const XLSX_COLUMNS = [
  { header: '序号', key: 'index', width: 6 },
  { header: '问题', key: 'problem', width: 46 },
  { header: '整改措施', key: 'measure', width: 46 },
  { header: '责任单位/责任人', key: 'owner', width: 16 },
  { header: '完成时限', key: 'deadline', width: 14 },
  { header: '来源', key: 'source', width: 34 },
  { header: '最新核对状态', key: 'status', width: 16 },
  { header: '核对历史', key: 'history', width: 40 },
] as const;

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Valid, unique sheet names for `labels`, in order: the characters Excel
 * forbids (\ / ? * [ ] :) become `_`, no apostrophe at either end, at most
 * 31 characters, not the reserved name "History", and unique ignoring case
 * (a clash gets ` (2)`, ` (3)`…).
 */
export function sheetNames(labels: readonly string[]): string[] {
  const used = new Set<string>();
  return labels.map((label) => {
    let base = label
      .replace(/[\\/?*[\]:]/g, '_')
      .replace(/[\u0000-\u001f]/g, ' ') // oxlint-disable-line no-control-regex -- control characters are what must go
      .replace(/^['\s]+|['\s]+$/g, '');
    if (!base) base = 'Sheet';
    if (base.toLowerCase() === 'history') base = 'History_';
    base = cut(base, MAX_SHEET_NAME).replace(/'+$/, '');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

const MEASURE_TAGS: Partial<Record<LedgerRow['kind'], string>> = {
  pledge: `【${KIND_LABELS.pledge}】`,
  progress: `【${KIND_LABELS.progress}】`,
};

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** The 来源 cell: title, unit and date; a link when the source is a web page. */
function sourceCell(row: LedgerRow): string | { text: string; hyperlink: string; tooltip: string } {
  const title = row.sourceTitle ? `《${row.sourceTitle}》` : row.url;
  const by = [row.sourceUnit, row.publishDate].filter(Boolean).join(' ');
  const text = by ? `${title}\n${by}` : title;
  // Only web links: a file: or javascript: link in a spreadsheet is a way to run things.
  return isWebUrl(row.url) ? { text, hyperlink: row.url, tooltip: row.url } : text;
}

async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

export interface XlsxOptions {
  onProgress?: ProgressCallback;
  /** Workbook creation time (document properties); default now. */
  now?: Date;
}

/** The ledger rows of `tables` as an .xlsx file. */
export async function toXlsx(tables: LedgerTables, options: XlsxOptions = {}): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const rows = buildLedgerRows(tables);
  const workbook = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  workbook.creator = '整改台账';
  workbook.created = now;
  workbook.modified = now;

  const cases = new Map<string, LedgerCase>();
  for (const c of tables.cases) cases.set(c.id, c);
  const order = orderedCaseIds(tables.cases, tables.clips);
  if (!order.length) order.push(null);
  const names = sheetNames(order.map((id) => (id ? caseLabel(cases.get(id)!) : NO_CASE_LABEL)));
  const sheets = new Map<string | null, { sheet: import('exceljs').Worksheet; count: number }>();
  order.forEach((id, i) => {
    const sheet = workbook.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    sheet.columns = XLSX_COLUMNS.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      style: { alignment: { wrapText: true, vertical: 'top' } },
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: XLSX_COLUMNS.length } };
    sheets.set(id, { sheet, count: 0 });
  });

  await forEachChunk(
    rows,
    (row) => {
      const target = sheets.get(row.caseId ?? null) ?? sheets.get(null);
      if (!target) return;
      target.count++;
      target.sheet.addRow({
        index: target.count,
        problem: row.problem,
        measure: row.measure ? (MEASURE_TAGS[row.kind] ?? '') + row.measure : '',
        owner: row.owner,
        deadline: row.deadline,
        source: sourceCell(row),
        status: row.latestStatus,
        history: row.history.join('\n'),
      });
    },
    options.onProgress,
  );
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
