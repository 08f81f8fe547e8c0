/**
 * A Markdown report per case: the problems, the commitments with their
 * status across reports (missing first), pledges, and the sources with links
 * and dates. All user text is escaped, so a clip cannot inject a link, an
 * image, HTML, a list or a heading into the report.
 */
import { caseLabel } from '../db/cases';
import { isoDay } from '../db/status';
import type { CheckStatus, LedgerCase, LedgerDocument, LedgerTables } from '../db/types';
import { CHECK_STATUS_LABELS, NO_CASE_LABEL, UNCHECKED_LABEL } from './labels';
import { forEachChunk, type ProgressCallback } from './progress';
import { buildLedgerRows, historyLine, orderedCaseIds, statusLabel, type LedgerRow } from './rows';

/**
 * Escapes text for Markdown inline content. ASCII punctuation with a meaning
 * in CommonMark or GFM gets a backslash (valid before any ASCII
 * punctuation): links and images `[ ]( )`, HTML and autolinks `< >`,
 * emphasis `* _ ~`, code `` ` ``, tables `|`, entities `&`, math `$`, list
 * and heading starts `# + - .`, bare-URL autolinks `: .`. Line breaks become
 * spaces so the text cannot start a block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&$:]/g, '\\$&');
}

/**
 * A link destination safe inside `(…)`: only http(s), with characters that
 * would end or break the destination percent-encoded. Anything else: null.
 */
export function markdownUrl(url: string): string | null {
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    href = parsed.href;
  } catch {
    return null;
  }
  return href.replace(
    /[()<>\s\\"'`]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
}

/** `[《title》](url)`, or the escaped title alone when the address is not a web page. */
function sourceLink(doc: Pick<LedgerDocument, 'title' | 'url'>): string {
  const label = escapeMarkdown(`《${doc.title || doc.url}》`);
  const href = markdownUrl(doc.url);
  return href ? `[${label}](${href})` : label;
}

type MeasureStatus = CheckStatus | 'unchecked';

/** Missing first: what a reader of a rectification report must see first. */
const STATUS_ORDER: MeasureStatus[] = ['missing', 'partial', 'unchecked', 'reappears'];

function measureStatus(row: LedgerRow): MeasureStatus {
  const latest = row.points[row.points.length - 1];
  return latest ? latest.status : 'unchecked';
}

function measureItem(row: LedgerRow, n: number): string[] {
  const lines = [`${n}. ${escapeMarkdown(row.measure)}`];
  const facts = [
    row.owner && `责任单位/责任人：${escapeMarkdown(row.owner)}`,
    row.deadline && `完成时限：${escapeMarkdown(row.deadline)}`,
  ].filter(Boolean);
  if (facts.length) lines.push(`   - ${facts.join('；')}`);
  const last = row.points[row.points.length - 1];
  if (last) {
    if (last.overridden) lines.push(`   - 最新状态：${statusLabel(last)}`);
    lines.push(`   - 核对历史：${escapeMarkdown(row.points.map(historyLine).join('；'))}`);
    if (last.evidence?.text) lines.push(`   - 报告原文：${escapeMarkdown(last.evidence.text)}`);
    if (last.overrideNote) lines.push(`   - 人工核对说明：${escapeMarkdown(last.overrideNote)}`);
  }
  if (row.note) lines.push(`   - 备注：${escapeMarkdown(row.note)}`);
  return lines;
}

const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六'];

/** Renders one case's report from its rows (already in ledger order). */
function renderReport(
  title: string,
  rows: LedgerRow[],
  documents: Map<string, LedgerDocument>,
  now: Date,
): string {
  const problems = rows.filter((r) => r.kind === 'problem');
  const measures = rows.filter((r) => r.kind === 'commitment');
  const others = rows.filter((r) => r.kind === 'pledge' || r.kind === 'progress');
  const tally = new Map<MeasureStatus, LedgerRow[]>(STATUS_ORDER.map((s) => [s, []]));
  for (const m of measures) tally.get(measureStatus(m))!.push(m);
  const overridden = measures.filter(
    (m) => m.points.length && m.points[m.points.length - 1].overridden,
  ).length;
  const n = (s: MeasureStatus) => tally.get(s)!.length;

  const out: string[] = [
    `# ${escapeMarkdown(title)} 整改情况报告`,
    '',
    `生成日期：${isoDay(now.getTime())}`,
    '',
  ];
  out.push(
    `共 ${problems.length} 个问题、${measures.length} 项整改措施。整改措施核对：` +
      `${CHECK_STATUS_LABELS.reappears} ${n('reappears')} 项，${CHECK_STATUS_LABELS.partial} ${n('partial')} 项，` +
      `${CHECK_STATUS_LABELS.missing} ${n('missing')} 项，${UNCHECKED_LABEL} ${n('unchecked')} 项` +
      (overridden ? `（其中人工修改 ${overridden} 项）` : '') +
      '。',
    '',
  );
  let section = 0;
  const heading = (text: string) => out.push(`## ${SECTION_NUMBERS[section++]}、${text}`, '');

  heading(`问题（${problems.length}）`);
  if (!problems.length) out.push('无。');
  problems.forEach((row, i) => out.push(`${i + 1}. ${escapeMarkdown(row.problem)}`));
  out.push('');

  heading(`整改措施及核对情况（${measures.length}）`);
  if (!measures.length) out.push('无。', '');
  for (const status of STATUS_ORDER) {
    const group = tally.get(status)!;
    if (!group.length) continue;
    out.push(
      `### ${status === 'unchecked' ? UNCHECKED_LABEL : CHECK_STATUS_LABELS[status]}（${group.length}）`,
      '',
    );
    group.forEach((row, i) => out.push(...measureItem(row, i + 1)));
    out.push('');
  }

  if (others.length) {
    heading(`表态及进展表述（${others.length}）`);
    others.forEach((row, i) => out.push(`${i + 1}. 【${row.kindLabel}】${escapeMarkdown(row.measure)}`));
    out.push('');
  }

  // Sources of the clips, then the reports they were checked against.
  const cited = new Map<string, LedgerDocument>();
  for (const row of rows) {
    const doc = documents.get(row.documentId);
    if (doc) cited.set(doc.id, doc);
  }
  for (const row of rows) {
    for (const p of row.points) {
      const report = documents.get(p.reportDocumentId);
      if (report) cited.set(report.id, report);
    }
  }
  // oxlint-disable-next-line unicorn/no-array-sort -- a fresh array; toSorted needs Chromium 110
  const docs = [...cited.values()].sort(
    (a, b) => (a.publishDate ?? '').localeCompare(b.publishDate ?? '') || a.url.localeCompare(b.url),
  );
  heading(`来源文件（${docs.length}）`);
  if (!docs.length) out.push('无。');
  for (const doc of docs) {
    const facts = [doc.unit && escapeMarkdown(doc.unit), doc.publishDate && escapeMarkdown(doc.publishDate)];
    if (doc.role === 'report') facts.push('进展报告');
    const described = facts.filter(Boolean).join('，');
    out.push(`- ${sourceLink(doc)}${described ? `，${described}` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

export interface MarkdownOptions {
  /** Date printed as the report's date; default today. */
  now?: Date;
  onProgress?: ProgressCallback;
}

/**
 * Reports of the given cases in one file, separated by rules (`null` stands
 * for the clips without a case). Default: every case that `tables` holds,
 * and the unassigned clips if any.
 */
export async function markdownReports(
  tables: LedgerTables,
  caseIds?: (string | null)[],
  options: MarkdownOptions = {},
): Promise<string> {
  const ids = caseIds ?? orderedCaseIds(tables.cases, tables.clips);
  const rows = buildLedgerRows(tables);
  const byCase = new Map<string | null, LedgerRow[]>(ids.map((id) => [id, []]));
  await forEachChunk(rows, (row) => byCase.get(row.caseId ?? null)?.push(row), options.onProgress);
  const cases = new Map<string, LedgerCase>();
  for (const c of tables.cases) cases.set(c.id, c);
  const documents = new Map<string, LedgerDocument>();
  for (const d of tables.documents) documents.set(d.id, d);
  const now = options.now ?? new Date();
  return ids
    .map((id) => {
      const found = id ? cases.get(id) : undefined;
      return renderReport(found ? caseLabel(found) : NO_CASE_LABEL, byCase.get(id) ?? [], documents, now);
    })
    .join('\n---\n\n');
}

/** The report of one case (`null`: the clips without a case). */
export function markdownReport(
  tables: LedgerTables,
  caseId: string | null,
  options: MarkdownOptions = {},
): Promise<string> {
  return markdownReports(tables, [caseId], options);
}
