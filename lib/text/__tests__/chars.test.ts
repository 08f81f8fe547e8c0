import { describe, expect, it } from 'vitest';
import * as chars from '../chars';

/** The class bits of one code unit, from the predicates the table stands for. */
function expectedBits(c: number): number {
  let bits = 0;
  if (chars.isHorizontalSpace(c)) bits |= chars.CHAR_SPACE | chars.CHAR_SLOW;
  if (chars.isInvisible(c) || c === 0x0d) bits |= chars.CHAR_INVISIBLE | chars.CHAR_SLOW;
  if (chars.isHan(c)) bits |= chars.CHAR_HAN;
  if (chars.isCjkPunct(c)) bits |= chars.CHAR_CJK_PUNCT;
  if (chars.isAsciiLetter(c) || chars.isAsciiDigit(c)) bits |= chars.CHAR_ALNUM | chars.CHAR_SLOW;
  if (chars.isSentenceEnd(c)) bits |= chars.CHAR_SENTENCE_END;
  if (c === 0x0a || c === chars.CELL_LINE_BREAK.charCodeAt(0))
    bits |= chars.CHAR_LINE_BREAK | chars.CHAR_SLOW;
  if ('(（,;:?!'.includes(String.fromCharCode(c))) bits |= chars.CHAR_SLOW;
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
    bits |= chars.CHAR_SLOW;
  if ('％＋－．／＝＠'.includes(String.fromCharCode(c))) bits |= chars.CHAR_SLOW;
  return bits;
}

describe('charClasses', () => {
  it('agrees with the predicates on every UTF-16 code unit', () => {
    const table = chars.charClasses();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (table[c] !== expectedBits(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});
