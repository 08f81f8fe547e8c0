/**
 * Character classes used by normalisation and segmentation. All work on
 * UTF-16 code units so that the hot loops never build strings.
 */

/**
 * The ditto mark 〃: the page reader's stand-in for a table cell covered by the one above it
 * (rowspan) or by the one before it (colspan), so that every row keeps its cells in their columns.
 */
export const DITTO = '\u3003';

/**
 * The page reader's line break inside a table cell (a cell of several lines, 城关镇人民政府<br>某某):
 * normalisation reads it as "\n", and the table's columns read the lines as one cell.
 */
export const CELL_LINE_BREAK = '\u2028';

/** Han ideographs (basic block, extension A, compatibility). */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Chinese punctuation and quote marks that sit between Han characters. */
export function isCjkPunct(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) || // 、。〈〉《》「」『』【】〔〕
    (code >= 0xff01 && code <= 0xff0f) || // ！＂＃…／ full-width punctuation
    (code >= 0xff1a && code <= 0xff20) || // ：；＜＝＞？＠
    code === 0x201c ||
    code === 0x201d || // “ ”
    code === 0x2018 ||
    code === 0x2019 || // ‘ ’
    code === 0x2014 || // —
    code === 0x2026 || // …
    code === 0x00b7 // ·
  );
}

/** Han or Chinese punctuation: text that Chinese spacing rules apply to. */
export function isCjk(code: number): boolean {
  return isHan(code) || isCjkPunct(code);
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Spaces and tabs, including the ideographic and no-break spaces; not line breaks. */
export function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003
  );
}

/** Characters that carry nothing and are dropped: zero-width marks, soft hyphen, BOM. */
export function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff || code === 0x00ad;
}

/** Sentence-final marks (after half-width forms have been made full-width). */
export function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff1b || code === 0xff1f || code === 0xff01; // 。；？！
}

/** Lower-case Latin letters and the tone-marked vowels that pinyin uses. */
export function isPinyinLetter(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true;
  switch (code) {
    case 0xe0: // à
    case 0xe1: // á
    case 0xe8: // è
    case 0xe9: // é
    case 0xec: // ì
    case 0xed: // í
    case 0xf2: // ò
    case 0xf3: // ó
    case 0xf9: // ù
    case 0xfa: // ú
    case 0xfc: // ü
    case 0x101: // ā
    case 0x113: // ē
    case 0x11b: // ě
    case 0x12b: // ī
    case 0x14d: // ō
    case 0x16b: // ū
    case 0x1ce: // ǎ
    case 0x1d0: // ǐ
    case 0x1d2: // ǒ
    case 0x1d4: // ǔ
    case 0x1d6: // ǖ
    case 0x1d8: // ǘ
    case 0x1da: // ǚ
    case 0x1dc: // ǜ
      return true;
  }
  return false;
}

/** Bits of {@link charClasses}: what a UTF-16 code unit is, for table-driven hot loops. */
export const CHAR_SPACE = 1; // horizontal space
export const CHAR_INVISIBLE = 2; // dropped: zero-width marks, soft hyphen, BOM, carriage return
export const CHAR_HAN = 4;
export const CHAR_CJK_PUNCT = 8;
export const CHAR_ALNUM = 16; // ASCII letter or digit
export const CHAR_SENTENCE_END = 32; // 。；？！
export const CHAR_LINE_BREAK = 64; // \n
/** Needs more than a copy during normalisation (see normalize.ts). */
export const CHAR_SLOW = 128;

let classTable: Uint8Array | null = null;

/**
 * One byte of class bits per UTF-16 code unit, built on first use (64 KB):
 * lets loops over millions of characters classify with one array read.
 */
export function charClasses(): Uint8Array {
  if (classTable) return classTable;
  const table = new Uint8Array(0x10000);
  // Han blocks hold nothing but Han: filled whole, so the build (on every page load)
  // tests only the 40 K code units outside them, not all 64 K.
  table.fill(CHAR_HAN, 0x3400, 0x4dc0);
  table.fill(CHAR_HAN, 0x4e00, 0xa000);
  table.fill(CHAR_HAN, 0xf900, 0xfb00);
  const classify = (c: number) => {
    let bits = 0;
    if (isHorizontalSpace(c)) bits |= CHAR_SPACE | CHAR_SLOW;
    if (isInvisible(c) || c === 0x0d) bits |= CHAR_INVISIBLE | CHAR_SLOW;
    if (isCjkPunct(c)) bits |= CHAR_CJK_PUNCT;
    if (isAsciiLetter(c) || isAsciiDigit(c)) bits |= CHAR_ALNUM | CHAR_SLOW;
    if (isSentenceEnd(c)) bits |= CHAR_SENTENCE_END;
    if (c === 0x0a || c === 0x2028) bits |= CHAR_LINE_BREAK | CHAR_SLOW;
    // Parentheses (pinyin), half-width , ; : ? ! and full-width forms that fold.
    if (c === 0x28 || c === 0xff08 || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21)
      bits |= CHAR_SLOW;
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
      bits |= CHAR_SLOW;
    if (
      c === 0xff05 ||
      c === 0xff0b ||
      c === 0xff0d ||
      c === 0xff0e ||
      c === 0xff0f ||
      c === 0xff1d ||
      c === 0xff20
    )
      bits |= CHAR_SLOW;
    return bits;
  };
  // Every other class lives in these blocks: Latin, general punctuation and spaces, CJK
  // symbols, BOM and the full-width forms.
  const blocks: [number, number][] = [
    [0x0000, 0x0100],
    [0x2000, 0x2070],
    [0x3000, 0x3040],
    [0xfe00, 0x10000],
  ];
  for (const [from, to] of blocks) for (let c = from; c < to; c++) table[c] = classify(c);
  classTable = table;
  return table;
}
