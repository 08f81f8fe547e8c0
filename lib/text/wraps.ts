/**
 * Finds the line breaks that a PDF copy (or a hard-wrapped page) put inside
 * paragraphs, so that normalisation can join "党\n组" back into "党组".
 *
 * Hard-wrapped text has most of its lines filled to nearly the same display
 * width; paragraphs written one per line have widths all over the place. So
 * the densest cluster of line widths decides: when at least half of the
 * substantial lines fall within 15 % of one another, a break after a line in
 * that cluster is a wrap, and a break after a shorter line ends a paragraph.
 */

const MIN_LINE_WIDTH = 16; // shorter lines (titles, menu items) say nothing about wrapping
const MIN_WRAPPED_LINES = 5;
const CLUSTER_SPREAD = 1.15;

/** Display width: Han and full-width forms count 2, everything else 1. */
function displayWidth(text: string, from: number, to: number): number {
  let width = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    width +=
      c >= 0x1100 && !(c >= 0xd800 && c <= 0xdfff) && c !== 0x2014 && c !== 0x201c && c !== 0x201d ? 2 : 1;
  }
  return width;
}

interface Line {
  start: number;
  end: number; // index of the "\n" (or text length)
  width: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let trimmed = end;
    while (trimmed > start && /\s/.test(text[trimmed - 1])) trimmed--;
    lines.push({ start, end, width: displayWidth(text, start, trimmed) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** The [min, max] width of the densest cluster of substantial lines, or null. */
function wrapWidth(lines: Line[]): [number, number] | null {
  const widths = lines
    .map((l) => l.width)
    .filter((w) => w >= MIN_LINE_WIDTH)
    .sort((a, b) => a - b);
  if (widths.length < MIN_WRAPPED_LINES) return null;
  let best = 0;
  let bestLow = 0;
  let hi = 0;
  for (let lo = 0; lo < widths.length; lo++) {
    while (hi < widths.length && widths[hi] <= widths[lo] * CLUSTER_SPREAD) hi++;
    if (hi - lo > best) {
      best = hi - lo;
      bestLow = lo;
    }
  }
  if (best < MIN_WRAPPED_LINES || best * 2 < widths.length) return null;
  return [widths[bestLow], widths[bestLow + best - 1]];
}

/**
 * Indexes of the "\n" characters that are wraps inside a paragraph, in
 * ascending order. Empty when the text is not hard-wrapped.
 */
export function findWrappedBreaks(text: string): Int32Array {
  if (text.indexOf('\n') < 0) return new Int32Array(0);
  const lines = splitLines(text);
  const cluster = wrapWidth(lines);
  if (!cluster) return new Int32Array(0);
  const [low, high] = cluster;
  const breaks: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.width >= low && line.width <= high + 2 && next.width > 0) breaks.push(line.end);
  }
  return Int32Array.from(breaks);
}
