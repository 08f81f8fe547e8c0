/**
 * Splits normalised text into sentence units: a unit ends at 。；？！ (the
 * closing quote after one stays with it) or at a paragraph break. Each unit
 * knows its paragraph, whether it opens with a list marker (一是, （一）, 一、,
 * 1., ①), and whether it is a heading.
 *
 * The scan is one table read per character; the list-marker pattern only
 * runs on units whose first character can open a marker.
 */
import { CHAR_LINE_BREAK, CHAR_SENTENCE_END, charClasses, isHorizontalSpace } from './chars';

export interface Segment {
  /** Offsets into the normalised text, trimmed of surrounding spaces. */
  start: number;
  end: number;
  /** Index of the paragraph (line) the unit is in. */
  paragraph: number;
  /** First unit of its paragraph. */
  first: boolean;
  /** Ends with 。；？！ rather than at a paragraph break. */
  terminated: boolean;
  /** The list marker the unit opens with, if any. */
  listMarker?: string;
  /** A title or section heading: a short paragraph of its own without final punctuation. */
  heading: boolean;
}

const CLOSING = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0x300b, 0xff09, 0x29]); // ” ’ 」 』 》 ） )

const NUM = '一二三四五六七八九十';

/** Characters a list marker can open with: the pattern only runs after one of them. */
const MARKER_START = new Uint8Array(0x10000);
for (const ch of NUM + '第（(首其再最0123456789') MARKER_START[ch.charCodeAt(0)] = 1;
for (let c = 0x2460; c <= 0x2473; c++) MARKER_START[c] = 1;

const MAX_HEADING = 40;

/** Units handled per step of {@link segmentInSteps}, in characters. */
const STEP = 32_768;

/** The list marker at `text[start…]`, if one opens the unit. */
export function listMarkerAt(text: string, start: number): string | undefined {
  const length = listMarkerLength(text, start);
  return length > 0 ? text.slice(start, start + length) : undefined;
}

const IS_NUM = new Uint8Array(0x10000);
for (const ch of NUM) IS_NUM[ch.charCodeAt(0)] = 1;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLowerLatin = (c: number) => c >= 0x61 && c <= 0x7a;
const ORDINALS = ['首先', '其次', '再次', '最后'];

/**
 * Length of the list marker at `text[start…]` (0 when there is none),
 * matched by hand so that a unit costs no string and no regular expression:
 * 一是/二要/三看 and 十一、 (numerals then 是要看、), 第一(，、), （一）/(1)/(a)/(iv),
 * 1./1、/1) but not 1.5, ①…⑳, and 首先/其次/再次/最后(，). The unit test
 * checks it against the equivalent regular expression.
 */
export function listMarkerLength(text: string, start: number): number {
  if (start >= text.length) return 0;
  const c = text.charCodeAt(start);
  if (!MARKER_START[c]) return 0;
  if (c >= 0x2460 && c <= 0x2473) return 1; // ① … ⑳
  if (IS_NUM[c]) {
    // 一是, 二要, 三看, 十一、
    let i = start;
    while (i < start + 3 && IS_NUM[text.charCodeAt(i)]) i++;
    const next = text.charCodeAt(i);
    return next === 0x662f || next === 0x8981 || next === 0x770b || next === 0x3001 ? i + 1 - start : 0;
  }
  if (c === 0x7b2c) {
    // 第一，
    let i = start + 1;
    while (i < start + 4 && IS_NUM[text.charCodeAt(i)]) i++;
    if (i === start + 1) return 0;
    const next = text.charCodeAt(i);
    return (next === 0xff0c || next === 0x3001 ? i + 1 : i) - start;
  }
  if (c === 0xff08 || c === 0x28) {
    // （一）, (1)
    let i = start + 1;
    // (a), (iv): the lettered items of Hong Kong and Macau reports
    if (isLowerLatin(text.charCodeAt(i))) {
      while (i < start + 5 && isLowerLatin(text.charCodeAt(i))) i++;
      const next = text.charCodeAt(i);
      return next === 0xff09 || next === 0x29 ? i + 1 - start : 0;
    }
    while (i < start + 4 && (IS_NUM[text.charCodeAt(i)] || isDigit(text.charCodeAt(i)))) i++;
    if (i === start + 1) return 0;
    const next = text.charCodeAt(i);
    return next === 0xff09 || next === 0x29 ? i + 1 - start : 0;
  }
  if (isDigit(c)) {
    // 1. 1、 1) but not 1.5
    let i = start;
    while (i < start + 2 && isDigit(text.charCodeAt(i))) i++;
    const next = text.charCodeAt(i);
    if (next === 0x2e || next === 0xff0e || next === 0x3001)
      return isDigit(text.charCodeAt(i + 1)) ? 0 : i + 1 - start;
    return next === 0x29 || next === 0xff09 ? i + 1 - start : 0;
  }
  // 首先，其次，再次，最后
  const second = text.charCodeAt(start + 1);
  let ordinal = false;
  for (let k = 0; k < ORDINALS.length && !ordinal; k++)
    ordinal = ORDINALS[k].charCodeAt(0) === c && ORDINALS[k].charCodeAt(1) === second;
  if (!ordinal) return 0;
  const next = text.charCodeAt(start + 2);
  return next === 0xff0c || next === 0x2c ? 3 : 2;
}

/**
 * Nesting level of a list marker, outermost first, as Chinese official
 * writing numbers its sections: 一、 (1) › （一） (2) › 1. (3) › （1） (4) ›
 * ① (5) › the in-paragraph 一是/第一，/首先 (6). Undefined when not a marker.
 */
export function markerLevel(marker: string | undefined): number | undefined {
  return marker ? markerLevelAt(marker, 0, marker.length) : undefined;
}

/** {@link markerLevel} of the marker `text[start, start + length)`, without cutting it out. */
export function markerLevelAt(text: string, start: number, length: number): number | undefined {
  if (length <= 0) return undefined;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(start + length - 1);
  if (last === 0x3001 && IS_NUM[first]) return 1; // 一、
  if (first === 0xff08 || first === 0x28) {
    // （1） / (a) / （一）
    for (let i = start + 1; i < start + length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x30 && c <= 0x39) || isLowerLatin(c)) return 4;
    }
    return 2;
  }
  if (first >= 0x30 && first <= 0x39) return 3; // 1. 1、 1)
  if (first >= 0x2460 && first <= 0x2473) return 5; // ①
  return 6; // 一是, 第一，, 首先
}

/** Splits normalised text into sentence units; see the module comment. */
export function segment(text: string): Segment[] {
  const steps = segmentInSteps(text);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Segment objects made between two yields of {@link segmentInSteps}. */
const SEGMENTS_PER_STEP = 4096;

/** {@link segment} in steps: yields after every 32 K characters or 4096 units or so. */
export function* segmentInSteps(text: string): Generator<void, Segment[], void> {
  const table = yield* segmentTableInSteps(text);
  const segments: Segment[] = [];
  for (let k = 0; k < table.count; k++) {
    segments.push(segmentAt(text, table, k));
    // Tens of thousands of objects are a step's work of their own, not part of the last one.
    if (k % SEGMENTS_PER_STEP === SEGMENTS_PER_STEP - 1) yield;
  }
  return segments;
}

/** Bits of {@link SegmentTable.flags}. */
export const SEGMENT_FIRST = 1;
export const SEGMENT_TERMINATED = 2;
export const SEGMENT_HEADING = 4;

/**
 * The units of {@link segment} as parallel typed arrays, for callers that
 * read millions of characters and would rather not keep an object per unit.
 */
export interface SegmentTable {
  count: number;
  start: Int32Array;
  end: Int32Array;
  paragraph: Int32Array;
  /** {@link SEGMENT_FIRST}, {@link SEGMENT_TERMINATED}, {@link SEGMENT_HEADING}. */
  flags: Uint8Array;
  /** Length of the list marker the unit opens with (0: none). */
  marker: Uint8Array;
}

/** Unit `k` of `table` as a {@link Segment}; `into`, when given, is filled instead of a new object. */
export function segmentAt(text: string, table: SegmentTable, k: number, into?: Segment): Segment {
  const start = table.start[k];
  const flags = table.flags[k];
  const marker = table.marker[k];
  const seg = into ?? ({} as Segment);
  seg.start = start;
  seg.end = table.end[k];
  seg.paragraph = table.paragraph[k];
  seg.first = (flags & SEGMENT_FIRST) !== 0;
  seg.terminated = (flags & SEGMENT_TERMINATED) !== 0;
  seg.listMarker = marker > 0 ? text.slice(start, start + marker) : undefined;
  seg.heading = (flags & SEGMENT_HEADING) !== 0;
  return seg;
}

/** The units of `text` as a {@link SegmentTable}, in steps of about 32 K characters. */
export function* segmentTableInSteps(text: string): Generator<void, SegmentTable, void> {
  const capacity = Math.max(64, text.length >> 4);
  const state: SegmentState = {
    text,
    table: {
      count: 0,
      start: new Int32Array(capacity),
      end: new Int32Array(capacity),
      paragraph: new Int32Array(capacity),
      flags: new Uint8Array(capacity),
      marker: new Uint8Array(capacity),
    },
    paragraph: 0,
    paragraphFirstSegment: 0,
    unitStart: 0,
    i: 0,
  };
  for (;;) {
    segmentUpTo(state, Math.min(text.length, state.i + STEP));
    if (state.i >= text.length) break;
    yield;
  }
  pushUnit(state, state.unitStart, text.length, false);
  closeParagraph(state);
  return state.table;
}

/** Where {@link segmentTableInSteps} stands between steps. */
interface SegmentState {
  text: string;
  table: SegmentTable;
  paragraph: number;
  /** Index of the paragraph's first unit. */
  paragraphFirstSegment: number;
  unitStart: number;
  /** Next character to read. */
  i: number;
}

function grow(table: SegmentTable): void {
  const capacity = table.start.length * 2;
  const more = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(capacity);
    b.set(a);
    return b;
  };
  table.start = more(table.start, (n) => new Int32Array(n));
  table.end = more(table.end, (n) => new Int32Array(n));
  table.paragraph = more(table.paragraph, (n) => new Int32Array(n));
  table.flags = more(table.flags, (n) => new Uint8Array(n));
  table.marker = more(table.marker, (n) => new Uint8Array(n));
}

function pushUnit(state: SegmentState, from: number, to: number, terminated: boolean): void {
  const { text, table } = state;
  while (from < to && isHorizontalSpace(text.charCodeAt(from))) from++;
  while (to > from && isHorizontalSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  if (table.count === table.start.length) grow(table);
  const k = table.count++;
  table.start[k] = from;
  table.end[k] = to;
  table.paragraph[k] = state.paragraph;
  table.flags[k] =
    (k === state.paragraphFirstSegment ? SEGMENT_FIRST : 0) | (terminated ? SEGMENT_TERMINATED : 0);
  table.marker[k] = listMarkerLength(text, from);
}

/** A paragraph that is one short unterminated unit is a heading. */
function closeParagraph(state: SegmentState): void {
  const { table } = state;
  if (table.count - state.paragraphFirstSegment === 1) {
    const last = table.count - 1;
    if (!(table.flags[last] & SEGMENT_TERMINATED) && table.end[last] - table.start[last] <= MAX_HEADING)
      table.flags[last] |= SEGMENT_HEADING;
  }
}

/** Segments `text[state.i, limit)`; a plain function, so the engine optimises its loop. */
function segmentUpTo(state: SegmentState, limit: number): void {
  const { text } = state;
  const classes = charClasses();
  const n = text.length;
  let i = state.i;
  for (; i < limit; i++) {
    const k = classes[text.charCodeAt(i)];
    if ((k & (CHAR_LINE_BREAK | CHAR_SENTENCE_END)) === 0) continue;
    if (k & CHAR_LINE_BREAK) {
      pushUnit(state, state.unitStart, i, false);
      closeParagraph(state);
      state.paragraph++;
      state.paragraphFirstSegment = state.table.count;
      state.unitStart = i + 1;
    } else {
      let end = i + 1;
      while (
        end < n &&
        (classes[text.charCodeAt(end)] & CHAR_SENTENCE_END || CLOSING.has(text.charCodeAt(end)))
      )
        end++;
      pushUnit(state, state.unitStart, end, true);
      state.unitStart = end;
      i = end - 1;
    }
  }
  state.i = Math.max(i, limit);
}
