import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LedgerError } from '../errors';
import {
  CheckInputSchema,
  ClipInputSchema,
  ClipPatchSchema,
  DocumentInputSchema,
  isJsonValue,
  parseInput,
} from '../validate';

describe('boundary schemas', () => {
  it('clean a document: trims, drops empty meta, the fragment and unknown keys', () => {
    const doc = v.parse(DocumentInputSchema, {
      url: ' https://www.qxjw.gov.cn/a.html#p2 ',
      title: ' 巡察反馈 ',
      unit: '  ',
      publishDate: '2023-11-08',
      injected: '<script>',
    });
    expect(doc).toEqual({
      url: 'https://www.qxjw.gov.cn/a.html',
      title: '巡察反馈',
      publishDate: '2023-11-08',
    });
    expect(
      v.safeParse(DocumentInputSchema, { url: 'https://x.gov.cn/', publishDate: '2023年11月8日' }).success,
    ).toBe(false);
    expect(v.safeParse(DocumentInputSchema, { url: 'chrome://settings' }).success).toBe(false);
  });

  it('give a clip its defaults and refuse malformed selectors', () => {
    const quote = { exact: '落实不到位' };
    expect(
      v.parse(ClipInputSchema, { kind: 'problem', text: '落实不到位', selectors: { quote } }),
    ).toMatchObject({
      tags: [],
      status: 'open',
      selectors: { quote: { exact: '落实不到位', prefix: '', suffix: '' } },
    });
    const bad = [
      { kind: 'problem', text: '落实不到位', selectors: { quote: { exact: '' } } },
      { kind: 'problem', text: '落实不到位', selectors: { quote, position: { start: 10, end: 4 } } },
      { kind: 'problem', text: '落实不到位', selectors: { quote: { ...quote, prefix: 'x'.repeat(300) } } },
      { kind: 'problem', text: '落实不到位', selectors: { quote }, tags: Array(51).fill('标签') },
      { kind: 'problem', text: '   ', selectors: { quote } },
      { kind: 'problem', text: '落实不到位', selectors: { quote }, caseId: '../../etc' },
    ];
    for (const input of bad)
      expect(v.safeParse(ClipInputSchema, input).success, JSON.stringify(input)).toBe(false);
    expect(v.parse(ClipPatchSchema, { tags: ['督办', ' 督办 ', '重点'] }).tags).toEqual(['督办', '重点']);
  });

  it('refuse two results for one clip in a check', () => {
    const result = { clipId: 'c1', status: 'missing', score: 0 };
    expect(
      v.safeParse(CheckInputSchema, { caseId: 'k', reportDocumentId: 'd', results: [result, result] })
        .success,
    ).toBe(false);
  });

  it('throw LedgerError("invalid") with the failing paths from parseInput', () => {
    let error: unknown;
    try {
      parseInput(ClipInputSchema, { kind: 'rumour', text: 'x', selectors: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as LedgerError).code).toBe('invalid');
    expect((error as LedgerError).details?.some((d) => d.startsWith('kind'))).toBe(true);
  });

  it('accept only JSON values as settings', () => {
    expect(isJsonValue({ a: [1, 'x', null, { b: true }] })).toBe(true);
    for (const bad of [
      undefined,
      Number.NaN,
      new Date(),
      () => 1,
      new Map(),
      { a: Number.POSITIVE_INFINITY },
    ]) {
      expect(isJsonValue(bad)).toBe(false);
    }
  });
});
