import type { Cue, DocumentMeta, FindingKind } from '../../lib/detect/types';
import type { CheckCaseOption, PageStatus } from '../../lib/messaging';

export type CheckStatus = 'reappears' | 'partial' | 'missing';

/** One commitment of the case and how it shows in this report. */
export interface CheckRow {
  clipId: string;
  commitment: string;
  status: CheckStatus;
  score: number;
  /** The report's evidence sentence ('' when missing). */
  evidence: string;
  /** Key of the painted evidence, when there is some on this page. */
  evidenceKey: string | null;
}

/** 核对整改进展: checking this page (a progress report) against a case's commitments. */
export interface CheckView {
  phase: 'loading' | 'choose' | 'running' | 'done' | 'error';
  cases: CheckCaseOption[];
  caseId: string | null;
  /** 0…1 while running. */
  progress: number;
  /** Missing first, then partial, then reappears. */
  rows: CheckRow[];
  message?: string;
  saved: boolean;
}

/** One painted item, in page order, for previous/next navigation. */
export interface NavItem {
  key: string;
  kind: FindingKind;
  excerpt: string;
}

/** The card shown for the highlight under the pointer or clicked. */
export interface CardState {
  key: string;
  kind: FindingKind;
  text: string;
  cues: Cue[];
  deadline?: string;
  owner?: string;
  /** Set when the item is in the ledger. */
  clipId?: string;
  /** Viewport position of the card's top-left corner. */
  left: number;
  top: number;
  /** Opened by a click (stays) rather than by hovering (goes when the pointer leaves). */
  pinned: boolean;
}

/** A clip of this page that could not be found again. */
export interface OrphanClip {
  id: string;
  kind: FindingKind;
  text: string;
}

export interface Toast {
  text: string;
  tone: 'ok' | 'error';
}

/** Everything the in-page panel and card show. */
export interface ContentState {
  status: PageStatus;
  /** 0…1 while analysing. */
  progress: number;
  error?: string;
  counts: Record<FindingKind, number>;
  hidden: FindingKind[];
  items: NavItem[];
  /** Index into the visible items, -1 before any navigation. */
  active: number;
  meta: DocumentMeta;
  clippedCount: number;
  orphans: OrphanClip[];
  panelOpen: boolean;
  card: CardState | null;
  toast: Toast | null;
  check: CheckView | null;
}

/** What the panel and card can ask the page controller to do. */
export interface ContentActions {
  setPanelOpen(open: boolean): void;
  /** Analyses a page that was skipped. */
  analyzeNow(): void;
  toggleKind(kind: FindingKind): void;
  go(step: 1 | -1): void;
  clipAllCommitments(): void;
  clip(key: string): void;
  changeKind(key: string, kind: FindingKind): void;
  ignore(key: string): void;
  closeCard(): void;
  keepCard(): void;
  openCheck(): void;
  chooseCase(caseId: string): void;
  runCheck(): void;
  closeCheck(): void;
  showEvidence(clipId: string): void;
  openLedger(): void;
}

export const EMPTY_COUNTS: Record<FindingKind, number> = {
  problem: 0,
  commitment: 0,
  pledge: 0,
  progress: 0,
};
