import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ClipSelectors } from './anchor/selectors';
import type { Cue, DocumentMeta, FindingKind } from './detect/types';

/** What the background reports about itself; used by the popup and tests. */
export interface BackgroundStatus {
  version: string;
  manifestVersion: number;
}

/** The source page of a clip, as the content script sees it. */
export interface DocumentDraft {
  url: string;
  title: string;
  site: string;
  meta: DocumentMeta;
  role: 'source' | 'report';
}

/** A clip as the content script proposes it. */
export interface ClipDraft {
  kind: FindingKind;
  /** The text as it stands on the page. */
  text: string;
  /** Its normalised form (Simplified, no pinyin or wraps). */
  normalized: string;
  selectors: ClipSelectors;
  cues: Cue[];
  deadline?: string;
  owner?: string;
  quantities?: string[];
}

/** A stored clip of the current page, for painting it again. */
export interface PageClip {
  id: string;
  kind: FindingKind;
  text: string;
  selectors: ClipSelectors;
}

/** UI state remembered per site, and what the user ignored on a page. */
export interface PageSettings {
  panelOpen: boolean;
  hiddenKinds: FindingKind[];
  /** Texts the user chose to ignore on this page. */
  ignored: string[];
  /** Paint by wrapping elements even where the Highlight API exists. */
  forceWrap: boolean;
}

/** Timings of a page's last full analysis, in ms of `performance.now()` (for `npm run bench`). */
export interface AnalysisTimings {
  startedAt: number;
  read: number;
  /** Analysis work, without the yields between its slices. */
  analyze: number;
  paint: number;
  /** read + analyze + paint: the work itself, without waiting for messages. */
  compute: number;
  /** From start to painted, including waits for the background. */
  total: number;
  characters: number;
}

/** `skipped`: the page speaks of nothing to find and was only read (page/relevance.ts). */
export type PageStatus = 'idle' | 'analyzing' | 'ready' | 'skipped' | 'error';

/** What a content script knows about the page it runs in. */
export interface PageSummary {
  url: string;
  title: string;
  status: PageStatus;
  counts: Record<FindingKind, number>;
  clipped: number;
  orphans: number;
  meta: DocumentMeta;
  /** How the page is painted: the Highlight API, or wrapping elements. */
  paintMode: 'highlight-api' | 'wrap';
  timings: AnalysisTimings | null;
}

/** A case the user can check a report against. */
export interface CheckCaseOption {
  id: string;
  label: string;
  /** How many commitments (measures) of the case are in the ledger. */
  commitments: number;
}

/** One commitment of a case, as the comparison needs it. */
export interface CaseCommitment {
  clipId: string;
  text: string;
}

/** One result of a check, as the content script reports it. */
export interface CheckResultDraft {
  clipId: string;
  status: 'reappears' | 'partial' | 'missing';
  score: number;
  evidence?: { text: string; start: number; end: number };
}

export interface ClipSelectionResult {
  ok: boolean;
  message: string;
}

/**
 * The one message protocol of the extension. Names say who answers:
 * `bg:*` is handled by the background, `page:*` by the content script of a tab.
 */
export interface ProtocolMap {
  'bg:status'(): BackgroundStatus;
  'bg:pageSettings'(data: { url: string }): PageSettings;
  'bg:savePageSettings'(data: { url: string; patch: Partial<PageSettings> }): void;
  'bg:saveClips'(data: { document: DocumentDraft; clips: ClipDraft[] }): { ids: string[] };
  'bg:pageClips'(data: { url: string }): PageClip[];
  'bg:setClipKind'(data: { id: string; kind: FindingKind }): void;
  'bg:injectConverter'(): boolean;
  'bg:injectComparer'(): boolean;
  /** Opens a clip's source page in a tab and scrolls to the clipped passage. */
  'bg:openSource'(data: { clipId: string }): void;
  /** Analyses a tab once (popup button; `activeTab`) and opens its panel. */
  'bg:analyzeTab'(data: { tabId: number }): void;
  /** After the popup obtained the host permission: analyse this site automatically from now on. */
  'bg:enableSite'(data: { origin: string; tabId?: number }): void;
  'bg:disableSite'(data: { origin: string }): void;
  'bg:enabledSites'(): string[];
  /** Opens the ledger page in a tab (from the in-page panel). */
  'bg:openLedger'(): void;
  /** Cases to check a report against, the one matching the report's unit first. */
  'bg:checkOptions'(data: { unit?: string; round?: string }): {
    cases: CheckCaseOption[];
    suggested?: string;
  };
  'bg:caseCommitments'(data: { caseId: string }): CaseCommitment[];
  /** Stores a check of a report page against a case. */
  'bg:saveCheck'(data: { caseId: string; document: DocumentDraft; results: CheckResultDraft[] }): {
    checkId: string;
  };
  'page:summary'(): PageSummary;
  'page:analyze'(): void;
  'page:openPanel'(): void;
  'page:clipSelection'(): ClipSelectionResult;
  /** Scrolls to a clipped passage; false when it cannot be found on the page. */
  'page:reveal'(data: { clipId: string }): boolean;
  /** Opens the panel on 核对整改进展 (from the popup). */
  'page:startCheck'(): void;
}

const silent = { debug() {}, log() {}, warn() {}, error() {} };

const messenger = defineExtensionMessaging<ProtocolMap>({ logger: silent });

export const sendMessage = messenger.sendMessage;

/** Thrown to a sender that is not this extension's own page or content script. */
export class UntrustedSenderError extends Error {
  constructor() {
    super('Message refused: not sent by this extension');
    this.name = 'UntrustedSenderError';
  }
}

type Sender = ExtensionMessage['sender'];

/**
 * True for messages from this extension's own pages, background or content
 * scripts. Web pages and other extensions never pass: they have another `id`,
 * or (for a page posting through a compromised channel) no tab and a URL
 * outside the extension's origin.
 */
export function isTrustedSender(sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  if (!sender || sender.id !== runtimeId) return false;
  if (sender.tab) return true; // a content script of ours, in some tab
  const url = sender.url ?? '';
  return url.startsWith(extensionOrigin);
}

/**
 * Registers a handler that only ever runs for trusted senders; anything else
 * gets an `UntrustedSenderError` and the handler is not called.
 */
export function onTrustedMessage<K extends keyof ProtocolMap>(
  type: K,
  handler: Parameters<typeof messenger.onMessage<K>>[1],
): () => void {
  return messenger.onMessage(type, (message) => {
    const { id, getURL } = browser.runtime;
    if (!isTrustedSender(message.sender, id, getURL('/'))) throw new UntrustedSenderError();
    return handler(message);
  });
}
