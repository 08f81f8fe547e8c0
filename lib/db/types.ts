/**
 * The records of the ledger as they are stored in IndexedDB and written to
 * backups. Times are epoch milliseconds; calendar dates are ISO `yyyy-mm-dd`.
 */
import type { FindingKind } from '../detect/types';

export type { FindingKind };

/** A page the user read: a source (feedback, pledge, plan) or a later progress report. */
export type DocumentRole = 'source' | 'report';

export interface LedgerDocument {
  id: string;
  /** The page address as given (fragment dropped); unique in the ledger. */
  url: string;
  title: string;
  /** Host name of `url`, e.g. `www.example.gov.cn`. */
  site: string;
  /** Who published the document (来源单位), e.g. 县纪委监委. */
  unit?: string;
  /** The unit that was inspected, e.g. 县教育局党组; used to suggest a case. */
  inspectedUnit?: string;
  /** The inspection round or group as written, e.g. 2023年第二轮巡察. */
  round?: string;
  /** ISO date, yyyy-mm-dd. */
  publishDate?: string;
  role: DocumentRole;
  firstSeen: number;
  updated: number;
}

/** W3C Web Annotation text-quote selector: the quote and up to 32 characters either side. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation text-position selector: offsets into the page text, end exclusive. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface ClipSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/**
 * Where the user is with a clip:
 * - `open`: clipped, not yet followed up;
 * - `tracking`: being followed through later reports;
 * - `done`: the user considers it rectified (销号);
 * - `dismissed`: kept for the record but not tracked.
 */
export type ClipStatus = 'open' | 'tracking' | 'done' | 'dismissed';

export const CLIP_STATUSES: readonly ClipStatus[] = ['open', 'tracking', 'done', 'dismissed'];

export interface Clip {
  id: string;
  documentId: string;
  kind: FindingKind;
  /** The text as clipped from the page; never changes (it is what anchors the clip). */
  originalText: string;
  /** The text as the user wants it in the ledger: `originalText` unless corrected. */
  text: string;
  /** `text` normalised (Simplified, widths folded, no pinyin); see lib/text/normalize.ts. */
  normalized: string;
  /**
   * Search key of `text`: Simplified, lower case, letters and digits only.
   * Derived (see search-key.ts); added in schema v2; never exported to backups.
   */
  searchKey: string;
  /** Hash of the text-quote selector; with `documentId`, what makes a clip unique. Derived. */
  quoteHash: string;
  selectors: ClipSelectors;
  /** 完成时限 as written, e.g. 2024年6月底前. */
  deadline?: string;
  /** 责任单位/责任人 as written. */
  owner?: string;
  caseId?: string;
  tags: string[];
  note?: string;
  status: ClipStatus;
  created: number;
  updated: number;
}

/** An inspected unit and an inspection round: the unit of work of a ledger (e.g. 县教育局党组 · 2023年第二轮巡察). */
export interface LedgerCase {
  id: string;
  unit: string;
  round: string;
  note?: string;
  created: number;
  updated: number;
}

/** How a commitment shows in a progress report. */
export type CheckStatus = 'reappears' | 'partial' | 'missing';

export const CHECK_STATUSES: readonly CheckStatus[] = ['reappears', 'partial', 'missing'];

/** Where a commitment was found in the report: the text and its offsets in the report's text. */
export interface CheckEvidence {
  text: string;
  start: number;
  end: number;
}

export interface CheckResult {
  clipId: string;
  status: CheckStatus;
  /** Similarity in [0, 1]. */
  score: number;
  evidence?: CheckEvidence;
}

/** One comparison of a progress report against the commitments of a case. */
export interface Check {
  id: string;
  caseId: string;
  reportDocumentId: string;
  checkedAt: number;
  results: CheckResult[];
}

/** A user's correction of one check result; kept, marked as such, and used in exports. */
export interface Override {
  id: string;
  checkId: string;
  clipId: string;
  status: CheckStatus;
  note?: string;
  created: number;
  updated: number;
}

/** Key/value settings: per-site panel state, enabled sites, forced painter mode… */
export interface Setting {
  key: string;
  value: unknown;
}

/** Internal counters (not exported): `clips` is bumped by every write to clips. */
export interface MetaRow {
  key: string;
  value: number;
}

/** Every user table's rows: what backups hold and what exports read. */
export interface LedgerTables {
  documents: LedgerDocument[];
  clips: Clip[];
  cases: LedgerCase[];
  checks: Check[];
  overrides: Override[];
  settings: Setting[];
}

export type TableName = keyof LedgerTables;

export const TABLE_NAMES: readonly TableName[] = [
  'documents',
  'clips',
  'cases',
  'checks',
  'overrides',
  'settings',
];
