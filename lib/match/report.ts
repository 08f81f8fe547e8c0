/**
 * Prepares a progress report for matching: normalised text with its map
 * back to the original, sentence units, and what each unit's place says
 * (section, furniture, plan or shortfall wording).
 *
 * A long report is normalised in pieces cut at line breaks, so that the work
 * can pause between pieces; a report of up to PIECE_CHARS characters is one
 * piece, normalised in one call exactly as detection does it. Pieces are
 * joined by a line break in `text`, and each keeps its own offset map, so
 * nothing of the size of the report is copied to join them.
 */
import { normalize, toOriginalSpan, type NormalizedText } from '../text/normalize';
import { segment } from '../text/segment';
import type { TraditionalConverter } from '../text/traditional';
import { classifyUnits, initialSectionState, type ReportUnit } from './sections';
import { markCues, type UnitCues } from './status';
import { stageProgress, type StepClock } from './steps';

/** A separately normalised stretch of the report. */
export interface ReportPiece {
  /** Where the piece's text starts in `PreparedReport.text`. */
  start: number;
  /** Where the piece starts in the original report. */
  offset: number;
  norm: NormalizedText;
}

export interface PreparedReport {
  original: string;
  /** The normalised report: the pieces' texts joined by line breaks. */
  text: string;
  pieces: ReportPiece[];
  /** Sentence units of `text`, in order; none crosses two pieces. */
  units: ReportUnit[];
  /** Plan and incompleteness wording, per unit. */
  cues: UnitCues;
}

/** Largest piece normalised in one call (a few ms of work). */
export const PIECE_CHARS = 1 << 16;

/** The last index in `[floor, limit)` where `needle` starts, if any. */
function lastBefore(text: string, needle: string, floor: number, limit: number): number | undefined {
  for (let i = limit - needle.length; i >= floor; i--) if (text.startsWith(needle, i)) return i;
  return undefined;
}

/** Where to cut `text` into pieces of at most PIECE_CHARS, at line breaks where possible. */
function pieceEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > PIECE_CHARS) {
    const limit = start + PIECE_CHARS;
    // Prefer a blank line (a sure paragraph end), then a line break, then a
    // sentence end, in the last quarter of the piece.
    const floor = limit - (PIECE_CHARS >> 2);
    const lineCut = lastBefore(text, '\n\n', floor, limit) ?? lastBefore(text, '\n', floor, limit);
    const sentenceCut = lastBefore(text, '。', floor, limit);
    const cut = lineCut ?? (sentenceCut === undefined ? limit : sentenceCut + 1);
    ends.push(cut);
    start = cut;
  }
  ends.push(text.length);
  return ends;
}

/**
 * Normalises, segments and classifies `report`, yielding progress (0..1 of
 * `[from, to]`) when `clock` says the slice is used up.
 */
export function* prepareReport(
  report: string,
  converter: TraditionalConverter | null | undefined,
  clock: StepClock,
  from: number,
  to: number,
): Generator<number, PreparedReport, void> {
  const pieces: ReportPiece[] = [];
  const texts: string[] = [];
  const units: ReportUnit[] = [];
  const state = initialSectionState();
  let textLength = 0;
  let paragraphBase = 0;
  let start = 0;
  for (const end of pieceEnds(report)) {
    const norm = normalize(report.slice(start, end), { converter });
    if (norm.text) {
      if (textLength > 0) {
        texts.push('\n'); // the cut between two pieces reads as a paragraph break
        textLength++;
      }
      pieces.push({ start: textLength, offset: start, norm });
      texts.push(norm.text);
      // Classified in the piece's own offsets, then moved to the joined text's.
      const pieceUnits = classifyUnits(norm.text, segment(norm.text), state);
      for (const unit of pieceUnits) {
        unit.start += textLength;
        unit.end += textLength;
        if (unit.leadStart >= 0) {
          unit.leadStart += textLength;
          unit.leadEnd += textLength;
        }
        unit.paragraph += paragraphBase;
        units.push(unit);
      }
      if (pieceUnits.length) paragraphBase = pieceUnits[pieceUnits.length - 1].paragraph + 1;
      textLength += norm.text.length;
    }
    start = end;
    if (clock.due()) {
      yield stageProgress(from, to, end / Math.max(1, report.length));
      clock.restart();
    }
  }
  const text = texts.join('');
  const cues: UnitCues = { plan: new Uint8Array(units.length), incomplete: new Uint8Array(units.length) };
  markCues(text, units, 0, units.length, cues);
  return { original: report, text, pieces, units, cues };
}

/** The original span of the normalised span `[from, to)`, which lies within one piece. */
export function originalSpan(prepared: PreparedReport, from: number, to: number): [number, number] {
  const { pieces } = prepared;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (pieces[mid].start <= from) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  const [start, end] = toOriginalSpan(piece.norm, from - piece.start, to - piece.start);
  return [start + piece.offset, end + piece.offset];
}
