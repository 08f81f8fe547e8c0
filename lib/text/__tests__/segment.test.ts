import { describe, expect, it } from 'vitest';
import { listMarkerAt, markerLevel, segment, segmentInSteps } from '../segment';

const texts = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('ends units at 。；？！ and keeps a closing quote with its sentence', () => {
    const text = '会议指出，要“立行立改。”同时要建立台账；是否到位？坚决整改！尾巴';
    expect(texts(text)).toEqual([
      '会议指出，要“立行立改。”',
      '同时要建立台账；',
      '是否到位？',
      '坚决整改！',
      '尾巴',
    ]);
  });

  it('ends units at paragraph breaks and marks short unterminated paragraphs as headings', () => {
    const text = '一、提高政治站位\n一是成立领导小组。二是制定整改方案。\n（三）建立台账';
    const segs = segment(text);
    expect(
      segs.map((s) => [text.slice(s.start, s.end), s.paragraph, s.first, s.heading, s.listMarker]),
    ).toEqual([
      ['一、提高政治站位', 0, true, true, '一、'],
      ['一是成立领导小组。', 1, true, false, '一是'],
      ['二是制定整改方案。', 1, false, false, '二是'],
      ['（三）建立台账', 2, true, true, '（三）'],
    ]);
  });

  it('recognises the list markers of Chinese official writing', () => {
    const markers = [
      '1.完善制度。',
      '2、建立台账。',
      '①开展排查。',
      '(2)召开会议。',
      '第一，明确责任。',
      '三看是否落实。',
      '首先，统一思想。',
    ];
    expect(segment(markers.join('\n')).map((s) => s.listMarker)).toEqual([
      '1.',
      '2、',
      '①',
      '(2)',
      '第一，',
      '三看',
      '首先，',
    ]);
    expect(segment('1.5亿元资金。').map((s) => s.listMarker)).toEqual([undefined]);
  });
});

describe('markerLevel', () => {
  it('orders the list markers of official writing from outer to inner', () => {
    expect(['一、', '（一）', '1.', '（1）', '①', '一是', '第一，'].map(markerLevel)).toEqual([
      1, 2, 3, 4, 5, 6, 6,
    ]);
    expect(markerLevel('(a)')).toBe(4);
    expect(markerLevel(undefined)).toBeUndefined();
  });
});

describe('segmentInSteps', () => {
  it('gives the same units as segment, yielding on long texts', () => {
    const text = '一、总体要求\n要建立台账；明确时限。是否到位？坚决整改！\n'.repeat(4000);
    const steps = segmentInSteps(text);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBeGreaterThan(2);
    expect(next.value).toEqual(segment(text));
  });

  it('yields while it makes the objects of many short units, not only while it reads', () => {
    const text = '查。'.repeat(10_000); // 20 K characters: one step of reading, 10 000 units
    const steps = segmentInSteps(text);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThanOrEqual(2);
  });
});

describe('listMarkerAt', () => {
  // The pattern the hand-written matcher follows.
  const NUM = '一二三四五六七八九十';
  const PATTERN = new RegExp(
    `^(?:[${NUM}]{1,3}[是要看]|第[${NUM}]{1,3}[，、]?|[${NUM}]{1,3}、|[（(](?:[${NUM}\\d]{1,3}|[a-z]{1,4})[）)]|\\d{1,2}(?:[.．、](?!\\d)|[)）])|[\\u2460-\\u2473]|(?:首先|其次|再次|最后)[，,]?)`,
  );

  it('matches what the list-marker pattern matches, on every short string of marker characters', () => {
    const alphabet = [
      '一',
      '二',
      '十',
      '是',
      '要',
      '看',
      '、',
      '第',
      '，',
      '（',
      '）',
      '(',
      ')',
      '1',
      '2',
      '.',
      '．',
      '①',
      '首',
      '先',
      '其',
      '次',
      'x',
      'a',
    ];
    let checked = 0;
    const visit = (prefix: string) => {
      if (prefix.length > 0) {
        const text = prefix + '建立台账';
        expect(listMarkerAt(text, 0), text).toBe(PATTERN.exec(text)?.[0]);
        checked++;
      }
      if (prefix.length < 4) for (const ch of alphabet) visit(prefix + ch);
    };
    visit('');
    expect(checked).toBeGreaterThan(250_000);
  });
});
