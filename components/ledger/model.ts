/**
 * The ledger page's view of the tables: clips in 整改台账 order (case, then
 * source document by date, then position in the page), each with its
 * document, its 序号 within the case and its check history; and the flat
 * list of rows the virtualised table renders (case and document headers
 * are rows too). Pure over rows, so it is unit-tested in Node.
 */
/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
import { caseLabel } from '../../lib/db/cases';
import { buildStatusIndex, isoDay, latestStatus, summarizeCase } from '../../lib/db/status';
import type { CaseSummary, StatusPoint } from '../../lib/db/status';
import type { CheckStatus, Clip, LedgerCase, LedgerDocument, LedgerTables } from '../../lib/db/types';

export interface ClipView {
  clip: Clip;
  doc?: LedgerDocument;
  /** The clip's case id when that case exists, else null (未归类). */
  caseId: string | null;
  /** 序号: 1-based position within its case, in ledger order (stable while filtering). */
  seq: number;
  /** Every report's verdict on the clip, oldest first (overrides applied). */
  points: StatusPoint[];
}

export interface LedgerView {
  /** Every clip in ledger order. */
  ordered: ClipView[];
  byId: Map<string, ClipView>;
  /** Cases in label order. */
  cases: LedgerCase[];
  caseById: Map<string, LedgerCase>;
  documents: Map<string, LedgerDocument>;
  summaries: Map<string, CaseSummary>;
  /** Every tag in use, most used first. */
  tags: string[];
}

/** Latest check result of a clip as the table shows it; `unchecked` only for commitments. */
export type LatestCheck = CheckStatus | 'unchecked' | null;

export function latestCheck(view: ClipView): LatestCheck {
  const latest = latestStatus(view.points);
  if (latest) return latest.status;
  return view.clip.kind === 'commitment' ? 'unchecked' : null;
}

const collate = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** The date a document sorts by: its publish date, else the day it was first seen. */
function documentDate(doc: LedgerDocument | undefined): string {
  return doc ? (doc.publishDate ?? isoDay(doc.firstSeen)) : '';
}

function pagePosition(clip: Clip): number {
  return clip.selectors.position ? clip.selectors.position.start : Number.MAX_SAFE_INTEGER;
}

/** Cases in the order the ledger shows them: by label, in Chinese (pinyin) order. */
export function caseOrder(cases: readonly LedgerCase[]): LedgerCase[] {
  return cases.slice().sort((a, b) => collate(caseLabel(a), caseLabel(b)));
}

/** Builds the view of a whole ledger (same order as the exports, see lib/export/rows.ts). */
export function buildView(tables: LedgerTables): LedgerView {
  const documents = new Map<string, LedgerDocument>();
  for (const d of tables.documents) documents.set(d.id, d);
  const cases = caseOrder(tables.cases);
  const caseById = new Map<string, LedgerCase>();
  const caseRank = new Map<string | null, number>();
  cases.forEach((c, i) => {
    caseById.set(c.id, c);
    caseRank.set(c.id, i);
  });
  caseRank.set(null, cases.length);
  const statusIndex = buildStatusIndex(tables.checks, tables.overrides, tables.documents);

  const keyed = tables.clips.map((clip) => {
    const doc = documents.get(clip.documentId);
    const caseId = clip.caseId && caseById.has(clip.caseId) ? clip.caseId : null;
    return { clip, doc, caseId, date: documentDate(doc), rank: caseRank.get(caseId) ?? cases.length };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.clip.documentId < b.clip.documentId ? -1 : a.clip.documentId > b.clip.documentId ? 1 : 0) ||
      pagePosition(a.clip) - pagePosition(b.clip) ||
      a.clip.created - b.clip.created ||
      (a.clip.id < b.clip.id ? -1 : 1),
  );

  const ordered: ClipView[] = [];
  const byId = new Map<string, ClipView>();
  const tagCounts = new Map<string, number>();
  let seq = 0;
  let previousCase: string | null | undefined;
  for (const k of keyed) {
    seq = k.caseId === previousCase ? seq + 1 : 1;
    previousCase = k.caseId;
    const view: ClipView = {
      clip: k.clip,
      doc: k.doc,
      caseId: k.caseId,
      seq,
      points: statusIndex.get(k.clip.id) ?? [],
    };
    ordered.push(view);
    byId.set(k.clip.id, view);
    for (const tag of k.clip.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }

  const summaries = new Map<string, CaseSummary>();
  for (const c of cases) summaries.set(c.id, summarizeCase(c.id, tables.clips, tables.checks, statusIndex));

  const tags = Array.from(tagCounts.keys()).sort(
    (a, b) => (tagCounts.get(b) ?? 0) - (tagCounts.get(a) ?? 0) || collate(a, b),
  );
  return { ordered, byId, cases, caseById, documents, summaries, tags };
}

export type TableItem =
  | { type: 'case'; key: string; caseId: string | null; count: number }
  | { type: 'document'; key: string; caseId: string | null; documentId: string; count: number }
  | { type: 'clip'; key: string; view: ClipView };

export interface GroupOptions {
  /** Ids that match the search and filters; null: every clip. */
  matches: Set<string> | null;
  /** Keep only clips whose latest check result is this. */
  check?: LatestCheck | '';
  /** Show cases without clips (only when nothing is filtered). */
  showEmptyCases: boolean;
}

/**
 * The rows of the table: for each case with visible clips a case header,
 * for each of its documents a document header, then the clips.
 */
export function groupItems(view: LedgerView, options: GroupOptions): TableItem[] {
  const { matches, check } = options;
  const items: TableItem[] = [];
  let caseItem: Extract<TableItem, { type: 'case' }> | null = null;
  let docItem: Extract<TableItem, { type: 'document' }> | null = null;
  const emitted = new Set<string | null>();
  const pushEmptyCasesBefore = (rank: number) => {
    if (!options.showEmptyCases) return;
    for (let i = 0; i < rank; i++) {
      const c = view.cases[i];
      if (emitted.has(c.id)) continue;
      emitted.add(c.id);
      items.push({ type: 'case', key: `case:${c.id}`, caseId: c.id, count: 0 });
    }
  };
  const rankOf = (caseId: string | null) =>
    caseId === null ? view.cases.length : view.cases.indexOf(view.caseById.get(caseId)!);

  for (const clipView of view.ordered) {
    if (matches && !matches.has(clipView.clip.id)) continue;
    if (check && latestCheck(clipView) !== check) continue;
    if (!caseItem || caseItem.caseId !== clipView.caseId) {
      pushEmptyCasesBefore(rankOf(clipView.caseId));
      emitted.add(clipView.caseId);
      caseItem = {
        type: 'case',
        key: `case:${clipView.caseId ?? '-'}`,
        caseId: clipView.caseId,
        count: 0,
      };
      items.push(caseItem);
      docItem = null;
    }
    if (!docItem || docItem.documentId !== clipView.clip.documentId) {
      docItem = {
        type: 'document',
        key: `doc:${clipView.caseId ?? '-'}:${clipView.clip.documentId}`,
        caseId: clipView.caseId,
        documentId: clipView.clip.documentId,
        count: 0,
      };
      items.push(docItem);
    }
    caseItem.count++;
    docItem.count++;
    items.push({ type: 'clip', key: clipView.clip.id, view: clipView });
  }
  pushEmptyCasesBefore(view.cases.length);
  return items;
}

/** Ids of the clips among `items`, in order. */
export function clipIdsOf(items: readonly TableItem[]): string[] {
  const ids: string[] = [];
  for (const item of items) if (item.type === 'clip') ids.push(item.key);
  return ids;
}
