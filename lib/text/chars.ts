/**
 * Character classes used by normalisation and segmentation. All work on
 * UTF-16 code units so that the hot loops never build strings.
 */

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
