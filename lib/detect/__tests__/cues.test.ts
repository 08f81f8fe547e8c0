import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  categoryBit,
  createHits,
  cueTable,
  decodeCues,
  FLAG_AFTER_NUMBER,
  scanCues,
} from '../cues';
import { compileLexicon, encodeCues, encodeWords } from '../cue-compile';
import { COMPILED_CUES } from '../compiled-cues';
import { CUE_GROUPS, words } from '../lexicon';

/** The words found in `text`, in order. */
function found(text: string): string[] {
  const hits = createHits(4);
  scanCues(text, 0, text.length, hits);
  const t = cueTable();
  return Array.from({ length: hits.count }, (_, i) => t.words[hits.cue[i]]);
}

describe('scanCues', () => {
  it('takes the longest word at each position and reads on after it', () => {
    expect(found('落实不到位，存在薄弱环节')).toEqual(['落实', '不到位', '存在薄弱环节']);
    expect(found('要建立健全长效机制')).toEqual(['要', '建立健全', '长效机制']);
  });

  it('lets a longer word stop the shorter cues inside it', () => {
    // 重要 and 主要 hold a 要 that is not a directive; 了解 a 了 that is not a past tense.
    expect(found('这是重要任务，主要问题是')).toEqual(['是', '重要', '主要问题是']);
    expect(found('常态化了解干部情况')).toEqual(['常态化', '了解', '情况']);
    const t = cueTable();
    expect(t.categories[t.words.indexOf('重要')]).toBe(categoryBit('block'));
  });

  it('does not read a word across two (改进 in 整改进度, 成绩 in 完成绩效) nor 整改成绩 as praise', () => {
    expect(found('对整改进度滞后的单位通报')).not.toContain('改进');
    expect(found('整改进展情况按月通报')).not.toContain('改进');
    expect(found('月底前完成绩效方案修订')).not.toContain('成绩');
    expect(found('整改成绩计入年度考评')).not.toContain('成绩');
  });

  it('finds every hit across calls that stop at chunk boundaries', () => {
    const text = '要建立整改台账，明确责任人。'.repeat(50);
    const whole = createHits(4);
    scanCues(text, 0, text.length, whole);
    const chunked = createHits(4);
    for (let pos = 0; pos < text.length;) pos = scanCues(text, pos, Math.min(text.length, pos + 7), chunked);
    expect(chunked.count).toBe(whole.count);
    expect(Array.from(chunked.start.subarray(0, chunked.count))).toEqual(
      Array.from(whole.start.subarray(0, whole.count)),
    );
  });

  it('finds nothing in text without cues', () => {
    expect(found('春天的油菜花开得很好看。')).toEqual([]);
    expect(found('')).toEqual([]);
  });
});

describe('the lexicon', () => {
  it('fits the categories in one 32-bit set and names each one', () => {
    expect(CATEGORIES.length).toBeLessThanOrEqual(31);
    for (const group of CUE_GROUPS) expect(CATEGORIES).toContain(group.category);
  });

  it('holds only Chinese words, without spaces or empty entries', () => {
    for (const group of CUE_GROUPS) {
      expect(group.words.length).toBeGreaterThan(0);
      for (const word of group.words)
        expect(word, group.category).toMatch(/^[\u3000-\u303f\u4e00-\u9fff、，：“”—-]+$/);
    }
  });

  it('merges the roles of a word that is in several groups', () => {
    const t = cueTable();
    const id = t.words.indexOf('梳理');
    expect(t.categories[id] & categoryBit('reference')).toBeTruthy();
    expect(t.categories[id] & categoryBit('measure-verb')).toBeTruthy();
  });

  it('finds a word that needs a number only after one', () => {
    expect(found('于5月24日前报送')).toContain('日前');
    expect(found('于五月二十日前报送')).toContain('日前');
    expect(found('日前，县委召开推进会')).not.toContain('日前');
  });

  it('reads word lists with comments', () => {
    expect(words('甲 乙 // 注释\n 丙')).toEqual(['甲', '乙', '丙']);
  });
});

describe('the lexicon compiled ahead (compiled-cues.ts)', () => {
  it('is current: run `npm run gen:cues` after changing the lexicon', () => {
    expect(COMPILED_CUES).toEqual(encodeCues(compileLexicon()));
  });

  it('writes each word after the count of characters it shares with the one before', () => {
    expect(encodeWords(['不到位', '不够', '不够到位', '整改'])).toBe('0不到位\n1够\n2到位\n0整改');
  });

  it('decodes to the table the lexicon compiles to', () => {
    const fresh = compileLexicon();
    const decoded = decodeCues(encodeCues(fresh));
    expect(decoded.words).toEqual(fresh.words);
    for (const field of ['categories', 'weights', 'takes', 'objectClasses', 'flags', 'alpha'] as const)
      expect(decoded[field], field).toEqual(fresh[field]);
    for (const field of ['base', 'check', 'output'] as const)
      expect(Array.from(decoded[field]), field).toEqual(Array.from(fresh[field]));
    expect(CUE_GROUPS.some((g) => g.weight !== undefined && g.weight !== 1)).toBe(true);
  });

  it('refuses a layout that does not fit its words', () => {
    const data = encodeCues(compileLexicon());
    expect(() => decodeCues({ ...data, words: data.words.replace('整改', '整攻') })).toThrow(/gen:cues/);
  });

  it('places every word where the table finds it again', () => {
    const table = cueTable();
    const hits = createHits();
    for (let id = 0; id < table.words.length; id++) {
      hits.count = 0;
      // A word that counts only after a number (5日前) is looked for after one.
      const text = (table.flags[id] & FLAG_AFTER_NUMBER ? '5' : '') + table.words[id];
      scanCues(text, 0, text.length, hits);
      // The longest word wins at the start, so the word itself is the first hit.
      expect(table.words[hits.cue[0]]).toBe(table.words[id]);
    }
  });
});
