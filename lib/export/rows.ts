/**
 * The ledger as rows of a 整改台账: the model the CSV, XLSX and Markdown
 * exports render.
 *
 * One row per clip. A problem fills the 问题 column; a commitment, pledge or
 * progress statement fills the 整改措施 column. Problems and measures are not
 * paired into one row: they usually come from different documents (the
 * feedback and the plan) and no order between them is reliable. Instead rows
 * are ordered by case, then source document (publish date), then position
 * in the page, so the measures of a plan follow in the plan's own order.
 */
import { caseLabel } from '../db/cases';
import { buildStatusIndex, isoDay, latestStatus, type StatusPoint } from '../db/status';
import type { Clip, FindingKind, LedgerCase, LedgerDocument, LedgerTables } from '../db/types';
import { CHECK_STATUS_LABELS, KIND_LABELS, NO_CASE_LABEL, OVERRIDDEN_MARK, UNCHECKED_LABEL } from './labels';

export interface LedgerRow {
  clipId: string;
  documentId: string;
  caseId?: string;
  /** 县教育局党组 · 2023年第二轮巡察, or 未归类. */
  caseLabel: string;
  kind: FindingKind;
  kindLabel: string;
  /** The clip's text when it is a problem, else ''. */
  problem: string;
  /** The clip's text when it is a commitment, pledge or progress, else ''. */
  measure: string;
  owner: string;
  deadline: string;
  sourceTitle: string;
  sourceUnit: string;
  publishDate: string;
  url: string;
  /** Latest check status, marked when overridden; 未核对 for unchecked commitments; '' otherwise. */
  latestStatus: string;
  /** One line per report checked, oldest first: `2024-07-15 《…》：部分体现`. */
  history: string[];
  note: string;
  tags: string[];
  /** The status points behind `latestStatus` and `history`. */
  points: StatusPoint[];
}

/** 已体现, or 已体现（人工修改） for an override. */
export function statusLabel(point: StatusPoint): string {
  return CHECK_STATUS_LABELS[point.status] + (point.overridden ? OVERRIDDEN_MARK : '');
}

/** `2024-07-15 《通报标题》：部分体现（人工修改，原判：未体现）`. */
export function historyLine(point: StatusPoint): string {
  const title = point.reportTitle ? ` 《${point.reportTitle}》` : '';
  const status = point.overridden
    ? `${CHECK_STATUS_LABELS[point.status]}（人工修改，原判：${CHECK_STATUS_LABELS[point.computed]}）`
    : CHECK_STATUS_LABELS[point.status];
  return `${point.date}${title}：${status}`;
}

const collator = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** Where a clip starts in its page; clips without a position go last. */
const position = (clip: Clip) =>
  clip.selectors.position ? clip.selectors.position.start : Number.MAX_SAFE_INTEGER;

/** Cases in label order; `null` (no case) last. */
export function orderedCaseIds(cases: readonly LedgerCase[], clips: readonly Clip[]): (string | null)[] {
  // oxlint-disable-next-line unicorn/no-array-sort -- a fresh copy; toSorted needs Chromium 110
  const sorted = cases.slice().sort((a, b) => collator(caseLabel(a), caseLabel(b)));
  const ids: (string | null)[] = sorted.map((c) => c.id);
  const known = new Set(ids);
  if (clips.some((c) => !c.caseId || !known.has(c.caseId))) ids.push(null);
  return ids;
}

/** Builds one row per clip, in ledger order (see the module comment). */
export function buildLedgerRows(tables: LedgerTables): LedgerRow[] {
  const docs = new Map<string, LedgerDocument>();
  for (const d of tables.documents) docs.set(d.id, d);
  const cases = new Map<string, LedgerCase>();
  for (const c of tables.cases) cases.set(c.id, c);
  const statusIndex = buildStatusIndex(tables.checks, tables.overrides, tables.documents);
  const caseOrder = new Map<string | null, number>();
  orderedCaseIds(tables.cases, tables.clips).forEach((id, i) => caseOrder.set(id, i));
  const caseKey = (clip: Clip) => (clip.caseId && cases.has(clip.caseId) ? clip.caseId : null);
  const docDate = (clip: Clip) => {
    const doc = docs.get(clip.documentId);
    return doc?.publishDate ?? (doc ? isoDay(doc.firstSeen) : '');
  };
  // oxlint-disable-next-line unicorn/no-array-sort -- a fresh copy; toSorted needs Chromium 110
  const clips = tables.clips.slice().sort((a, b) => {
    const byCase = (caseOrder.get(caseKey(a)) ?? 0) - (caseOrder.get(caseKey(b)) ?? 0);
    if (byCase) return byCase;
    const da = docDate(a);
    const db = docDate(b);
    if (da !== db) return da < db ? -1 : 1;
    if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
    return position(a) - position(b) || a.created - b.created || (a.id < b.id ? -1 : 1);
  });
  return clips.map((clip) => {
    const doc = docs.get(clip.documentId);
    const owner = cases.get(caseKey(clip) ?? '');
    const points = statusIndex.get(clip.id) ?? [];
    const latest = latestStatus(points);
    return {
      clipId: clip.id,
      documentId: clip.documentId,
      caseId: owner?.id,
      caseLabel: owner ? caseLabel(owner) : NO_CASE_LABEL,
      kind: clip.kind,
      kindLabel: KIND_LABELS[clip.kind],
      problem: clip.kind === 'problem' ? clip.text : '',
      measure: clip.kind === 'problem' ? '' : clip.text,
      owner: clip.owner ?? '',
      deadline: clip.deadline ?? '',
      sourceTitle: doc?.title ?? '',
      sourceUnit: doc?.unit ?? '',
      publishDate: doc?.publishDate ?? '',
      url: doc?.url ?? '',
      latestStatus: latest ? statusLabel(latest) : clip.kind === 'commitment' ? UNCHECKED_LABEL : '',
      history: points.map(historyLine),
      note: clip.note ?? '',
      tags: clip.tags,
      points,
    };
  });
}
