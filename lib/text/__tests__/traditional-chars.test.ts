import { describe, expect, it } from 'vitest';
import { TRADITIONAL_ONLY_GAPS } from '../traditional-chars';
import { countTraditional, decodeTraditionalGaps } from '../traditional';
// @ts-expect-error a plain .mjs script without types
import { traditionalOnlyChars } from '../../../scripts/gen-traditional-chars.mjs';

describe('the Traditional-only characters (traditional-chars.ts)', () => {
  it('decode to exactly the characters opencc-js changes: run `node scripts/gen-traditional-chars.mjs` when this fails', () => {
    const decoded = decodeTraditionalGaps(TRADITIONAL_ONLY_GAPS).map((code) => String.fromCharCode(code));
    expect(decoded).toEqual(traditionalOnlyChars());
  });

  it('count Traditional characters and no Simplified ones', () => {
    expect(countTraditional('國內發展')).toBe(3);
    expect(countTraditional('国内发展')).toBe(0);
  });
});
