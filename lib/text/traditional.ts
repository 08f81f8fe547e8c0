import { TRADITIONAL_ONLY_GAPS } from './traditional-chars';

/** A Traditional → Simplified converter (opencc-js `tw` → `cn`). */
export type TraditionalConverter = (text: string) => string;

let traditionalTable: Uint8Array | null = null;

function table(): Uint8Array {
  if (!traditionalTable) {
    traditionalTable = new Uint8Array(0x10000);
    for (const code of decodeTraditionalGaps(TRADITIONAL_ONLY_GAPS)) traditionalTable[code] = 1;
  }
  return traditionalTable;
}

/**
 * The code points of traditional-chars.ts: each character is the gap to the
 * previous code point, printable ASCII without ' and \ (space is 1, ! is 2…);
 * ~ and four hex digits give a code point outright (see scripts/gen-traditional-chars.mjs).
 */
export function decodeTraditionalGaps(gaps: string): number[] {
  const codes: number[] = [];
  let code = 0;
  for (let i = 0; i < gaps.length; i++) {
    const c = gaps.charCodeAt(i);
    if (c === 0x7e) {
      code = parseInt(gaps.slice(i + 1, i + 5), 16);
      i += 4;
    } else code += c - 0x1f - (c > 0x27 ? 1 : 0) - (c > 0x5c ? 1 : 0);
    codes.push(code);
  }
  return codes;
}

/** How many Traditional-only characters `text[from, to)` holds. */
export function countTraditional(text: string, from = 0, to = text.length): number {
  const t = table();
  let n = 0;
  for (let i = from; i < to; i++) n += t[text.charCodeAt(i)];
  return n;
}

/**
 * True when a stretch of text is written in Traditional characters. Two hits
 * are required so that one stray character (a name, a quoted title) does not
 * make a Simplified paragraph go through the converter.
 */
export function looksTraditional(text: string, from = 0, to = text.length): boolean {
  const t = table();
  let n = 0;
  for (let i = from; i < to; i++) {
    n += t[text.charCodeAt(i)];
    if (n >= 2) return true;
  }
  return false;
}
