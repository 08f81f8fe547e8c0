import { TRADITIONAL_ONLY_CHARS } from './traditional-chars';

/** A Traditional → Simplified converter (opencc-js `tw` → `cn`). */
export type TraditionalConverter = (text: string) => string;

let traditionalTable: Uint8Array | null = null;

function table(): Uint8Array {
  if (!traditionalTable) {
    traditionalTable = new Uint8Array(0x10000);
    for (let i = 0; i < TRADITIONAL_ONLY_CHARS.length; i++)
      traditionalTable[TRADITIONAL_ONLY_CHARS.charCodeAt(i)] = 1;
  }
  return traditionalTable;
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
