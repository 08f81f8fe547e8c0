/**
 * Turns text as pages deliver it into text the detector and matcher can read,
 * while keeping a map back to the original: every finding and every piece of
 * evidence is reported as offsets into the original text, because that is
 * what the highlighter paints and what the user sees.
 *
 * What it does, in one pass:
 * - drops zero-width marks, soft hyphens and carriage returns;
 * - drops pinyin annotations after Han characters: 內(nèi) → 內;
 * - joins line breaks that a PDF copy put inside paragraphs (see wraps.ts);
 * - collapses runs of spaces, and drops them between Chinese characters;
 * - folds full-width letters and digits to ASCII (１２→12, ＡＢ→AB);
 * - makes half-width , ; : ? ! next to Chinese text full-width;
 * - drops junk tokens that mirror sites glue between Han characters (w7k2x);
 * - with a converter, turns Traditional paragraphs into Simplified.
 */
import {
  CHAR_SLOW,
  charClasses,
  isAsciiDigit,
  isAsciiLetter,
  isCjk,
  isHan,
  isHorizontalSpace,
  isInvisible,
  isPinyinLetter,
} from './chars';
import { OffsetMapBuilder, type OffsetMap } from './offset-map';
import { findWrappedBreaksInSteps } from './wraps';
import { countTraditional, type TraditionalConverter } from './traditional';

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /**
   * For each index `i` of `text`, `toOriginal.at(i)` is the index in the
   * original text of the character it came from; `at(text.length)` is the
   * original length.
   */
  toOriginal: OffsetMap;
  /** The original text. */
  original: string;
  /** Whether any paragraph was converted from Traditional characters. */
  converted: boolean;
}

export interface NormalizeOptions {
  /** Converts Traditional paragraphs when given; see `load-converter.ts`. */
  converter?: TraditionalConverter | null;
}

/** Half-width , ; : ? ! → ，；：？！ (0 for everything else). */
function halfToFullPunct(c: number): number {
  switch (c) {
    case 0x2c:
      return 0xff0c;
    case 0x3b:
      return 0xff1b;
    case 0x3a:
      return 0xff1a;
    case 0x3f:
      return 0xff1f;
    case 0x21:
      return 0xff01;
  }
  return 0;
}

/** How many characters one step of {@link normalizeInSteps} handles before it yields. */
export const NORMALIZE_STEP = 32_768;

const MAX_PINYIN = 24;
const MIN_JUNK = 5;

/**
 * If `text[at]` opens a pinyin annotation such as "(nèi)" or "（wěi）",
 * returns the index after its closing parenthesis, else -1.
 */
function pinyinAnnotationEnd(text: string, at: number): number {
  let letters = 0;
  for (let i = at + 1; i < text.length && i - at <= MAX_PINYIN; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === 0xff09) return letters > 0 ? i + 1 : -1;
    if (isPinyinLetter(c)) letters++;
    else if (c !== 0x20) return -1;
  }
  return -1;
}

/**
 * If an ASCII run starting at `at` mixes letters and digits, is at least
 * MIN_JUNK long and is glued to Han characters on both sides, it is noise a
 * mirror site injected ("落实w7k2x到位"); returns the index after it, else -1.
 * Years, counts ("12345热线") and acronyms ("PDF") are never dropped: they
 * are all digits or all letters.
 */
function junkTokenEnd(text: string, at: number): number {
  let letters = 0;
  let digits = 0;
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) letters++;
    else if (isAsciiDigit(c)) digits++;
    else break;
  }
  if (i - at < MIN_JUNK || letters === 0 || digits === 0) return -1;
  return i < text.length && isHan(text.charCodeAt(i)) ? i : -1;
}

/** Full-width letters, digits and a few symbols fold to ASCII; Chinese punctuation stays. */
function foldWidth(c: number): number {
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
    return c - 0xfee0;
  if (
    c === 0xff05 ||
    c === 0xff0b ||
    c === 0xff0d ||
    c === 0xff0e ||
    c === 0xff0f ||
    c === 0xff1d ||
    c === 0xff20
  ) {
    return c - 0xfee0; // ％ ＋ － ． ／ ＝ ＠
  }
  return c;
}

function nextVisible(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHorizontalSpace(c) && !isInvisible(c)) return c;
  }
  return 0;
}

/** Normalises `original`; see the module comment for what changes. */
export function normalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const steps = normalizeInSteps(original, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link normalize} in steps: yields after every {@link NORMALIZE_STEP}
 * characters or so, so that a caller on a page's main thread can give it
 * back between steps. Runs of characters that need nothing (Han, Chinese
 * punctuation) are scanned with one table read each and kept as slices of
 * the original.
 */
export function* normalizeInSteps(
  original: string,
  options: NormalizeOptions = {},
): Generator<void, NormalizedText, void> {
  const n = original.length;
  const joins = yield* findWrappedBreaksInSteps(original);
  const state: CopyState = {
    original,
    joins,
    out: new TextWriter(original),
    i: 0,
    nextJoin: 0,
    pendingSpace: -1,
    pendingTabs: false,
    lineStart: 0,
  };
  for (;;) {
    copyNormalized(state, Math.min(n, state.i + NORMALIZE_STEP));
    if (state.i >= n) break;
    yield;
  }
  let text = state.out.text();
  const toOriginal = state.out.offsets.build(text.length, n);
  let converted = false;
  if (options.converter) {
    yield;
    const result = yield* convertTraditionalParagraphs(text, options.converter);
    converted = result !== text;
    text = result;
  }
  return { text, toOriginal, original, converted };
}

/**
 * The normalised text as it is written: pieces of the original kept as they
 * are, joined only at the end, and the characters that changed.
 */
class TextWriter {
  private readonly parts: string[] = [];
  /** `original[runFrom, runTo)` follows `parts`: kept, not yet cut out. */
  private runFrom = 0;
  private runTo = 0;
  /** Characters written. */
  length = 0;
  /** The last character written (0 before any). */
  last = 0;
  readonly offsets = new OffsetMapBuilder();

  constructor(private readonly original: string) {}

  /** Writes `original[from, to)` as it is. */
  keep(from: number, to: number): void {
    if (from !== this.runTo) {
      this.cut();
      this.runFrom = from;
    }
    this.runTo = to;
    this.offsets.map(this.length, from);
    this.length += to - from;
    this.last = this.original.charCodeAt(to - 1);
  }

  /** Writes `c`, which stands for `original[from]`. */
  put(c: number, from: number): void {
    if (c === this.original.charCodeAt(from)) {
      this.keep(from, from + 1);
      return;
    }
    this.cut();
    this.runFrom = this.runTo = -1;
    this.parts.push(String.fromCharCode(c));
    this.offsets.map(this.length, from);
    this.length++;
    this.last = c;
  }

  /** The last `count` characters written. */
  tail(count: number): string {
    let tail =
      this.runTo > this.runFrom
        ? this.original.slice(Math.max(this.runFrom, this.runTo - count), this.runTo)
        : '';
    for (let k = this.parts.length - 1; k >= 0 && tail.length < count; k--)
      tail = this.parts[k].slice(-(count - tail.length)) + tail;
    return tail;
  }

  /**
   * The text written, less a trailing line break (it carries nothing). Joined from two
   * pieces at least, so that it is a string of its own: a lone slice would stay a view
   * into the original, and every later pass would read each character through it.
   */
  text(): string {
    this.cut();
    const { parts } = this;
    const last = parts.length - 1;
    if (last >= 0 && parts[last].charCodeAt(parts[last].length - 1) === 0x0a) {
      parts[last] = parts[last].slice(0, -1);
      this.length--;
    }
    if (parts.length === 1 && parts[0].length > 1) {
      const half = parts[0].length >> 1;
      return [parts[0].slice(0, half), parts[0].slice(half)].join('');
    }
    return parts.join('');
  }

  private cut(): void {
    if (this.runTo > this.runFrom) this.parts.push(this.original.slice(this.runFrom, this.runTo));
    this.runFrom = this.runTo;
  }
}

/** Where the copying loop of {@link normalizeInSteps} stands between steps. */
interface CopyState {
  original: string;
  joins: Int32Array;
  out: TextWriter;
  /** Next original index to read. */
  i: number;
  nextJoin: number;
  /** Original index of a run of spaces not yet emitted, or -1. */
  pendingSpace: number;
  /** The run of spaces is tabs only (a column break when it stands inside a line). */
  pendingTabs: boolean;
  /** Index of the output where the current line starts. */
  lineStart: number;
}

/**
 * Copies `original[state.i, limit)` into `state.out` normalised (a plain
 * function rather than the generator's body, so the engine optimises it).
 */
function copyNormalized(state: CopyState, limit: number): void {
  const { original, joins, out } = state;
  const n = original.length;
  const classes = charClasses();
  let { i, nextJoin, pendingSpace, pendingTabs, lineStart } = state;
  while (i < limit) {
    let c = original.charCodeAt(i);
    if ((classes[c] & CHAR_SLOW) === 0 && pendingSpace < 0) {
      let end = i + 1;
      while (end < limit && (classes[original.charCodeAt(end)] & CHAR_SLOW) === 0) end++;
      out.keep(i, end);
      i = end;
      continue;
    }
    if (c === 0x0d || isInvisible(c)) {
      i++;
      continue;
    }
    if (c === 0x2028) c = 0x0a; // a line break inside a table cell (see CELL_LINE_BREAK)
    if (c === 0x0a) {
      pendingSpace = -1;
      while (nextJoin < joins.length && joins[nextJoin] < i) nextJoin++;
      if (nextJoin < joins.length && joins[nextJoin] === i) {
        // A wrap inside a paragraph: join the lines and drop the next line's indent.
        i++;
        while (i < n && isHorizontalSpace(original.charCodeAt(i))) i++;
        continue;
      }
      if (out.length > 0 && out.last !== 0x0a) out.put(0x0a, i);
      lineStart = out.length;
      i++;
      continue;
    }
    if (isHorizontalSpace(c)) {
      if (pendingSpace < 0) {
        pendingSpace = i;
        pendingTabs = true;
      }
      if (c !== 0x09) pendingTabs = false;
      i++;
      continue;
    }
    const prev = out.last;
    if ((c === 0x28 || c === 0xff08) && isHan(prev)) {
      const end = pinyinAnnotationEnd(original, i);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    if (pendingSpace < 0 && isHan(prev) && (isAsciiLetter(c) || isAsciiDigit(c))) {
      const end = junkTokenEnd(original, i);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    c = foldWidth(c);
    const full = halfToFullPunct(c);
    if (full && (isCjk(prev) || isCjk(nextVisible(original, i + 1)))) c = full;
    if (pendingSpace >= 0) {
      if (pendingTabs && prev !== 0x0a && !onlyListMarker(out, lineStart)) {
        // Tabs inside a line separate the columns of a table copied as text
        // (1\t问题\t措施\t责任人): each cell reads as a line. After a list marker
        // (一、\t总体要求) a tab is only an indent.
        out.put(0x0a, pendingSpace);
        lineStart = out.length;
      } else if (out.length > 0 && prev !== 0x0a && !(isCjk(prev) && isCjk(c))) {
        // Spaces between Chinese characters are layout, not words; elsewhere keep one.
        out.put(0x20, pendingSpace);
      }
      pendingSpace = -1;
    }
    out.put(c, i);
    i++;
  }
  state.i = i;
  state.nextJoin = nextJoin;
  state.pendingSpace = pendingSpace;
  state.pendingTabs = pendingTabs;
  state.lineStart = lineStart;
}

/** Characters of list markers (一、, （十一）, 1., 第三条). */
const MARKER_CHARS = new Set(
  [...'一二三四五六七八九十百零〇0123456789（）()、.．第条是'].map((ch) => ch.charCodeAt(0)),
);

/** Whether the output's line since `lineStart` holds a list marker at most: a tab after it is an indent. */
function onlyListMarker(out: TextWriter, lineStart: number): boolean {
  const length = out.length - lineStart;
  if (length === 0) return true; // a tab that opens the line indents it
  if (length > 6) return false;
  const line = out.tail(length);
  for (let k = 0; k < length; k++) if (!MARKER_CHARS.has(line.charCodeAt(k))) return false;
  // A marker ends with its punctuation (一、 1. （一） 第三条 一是); a bare number is a table's first cell.
  return MARKER_ENDS.has(line.charCodeAt(length - 1));
}

/** Last characters of list markers. */
const MARKER_ENDS = new Set([...'、.．）)条是'].map((ch) => ch.charCodeAt(0)));

/** A whole text with this many Traditional-only characters is a Traditional document. */
const TRADITIONAL_DOCUMENT = 10;

/**
 * Converts each paragraph that looks Traditional: two Traditional-only
 * characters, or one in a document that is Traditional as a whole. The
 * converter keeps length almost always; when a phrase rule changes it, that
 * paragraph is converted character by character, so the offset map stays exact.
 */
function* convertTraditionalParagraphs(
  text: string,
  convert: TraditionalConverter,
): Generator<void, string, void> {
  const traditional = countTraditional(text);
  if (traditional >= TRADITIONAL_DOCUMENT && traditional * TRADITIONAL_SHARE >= text.length) {
    // A Traditional document as a whole: large pieces, cut between sentences, go to the converter.
    return yield* convertWhole(text, convert);
  }
  const threshold = traditional >= TRADITIONAL_DOCUMENT ? 1 : 2;
  const parts: string[] = [];
  let changed = false;
  let work = 0;
  // Paragraphs to convert go to the converter together, joined by line breaks (each call
  // has a cost of its own), in batches of about BATCH characters: their indexes in `parts`.
  const batch: number[] = [];
  let batchChars = 0;
  function* flush(): Generator<void, void, void> {
    if (batch.length === 0) return;
    const source = batch.length === 1 ? parts[batch[0]] : batch.map((k) => parts[k]).join('\n');
    let result = '';
    for (let from = 0; from < source.length;) {
      const to = pieceEnd(source, from);
      result += convert(source.slice(from, to));
      work += (to - from) * CONVERSION_COST;
      from = to;
      if (work >= NORMALIZE_STEP) {
        work = 0;
        yield;
      }
    }
    if (result !== source) {
      changed = true;
      const converted =
        result.length === source.length ? result.split('\n') : convertEachKeepingLength(source, convert);
      for (let i = 0; i < batch.length; i++) parts[batch[i]] = converted[i];
    }
    batch.length = 0;
    batchChars = 0;
  }
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    parts.push(text.slice(start, end));
    if (countTraditional(text, start, end) >= threshold) {
      batch.push(parts.length - 1);
      batchChars += end - start + 1;
      if (batchChars >= BATCH) yield* flush();
    }
    work += end - start;
    start = end + 1;
    if (work >= NORMALIZE_STEP) {
      work = 0;
      yield;
    }
  }
  yield* flush();
  return changed ? parts.join('\n') : text;
}

/** A text where one character in this many is Traditional-only is converted as a whole. */
const TRADITIONAL_SHARE = 40;
/** Characters per converter call when a whole text is converted. */
const WHOLE_PIECE = 16_384;

/** Converts all of `text`, piece by piece, keeping every character where it was. */
function* convertWhole(text: string, convert: TraditionalConverter): Generator<void, string, void> {
  const pieces: string[] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + WHOLE_PIECE);
    if (to < text.length) {
      const cut = Math.max(text.lastIndexOf('\n', to), text.lastIndexOf('。', to));
      if (cut > from) to = cut + 1;
    }
    const source = text.slice(from, to);
    const result = convert(source);
    pieces.push(
      result.length === source.length ? result : convertEachKeepingLength(source, convert).join('\n'),
    );
    from = to;
    yield;
  }
  return pieces.join('');
}

/** Characters of Traditional text per converter call. */
const BATCH = 4096;

/**
 * Converts the paragraphs of `source` (joined by line breaks) one by one,
 * and one whose length a phrase rule changes character by character, so
 * that every character stays where it was.
 */
function convertEachKeepingLength(source: string, convert: TraditionalConverter): string[] {
  return source.split('\n').map((paragraph) => {
    const converted = convert(paragraph);
    if (converted.length === paragraph.length) return converted;
    let out = '';
    for (const ch of paragraph) {
      const one = convert(ch);
      out += one.length === ch.length ? one : ch;
    }
    return out;
  });
}

/** The converter costs about this many plain passes per character. */
const CONVERSION_COST = 8;

/**
 * Where the piece of `paragraph` from `from` that one converter call gets
 * ends: the whole rest when it is short, else after a sentence end, so that
 * no phrase the converter knows is cut in two.
 */
function pieceEnd(paragraph: string, from: number): number {
  const limit = from + NORMALIZE_STEP / CONVERSION_COST;
  if (limit >= paragraph.length) return paragraph.length;
  const cut = Math.max(
    paragraph.lastIndexOf('\n', limit),
    paragraph.lastIndexOf('。', limit),
    paragraph.lastIndexOf('；', limit),
  );
  return cut >= from ? cut + 1 : limit;
}

/**
 * The original span `[start, end)` that normalised `[from, to)` came from.
 * The end reaches past the last character's surrogate pair, if any.
 */
export function toOriginalSpan(norm: NormalizedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = norm.toOriginal.at(Math.min(from, norm.text.length));
    return [at, at];
  }
  const start = norm.toOriginal.at(from);
  const last = norm.toOriginal.at(to - 1);
  const code = norm.original.charCodeAt(last);
  return [start, last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)];
}
