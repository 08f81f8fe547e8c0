import { beforeAll, describe, expect, it } from 'vitest';
import { loadTraditionalConverter } from '../../text/load-converter';
import { createSearchKey, type SearchKeyFn } from '../search-key';

let key: SearchKeyFn;
beforeAll(async () => {
  key = createSearchKey(await loadTraditionalConverter());
});

const TEXTS = [
  '由局党组书记牵头，2024年3月底前完成对全县中小学党组织书记的专题培训。',
  '建立校園食堂大宗食材集中採購制度，６月底前實現全縣公辦學校全覆蓋。',
  '“三重一大”事项集体决策执行不严格（第 12 项）；ＰＰＴ材料、Word 文档归档不全。',
  '加強(qiáng)黨內(nèi)監督，嚴格執行中央八項規定精神！',
];

describe('search keys', () => {
  it('keep letters and digits only, Simplified, lower case, half width', () => {
    expect(key(TEXTS[1])).toBe('建立校园食堂大宗食材集中采购制度6月底前实现全县公办学校全覆盖');
    expect(key(TEXTS[2])).toBe('三重一大事项集体决策执行不严格第12项ppt材料word文档归档不全');
    expect(key(TEXTS[3])).toBe('加强党内监督严格执行中央八项规定精神');
    expect(key('，。！？、 \n')).toBe('');
    expect(createSearchKey(null)('黨內監督')).toBe('黨內監督'); // without a converter, no folding
  });

  it("a substring's key is a substring of the text's key, in either script", () => {
    for (const text of TEXTS) {
      const full = key(text);
      // Pinyin annotations are dropped as a whole; a piece of one is not a query anyone types.
      const annotations = [...text.matchAll(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔù]+[)）]/g)].map((m) => [
        m.index,
        m.index + m[0].length,
      ]);
      for (let start = 0; start < text.length; start += 3) {
        for (const length of [2, 5, 9]) {
          const end = start + length;
          if (annotations.some(([a, b]) => start < b && end > a)) continue;
          const part = text.slice(start, end);
          expect(full, `${JSON.stringify(part)} in ${text}`).toContain(key(part));
        }
      }
    }
  });
});
