/**
 * Finds the line breaks that a PDF copy (or a hard-wrapped page) put inside
 * paragraphs, so that normalisation can join "党\n组" back into "党组".
 *
 * Hard-wrapped text has most of its lines filled to nearly the same display
 * width; paragraphs written one per line have widths all over the place. So
 * the densest cluster of line widths decides: when at least half of the
 * substantial lines fall within 15 % of one another, a break after a line in
 * that cluster is a wrap, and a break after a shorter line ends a paragraph.
 * A copy cut at a count of characters spreads wider; it is told from
 * paragraphs by its lines stopping mid-sentence (see findWrappedBreaksInSteps).
 */

const MIN_LINE_WIDTH = 16; // shorter lines (titles, menu items) say nothing about wrapping
const MIN_WRAPPED_LINES = 5;
const CLUSTER_SPREAD = 1.15;
/** The spread of a copy cut at 23 to 34 characters whatever their width (68 / 46 ≈ 1.48). */
const LOOSE_CLUSTER_SPREAD = 1.5;

/** Lines handled per step of {@link findWrappedBreaksInSteps}, in characters. */
const STEP = 65_536;

/**
 * Display width of every code unit: Han, full-width forms and the curly
 * quotes (full-width in Chinese fonts, so in a PDF copy) count 2, everything
 * else (Latin, surrogates, the em dash) 1. Filled by ranges: a loop over 64 K
 * units costs ~15 ms in a cold content script.
 */
const WIDTHS = new Uint8Array(0x10000).fill(2).fill(1, 0, 0x1100).fill(1, 0xd800, 0xe000);
WIDTHS[0x2014] = 1;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x0b || c === 0x0c;
}

/** A line this long is a paragraph, never a wrapped line: its exact width does not matter. */
const LONGEST_WRAPPED_LINE = 120;
/** Widths above this (long paragraphs) are never a wrap width. */
const MAX_WRAP_WIDTH = 2 * LONGEST_WRAPPED_LINE;

/** Display width of `text[start, end)` without trailing spaces. */
function lineWidth(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end - start > LONGEST_WRAPPED_LINE) return MAX_WRAP_WIDTH + 1;
  const table = WIDTHS;
  let width = 0;
  for (let i = start; i < end; i++) width += table[text.charCodeAt(i)];
  return width;
}

/** Where each line ends (its "\n" or the text's end) and its width. */
interface Lines {
  count: number;
  ends: Int32Array;
  widths: Int32Array;
}

function* measureLines(text: string): Generator<void, Lines, void> {
  let capacity = 1024;
  let ends = new Int32Array(capacity);
  let widths = new Int32Array(capacity);
  let count = 0;
  let start = 0;
  let work = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (count === capacity) {
      capacity *= 2;
      const moreEnds = new Int32Array(capacity);
      moreEnds.set(ends);
      ends = moreEnds;
      const moreWidths = new Int32Array(capacity);
      moreWidths.set(widths);
      widths = moreWidths;
    }
    ends[count] = end;
    widths[count++] = lineWidth(text, start, end);
    if (nl < 0) return { count, ends, widths };
    work += end - start + 1;
    if (work >= STEP) {
      work = 0;
      yield;
    }
    start = nl + 1;
  }
}

/**
 * The [min, max] width of the densest cluster of substantial lines, or null.
 * Widths are small integers, so a histogram stands in for sorting them.
 */
function wrapWidth(lines: Lines, spread: number): [number, number] | null {
  const histogram = new Int32Array(MAX_WRAP_WIDTH + 2);
  let substantial = 0;
  for (let i = 0; i < lines.count; i++) {
    const w = lines.widths[i];
    if (w < MIN_LINE_WIDTH) continue;
    substantial++;
    histogram[Math.min(w, MAX_WRAP_WIDTH + 1)]++;
  }
  if (substantial < MIN_WRAPPED_LINES) return null;
  let best = 0;
  let bestLow = 0;
  let bestHigh = 0;
  for (let low = MIN_LINE_WIDTH; low <= MAX_WRAP_WIDTH; low++) {
    if (histogram[low] === 0) continue;
    let inCluster = 0;
    let high = low;
    for (let w = low; w <= MAX_WRAP_WIDTH && w <= low * spread; w++) {
      if (histogram[w] === 0) continue;
      inCluster += histogram[w];
      high = w;
    }
    if (inCluster > best) {
      best = inCluster;
      bestLow = low;
      bestHigh = high;
    }
  }
  if (best < MIN_WRAPPED_LINES || best * 2 < substantial) return null;
  return [bestLow, bestHigh];
}

/**
 * Indexes of the "\n" characters that are wraps inside a paragraph, in
 * ascending order. Empty when the text is not hard-wrapped.
 */
export function findWrappedBreaks(text: string): Int32Array {
  const steps = findWrappedBreaksInSteps(text);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** {@link findWrappedBreaks} in steps of about 64 K characters. */
export function* findWrappedBreaksInSteps(text: string): Generator<void, Int32Array, void> {
  if (text.indexOf('\n') < 0) return new Int32Array(0);
  const lines = yield* measureLines(text);
  const cluster = wrapWidth(lines, CLUSTER_SPREAD);
  if (cluster) return wrapsNear(text, lines, cluster, false);
  // Lines cut by a count of characters rather than a width (digits are half as wide) spread
  // wider. Such a copy shows itself by its lines stopping mid-sentence, which lines that are
  // paragraphs do not: then only those lines are wraps.
  const loose = wrapWidth(lines, LOOSE_CLUSTER_SPREAD);
  if (!loose) return new Int32Array(0);
  const breaks = wrapsNear(text, lines, loose, true);
  return breaks.length * 2 >= countInCluster(text, lines, loose) ? breaks : new Int32Array(0);
}

/**
 * The line ends inside paragraphs, given the cluster of wrapped widths: lines in the
 * cluster, and lines a little short of it (a copy whose lines hold 25 to 30 characters,
 * or half-width commas) that stop mid-sentence. `midSentenceOnly` keeps only the latter.
 */
function wrapsNear(
  text: string,
  lines: Lines,
  [low, high]: [number, number],
  midSentenceOnly: boolean,
): Int32Array {
  const nearLow = Math.floor(low * NEAR_CLUSTER);
  const breaks: number[] = [];
  for (let i = 0; i + 1 < lines.count; i++) {
    const width = lines.widths[i];
    if (width > high * ABOVE_CLUSTER || width < nearLow || lines.widths[i + 1] === 0) continue;
    const midSentence = !endsSentence(text, i > 0 ? lines.ends[i - 1] + 1 : 0, lines.ends[i]);
    // A line a little wider than the rest (a typist's or a narrower font's) wraps only mid-sentence.
    const wraps = width > high + 2 ? midSentence : (width >= low && !midSentenceOnly) || midSentence;
    // The next line opens an item of its own (问题2：…, （二）…, 3.…): a list of lines without stops.
    const next = lines.ends[i] + 1;
    if (wraps && !opensItem(text, next) && !isPageMark(text, next, lines.ends[i + 1]))
      breaks.push(lines.ends[i]);
  }
  return Int32Array.from(breaks);
}

/** A list marker or a numbered label (问题2：) at the start of a line. */
const ITEM_START =
  /^[ \u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．]\D|[\u2460-\u2473]|[\u4e00-\u9fff]{1,6}\d{0,2}[：:])/;

function opensItem(text: string, lineStart: number): boolean {
  return ITEM_START.test(text.slice(lineStart, lineStart + 12));
}

/** A page number on a line of its own (－ 1 －, — 2 —, 第3页): the paragraph above does not run on into it. */
const PAGE_MARK =
  /^[ \u3000]*(?:[-－—–·]\s*\d{1,3}\s*[-－—–·]|第\s*\d{1,3}\s*页(?:[，,]?\s*共\s*\d{1,3}\s*页)?)[ \u3000]*$/;

function isPageMark(text: string, lineStart: number, lineEnd: number): boolean {
  return lineEnd - lineStart <= 16 && PAGE_MARK.test(text.slice(lineStart, lineEnd));
}

/** How many lines have a width in the cluster, but for the last lines of pages (which no wrap follows). */
function countInCluster(text: string, lines: Lines, [low, high]: [number, number]): number {
  let n = 0;
  for (let i = 0; i < lines.count; i++) {
    if (lines.widths[i] < low || lines.widths[i] > high) continue;
    if (i + 1 < lines.count && isPageMark(text, lines.ends[i] + 1, lines.ends[i + 1])) continue;
    n++;
  }
  return n;
}

/** How far above the cluster a line that stops mid-sentence may be and still be wrapped. */
const ABOVE_CLUSTER = 1.3;

/** How far below the cluster a line that stops mid-sentence may be and still be wrapped. */
const NEAR_CLUSTER = 0.8;

/** Characters that end a sentence or a heading: a line ending with one may end its paragraph. */
const SENTENCE_END = new Set([...'。！？；：!?;:…”」）)'].map((ch) => ch.charCodeAt(0)));

/** Whether the line `text[start, end)` ends with a sentence's (or a heading's) last character. */
function endsSentence(text: string, start: number, end: number): boolean {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end === start || SENTENCE_END.has(text.charCodeAt(end - 1));
}
