/**
 * Prepares a progress report for matching: normalised text with its map
 * back to the original, sentence units, and what each unit's place says
 * (section, furniture, plan or shortfall wording).
 *
 * A long report is normalised in chunks cut at line breaks, so that the
 * work can pause between chunks; a report of up to CHUNK_CHARS characters is
 * normalised in one call, exactly as detection does it.
 */
import { normalize, type NormalizedText } from '../text/normalize';
import { segment } from '../text/segment';
import type { TraditionalConverter } from '../text/traditional';
import { classifyUnits, initialSectionState, type ReportUnit } from './sections';
import { stageProgress, type StepClock } from './steps';
import { markCues, type UnitCues } from './status';

export interface PreparedReport {
  norm: NormalizedText;
  units: ReportUnit[];
  /** Plan and incompleteness wording, per unit. */
  cues: UnitCues;
}

/** Largest piece normalised in one call (a few ms of work). */
export const CHUNK_CHARS = 1 << 16;

/** Where to cut `text` into pieces of at most CHUNK_CHARS, at line breaks where possible. */
function chunkEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > CHUNK_CHARS) {
    const limit = start + CHUNK_CHARS;
    // Prefer a blank line (a sure paragraph end), then a line break, then a
    // sentence end, in the last quarter of the piece.
    const floor = limit - (CHUNK_CHARS >> 2);
    const lineCut = lastBefore(text, '\n\n', floor, limit) ?? lastBefore(text, '\n', floor, limit);
    const sentenceCut = lastBefore(text, '。', floor, limit);
    const cut = lineCut ?? (sentenceCut === undefined ? limit : sentenceCut + 1);
    ends.push(cut);
    start = cut;
  }
  ends.push(text.length);
  return ends;
}

/** The last index in `[floor, limit)` where `needle` starts, if any. */
function lastBefore(text: string, needle: string, floor: number, limit: number): number | undefined {
  for (let i = limit - needle.length; i >= floor; i--) if (text.startsWith(needle, i)) return i;
  return undefined;
}

/** Joins separately normalised pieces into one NormalizedText over the whole original. */
function joinPieces(original: string, pieces: { norm: NormalizedText; offset: number }[]): NormalizedText {
  if (pieces.length === 1 && pieces[0].offset === 0) return pieces[0].norm;
  let length = 0;
  for (const p of pieces) if (p.norm.text) length += p.norm.text.length + (length > 0 ? 1 : 0);
  const map = new Int32Array(length + 1);
  const texts: string[] = [];
  let at = 0;
  let converted = false;
  for (const p of pieces) {
    if (!p.norm.text) continue;
    if (at > 0) {
      // The cut between two pieces reads as a paragraph break.
      texts.push('\n');
      map[at++] = p.offset;
    }
    const m = p.norm.toOriginal;
    for (let i = 0; i < p.norm.text.length; i++) map[at + i] = m[i] + p.offset;
    at += p.norm.text.length;
    texts.push(p.norm.text);
    converted ||= p.norm.converted;
  }
  map[at] = original.length;
  return { text: texts.join(''), toOriginal: map, original, converted };
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
  const ends = chunkEnds(report);
  const pieces: { norm: NormalizedText; offset: number }[] = [];
  let start = 0;
  for (const end of ends) {
    pieces.push({ norm: normalize(report.slice(start, end), { converter }), offset: start });
    start = end;
    if (clock.due()) {
      yield stageProgress(from, to, (0.6 * end) / Math.max(1, report.length));
      clock.restart();
    }
  }
  const norm = joinPieces(report, pieces);
  const text = norm.text;
  const units: ReportUnit[] = [];
  const state = initialSectionState();
  // Segment paragraph-aligned stretches so that no single call runs long.
  let paragraphBase = 0;
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK_CHARS);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      end = nl > at ? nl : end;
    }
    const segments = segment(text.slice(at, end));
    for (const s of segments) {
      s.start += at;
      s.end += at;
      s.paragraph += paragraphBase;
    }
    if (segments.length) paragraphBase = segments[segments.length - 1].paragraph + 1;
    for (const unit of classifyUnits(text, segments, state)) units.push(unit);
    at = end + 1;
    if (clock.due()) {
      yield stageProgress(from, to, 0.6 + (0.4 * at) / Math.max(1, text.length));
      clock.restart();
    }
  }
  const cues: UnitCues = { plan: new Uint8Array(units.length), incomplete: new Uint8Array(units.length) };
  markCues(text, units, 0, units.length, cues);
  return { norm, units, cues };
}
