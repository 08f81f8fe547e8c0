/** What the detector finds in a document; shared by the CLI, the content script and the ledger. */

/**
 * - `problem`: a shortcoming found, reported or admitted (整改事项).
 * - `commitment`: a measure promised or directed, naming what will be done (整改措施).
 * - `pledge`: attitude or generic resolve without a checkable action (表态).
 * - `progress`: a measure reported as already carried out (已成立…, 召开了…):
 *   never a commitment; it is what a later comparison looks for.
 */
export type FindingKind = 'problem' | 'commitment' | 'pledge' | 'progress';

export const FINDING_KINDS: readonly FindingKind[] = ['problem', 'commitment', 'pledge', 'progress'];

/** Why a finding was flagged: one cue of the lexicon that fired. */
export interface Cue {
  /** Category of the cue, e.g. `shortcoming`, `measure`, `deadline` (see lib/detect/lexicon.ts). */
  category: string;
  /** The text that matched, in normalised form (e.g. "不到位", "成立…领导小组"). */
  match: string;
}

export interface Finding {
  kind: FindingKind;
  /** Offsets into the ORIGINAL text (before normalisation), end exclusive. */
  start: number;
  end: number;
  /** `original.slice(start, end)`: what the highlighter paints. */
  text: string;
  /** The normalised text of the finding (Simplified, without pinyin or wraps). */
  normalized: string;
  /** The cues that fired, in order of appearance. */
  cues: Cue[];
  /** For commitments: 限时, X月底前, 三个月内, a date… as written. */
  deadline?: string;
  /** For commitments: 由…牵头, 责任单位, 第一责任人… as written. */
  owner?: string;
  /** Quantities named in the finding (12项, 3次, 2—3个…). */
  quantities?: string[];
  /** List marker the unit opens with (一是, （一）, 1., ①…). */
  listMarker?: string;
  /** The finding is a heading (title or section heading). */
  heading?: boolean;
}

/** Facts about the document as a whole. */
export interface DocumentMeta {
  title?: string;
  /** ISO date, yyyy-mm-dd. */
  publishDate?: string;
  /** Who published or issued the text (e.g. 县教育局, 市纪委监委). */
  issuingUnit?: string;
  /** The unit that was inspected (e.g. 县教育局党组). */
  inspectedUnit?: string;
  /** The inspection round or group (e.g. 市委第四巡察组, 2023年第二轮巡察). */
  round?: string;
}

export interface Analysis {
  meta: DocumentMeta;
  findings: Finding[];
  /** Whether Traditional text was converted for the analysis. */
  converted: boolean;
}
