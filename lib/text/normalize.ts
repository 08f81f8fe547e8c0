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
  isAsciiDigit,
  isAsciiLetter,
  isCjk,
  isHan,
  isHorizontalSpace,
  isInvisible,
  isPinyinLetter,
} from './chars';
import { findWrappedBreaks } from './wraps';
import { countTraditional, type TraditionalConverter } from './traditional';

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /**
   * For each index `i` of `text`, the index in the original text of the
   * character it came from; `toOriginal[text.length]` is the original length.
   */
  toOriginal: Int32Array;
  /** The original text. */
  original: string;
  /** Whether any paragraph was converted from Traditional characters. */
  converted: boolean;
}

export interface NormalizeOptions {
  /** Converts Traditional paragraphs when given; see `load-converter.ts`. */
  converter?: TraditionalConverter | null;
}

const HALF_TO_FULL_PUNCT: Record<number, number> = {
  0x2c: 0xff0c, // , → ，
  0x3b: 0xff1b, // ; → ；
  0x3a: 0xff1a, // : → ：
  0x3f: 0xff1f, // ? → ？
  0x21: 0xff01, // ! → ！
};

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

const utf16 = new TextDecoder('utf-16le');

/** Normalises `original`; see the module comment for what changes. */
export function normalize(original: string, options: NormalizeOptions = {}): NormalizedText {
  const n = original.length;
  const joins = findWrappedBreaks(original);
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let o = 0;
  let nextJoin = 0;
  let pendingSpace = -1; // original index of a run of spaces not yet emitted
  let i = 0;
  while (i < n) {
    let c = original.charCodeAt(i);
    if (c === 0x0d || isInvisible(c)) {
      i++;
      continue;
    }
    if (c === 0x0a) {
      pendingSpace = -1;
      while (nextJoin < joins.length && joins[nextJoin] < i) nextJoin++;
      if (nextJoin < joins.length && joins[nextJoin] === i) {
        // A wrap inside a paragraph: join the lines and drop the next line's indent.
        i++;
        while (i < n && isHorizontalSpace(original.charCodeAt(i))) i++;
        continue;
      }
      if (o > 0 && out[o - 1] !== 0x0a) {
        out[o] = 0x0a;
        map[o++] = i;
      }
      i++;
      continue;
    }
    if (isHorizontalSpace(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    const prev = o > 0 ? out[o - 1] : 0;
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
    const full = HALF_TO_FULL_PUNCT[c];
    if (full && (isCjk(prev) || isCjk(nextVisible(original, i + 1)))) c = full;
    if (pendingSpace >= 0) {
      // Spaces between Chinese characters are layout, not words; elsewhere keep one.
      if (o > 0 && prev !== 0x0a && !(isCjk(prev) && isCjk(c))) {
        out[o] = 0x20;
        map[o++] = pendingSpace;
      }
      pendingSpace = -1;
    }
    out[o] = c;
    map[o++] = i;
    i++;
  }
  // A trailing line break carries nothing.
  if (o > 0 && out[o - 1] === 0x0a) o--;
  map[o] = n;
  let text = utf16.decode(out.subarray(0, o));
  let converted = false;
  if (options.converter) {
    const result = convertTraditionalParagraphs(text, options.converter);
    converted = result !== text;
    text = result;
  }
  return { text, toOriginal: map.slice(0, o + 1), original, converted };
}

/** A whole text with this many Traditional-only characters is a Traditional document. */
const TRADITIONAL_DOCUMENT = 10;

/**
 * Converts each paragraph that looks Traditional: two Traditional-only
 * characters, or one in a document that is Traditional as a whole. The
 * converter keeps length almost always; when a phrase rule changes it, that
 * paragraph is converted character by character, so the offset map stays exact.
 */
function convertTraditionalParagraphs(text: string, convert: TraditionalConverter): string {
  const threshold = countTraditional(text) >= TRADITIONAL_DOCUMENT ? 1 : 2;
  const parts: string[] = [];
  let start = 0;
  let changed = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let paragraph = text.slice(start, end);
    if (countTraditional(text, start, end) >= threshold) {
      let result = convert(paragraph);
      if (result.length !== paragraph.length) {
        result = '';
        for (const ch of paragraph) {
          const one = convert(ch);
          result += one.length === ch.length ? one : ch;
        }
      }
      if (result !== paragraph) changed = true;
      paragraph = result;
    }
    parts.push(paragraph);
    start = end + 1;
  }
  return changed ? parts.join('\n') : text;
}

/**
 * The original span `[start, end)` that normalised `[from, to)` came from.
 * The end reaches past the last character's surrogate pair, if any.
 */
export function toOriginalSpan(norm: NormalizedText, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = norm.toOriginal[Math.min(from, norm.text.length)];
    return [at, at];
  }
  const start = norm.toOriginal[from];
  const last = norm.toOriginal[to - 1];
  const code = norm.original.charCodeAt(last);
  return [start, last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)];
}
