import { describe, expect, it } from 'vitest';
import { OffsetMapBuilder } from '../offset-map';

/** A map built from a full per-character list, as normalisation would write it. */
function mapOf(offsets: number[], originalLength: number) {
  const builder = new OffsetMapBuilder();
  offsets.forEach((from, index) => builder.map(index, from));
  return builder.build(offsets.length, originalLength);
}

describe('OffsetMap', () => {
  it('stores one run per change of shift', () => {
    const offsets = [0, 1, 2, 5, 6, 7, 9, 12, 13];
    const map = mapOf(offsets, 20);
    expect(offsets.map((_, i) => map.at(i))).toEqual(offsets);
    expect(map.at(offsets.length)).toBe(20);
  });

  it('answers reads in any order, forward, backward and jumping', () => {
    // Many runs, so a read far from the last one must search.
    const offsets: number[] = [];
    let from = 0;
    for (let i = 0; i < 5000; i++) {
      from += i % 7 === 0 ? 3 : 1;
      offsets.push(from);
    }
    const map = mapOf(offsets, from + 1);
    const order = [4999, 0, 2500, 2501, 2499, 17, 4000, 3, 3, 4998, 1];
    for (const i of order) expect(map.at(i), `at(${i})`).toBe(offsets[i]);
    for (let i = offsets.length - 1; i >= 0; i -= 13) expect(map.at(i)).toBe(offsets[i]);
  });

  it('maps an empty text to the original length', () => {
    const map = new OffsetMapBuilder().build(0, 4);
    expect(map.at(0)).toBe(4);
  });
});
