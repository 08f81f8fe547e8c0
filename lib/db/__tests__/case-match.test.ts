import { beforeAll, describe, expect, it } from 'vitest';
import { loadTraditionalConverter } from '../../text/load-converter';
import { roundKey, suggestCases, unambiguousCase, unitCore } from '../case-match';
import { createSearchKey, type SearchKeyFn } from '../search-key';
import type { LedgerCase } from '../types';

let key: SearchKeyFn;
beforeAll(async () => {
  key = createSearchKey(await loadTraditionalConverter());
});

let n = 0;
const aCase = (unit: string, round: string): LedgerCase => ({
  id: `c${++n}`,
  unit,
  round,
  created: n,
  updated: n,
});

describe('case matching', () => {
  it('reduces a unit to its core and a round to year and number', () => {
    expect(unitCore('县教育局党组', key)).toBe('县教育局');
    expect(unitCore('縣教育局 領導班子', key)).toBe('县教育局');
    expect(unitCore('县委办公室', key)).toBe('县委办公室');
    expect(unitCore('党委', key)).toBe('党委'); // a bare organ is not stripped to nothing
    expect(roundKey('2023年第二轮巡察', key)).toBe('2023|2');
    expect(roundKey('2023年度 第2轮', key)).toBe('2023|2');
    expect(roundKey('十四届县委第十二轮巡察', key)).toBe('|12');
    expect(roundKey('专项巡察', key)).toBe('');
  });

  it('ranks same unit, then same core, then containment; the round decides between rounds', () => {
    const exact = aCase('县教育局党组', '2020年第一轮巡察');
    const core = aCase('县教育局', '2023年第二轮巡察');
    const contains = aCase('教育局', '');
    const other = aCase('县财政局党组', '2023年第二轮巡察');
    const ranked = suggestCases([other, contains, exact, core], '县教育局党组', '2023年第2轮巡察', key);
    expect(ranked.map((s) => [s.case.id, s.score])).toEqual([
      [core.id, 3],
      [exact.id, 1.25],
      [contains.id, 1],
    ]);
    expect(unambiguousCase(ranked)).toBe(core);
  });

  it('never assigns a case of another round, nor one of two equal candidates', () => {
    const old = aCase('县教育局党组', '2020年第一轮巡察');
    expect(unambiguousCase(suggestCases([old], '县教育局党组', '2023年第二轮巡察', key))).toBeUndefined();
    expect(unambiguousCase(suggestCases([old], '县教育局党组', undefined, key))).toBe(old);
    const a = aCase('县教育局', '2021年巡察');
    const b = aCase('县教育局', '2024年巡察');
    expect(unambiguousCase(suggestCases([a, b], '县教育局党组', undefined, key))).toBeUndefined();
    expect(unambiguousCase(suggestCases([aCase('教育局', '')], '县教育局', undefined, key))).toBeUndefined();
    expect(suggestCases([a], undefined, undefined, key)).toEqual([]);
  });
});
