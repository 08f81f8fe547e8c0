/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../text/normalize';
import { segment } from '../../text/segment';
import { countTraditional } from '../../text/traditional';
import { parseCommitment } from '../commitment';
import { CONCEPTS, FILLER_WORDS } from '../lexicon';
import { buildIndex, termInUnit, TermVocabulary } from '../report-index';
import { classifyUnits, initialSectionState, isFurniture } from '../sections';
import { markCues, outstandingBeyond } from '../status';
import { StepClock } from '../steps';
import { distinctTerms, readTerms, TermBuffer, termLabel } from '../terms';

const labels = (text: string) => distinctTerms(text).map((t) => termLabel(t.term));

describe('lexicon', () => {
  it('holds Simplified forms of at least two characters, each in one concept', () => {
    const seen = new Map<string, string>();
    for (const [id, , forms] of CONCEPTS) {
      for (const form of forms.split(' ')) {
        expect(form.length, form).toBeGreaterThanOrEqual(2);
        expect(countTraditional(form), form).toBe(0);
        expect(seen.get(form), `${form} in ${id} and ${seen.get(form)}`).toBeUndefined();
        seen.set(form, id);
      }
    }
    for (const word of FILLER_WORDS) {
      expect(word.length, word).toBeGreaterThanOrEqual(2);
      expect(countTraditional(word), word).toBe(0);
    }
  });

  it('stays moderate in size (it ships in the content script)', () => {
    const chars = CONCEPTS.reduce((n, [, , forms]) => n + forms.length, 0) + FILLER_WORDS.join('').length;
    expect(chars).toBeLessThan(6000);
  });
});

describe('terms', () => {
  it('reads concepts and content pairs, and drops filler and function characters', () => {
    expect(labels('要切实建立整改台账')).toEqual(['[establish]', '[rectify]', '[ledger]']);
    // A plain word keeps its pair into the concept it qualifies: 巡察|制度.
    expect(labels('完善巡察制度')).toEqual(['[improve]', '善巡', '巡察', '[rules]', '察制']);
    expect(labels('进一步提高政治站位')).toEqual([]);
    expect(labels('有偿补课的问题')).toEqual(['有偿', '偿补', '补课']);
  });

  it('takes the longest lexicon entry: 立行立改 is one concept, not 立行 + 立改', () => {
    expect(labels('立行立改')).toEqual(['[immediate-fix]']);
    expect(labels('当即纠正')).toEqual(['[immediate-fix]']);
  });

  it('finds every reading in report text, overlaps included', () => {
    const read = new TermBuffer();
    readTerms('逐条拟定了整改措施', 0, 9, read);
    const found = new Set(Array.from(read.terms.subarray(0, read.count), termLabel));
    expect(found).toContain('[measures]'); // 整改措施
    expect(found).toContain('[rectify]'); // 整改 inside it
    expect(found).toContain('[one-by-one]'); // 逐条
    expect(found).toContain('[draft]'); // 拟定
  });
});

/** The weight before IDF of each term of `commitment`, by its label. */
function kindWeights(commitment: string): (label: string) => number {
  const vocabulary = new TermVocabulary();
  const query = parseCommitment(commitment, null, vocabulary);
  return (label) =>
    query.kindWeights[Array.from(query.ids).findIndex((id) => termLabel(vocabulary.terms[id]) === label)];
}

describe('commitments', () => {
  it('keeps the modifiers and phrase of an object', () => {
    const vocabulary = new TermVocabulary();
    const query = parseCommitment('要建立信访举报件登记台账。', null, vocabulary);
    const label = (i: number) => termLabel(vocabulary.terms[query.ids[i]]);
    const ledger = query.objects.find((o) => label(o.term) === '[ledger]')!;
    expect(ledger.modifiers.map(label)).toEqual(expect.arrayContaining(['[clue]', '登记']));
    expect(ledger.phrase.map(label)).toContain('[establish]');
  });

  it('weighs a purpose clause less than the measure', () => {
    const weightOf = kindWeights('召开专题会议，确保整改取得成效。');
    expect(weightOf('[meeting]')).toBeGreaterThan(weightOf('成效'));
  });

  it('weighs the name of the body that acts less than the words of its act', () => {
    const weightOf = kindWeights('县发展改革局将于年底前完成停车收费标准调整。');
    expect(weightOf('改革')).toBeLessThan(weightOf('收费'));
  });
});

describe('sections and cues', () => {
  const report = [
    '首页 > 工作动态',
    '关于整改进展情况的通报',
    '一、整改情况',
    '（一）召开会议。局党组召开了专题会议。',
    '二、存在的不足',
    '一是宣传尚未开展。',
    '三、下一步工作',
    '（一）局党组将建立长效机制。',
    '四、其他工作',
    '下一步，将开展专项检查。另行建立了安全台账。',
    '版权所有 © 某某局',
  ].join('\n');
  const text = normalize(report).text;
  const units = classifyUnits(text, segment(text), initialSectionState());
  const unit = (piece: string) => units.find((u) => text.slice(u.start, u.end).includes(piece))!;

  it('marks furniture, titles and headings as never evidence', () => {
    for (const piece of ['首页', '关于整改进展', '一、整改情况', '版权所有'])
      expect(unit(piece).furniture).toBe(true);
    expect(unit('局党组召开了专题会议').furniture).toBe(false);
  });

  it('knows the section of each unit', () => {
    expect(unit('局党组召开了专题会议').section).toBe('body');
    expect(unit('宣传尚未开展').section).toBe('shortfall');
    expect(unit('将建立长效机制').section).toBe('plan');
    expect(unit('另行建立了安全台账').section).toBe('plan'); // a 下一步 paragraph
  });

  it('flags plan wording and reads incompleteness wording', () => {
    const cues = { plan: new Uint8Array(units.length) };
    markCues(text, units, 0, units.length, cues);
    const { start, end } = unit('宣传尚未开展');
    expect(outstandingBeyond(text.slice(start, end), '开展宣传。')).toBe(true);
    expect(cues.plan[units.indexOf(unit('下一步，将开展'))]).toBe(1);
    expect(cues.plan[units.indexOf(unit('局党组召开了专题会议'))]).toBe(0);
  });

  it('does not read what a check found unfinished as the check left unfinished', () => {
    const text = normalize(
      '一、整改情况\n局党组开展了整改“回头看”，发现仍未整改到位的问题4个，已重新制定措施。\n宣传工作仍未开展。',
    ).text;
    const units = classifyUnits(text, segment(text), initialSectionState());
    const outstanding = (piece: string) => {
      const { start, end } = units.find((u) => text.startsWith(piece, u.start))!;
      return outstandingBeyond(text.slice(start, end), '开展整改回头看和宣传工作。');
    };
    expect(outstanding('局党组开展了整改“回头看”')).toBe(false);
    expect(outstanding('宣传工作仍未开展')).toBe(true);
  });

  it('knows furniture anywhere in a report, whatever its length', () => {
    const footer = '版权所有 © 某某局 ' + '地址：某某路1号 '.repeat(30);
    const text = normalize(`一、整改情况\n局党组召开了专题会议。\n${footer}`).text;
    const units = classifyUnits(text, segment(text), initialSectionState());
    expect(units.find((u) => text.startsWith('版权所有', u.start))!.furniture).toBe(true);
  });

  it('knows the usual names of the shortfall and plan sections', () => {
    for (const [heading, kind] of [
      ['三、问题与不足', 'shortfall'],
      ['四、存在的困难和问题', 'shortfall'],
      ['五、下步打算', 'plan'],
      ['（四）后续工作安排', 'plan'],
      ['二、主要做法', 'body'],
    ]) {
      const text = normalize(`一、整改情况\n局党组召开了会议。\n${heading}\n局党组召开了专题会议。`).text;
      const units = classifyUnits(text, segment(text), initialSectionState());
      expect(units[units.length - 1].section, heading).toBe(kind);
    }
  });

  it('recognises common footer lines', () => {
    expect(isFurniture('监督电话：0000-1234567')).toBe(true);
    expect(isFurniture('上一篇：学校召开民主生活会')).toBe(true);
    expect(isFurniture('局党组召开了专题会议。')).toBe(false);
  });
});

describe('report index', () => {
  it('maps terms to dense ids and grows', () => {
    const vocabulary = new TermVocabulary(4);
    for (let t = 0; t < 5000; t++) expect(vocabulary.add(t * 7919)).toBe(t);
    for (let t = 0; t < 5000; t++) expect(vocabulary.lookup(t * 7919)).toBe(t);
    expect(vocabulary.lookup(1)).toBe(-1);
  });

  it('posts each vocabulary term to the units that hold it', () => {
    const text = normalize('局党组成立了领导小组。各单位登记造册。另行召开了会议。').text;
    const units = classifyUnits(text, segment(text), initialSectionState());
    const vocabulary = new TermVocabulary();
    const query = parseCommitment('建立台账，成立领导小组', null, vocabulary);
    const steps = buildIndex(text, units, vocabulary, new StepClock(), 0, 1);
    let step = steps.next();
    while (!step.done) step = steps.next();
    const index = step.value;
    const idOf = (label: string) =>
      Array.from(query.ids).find((id) => termLabel(vocabulary.terms[id]) === label)!;
    expect(index.evidenceUnits).toBe(3);
    expect(termInUnit(index, idOf('[working-body]'), 0)).toBe(true);
    expect(termInUnit(index, idOf('[ledger]'), 1)).toBe(true); // 登记造册
    expect(termInUnit(index, idOf('[ledger]'), 2)).toBe(false);
    expect(index.df[idOf('[establish]')]).toBe(1);
  });
});
