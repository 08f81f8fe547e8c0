import { describe, expect, it } from 'vitest';
import { normalize, normalizeInSteps, toOriginalSpan, type NormalizedText } from '../normalize';
import { loadTraditionalConverter } from '../load-converter';
import { looksTraditional } from '../traditional';
import { findWrappedBreaks } from '../wraps';

/** Where every character of a normalised text (and its end) came from. */
function offsets(norm: NormalizedText): number[] {
  return Array.from({ length: norm.text.length + 1 }, (_, i) => norm.toOriginal.at(i));
}

/** The original text behind normalised `[from, to)`. */
function originalOf(
  original: string,
  from: number,
  to: number,
  converter?: Awaited<ReturnType<typeof loadTraditionalConverter>>,
) {
  const norm = normalize(original, { converter });
  const [s, e] = toOriginalSpan(norm, from, to);
  return original.slice(s, e);
}

describe('normalize', () => {
  it('drops pinyin annotations and maps spans back over them', () => {
    const original = '要加強(qiáng)黨內(nèi)監督，委(wěi)員會（huì）負責。';
    const norm = normalize(original);
    expect(norm.text).toBe('要加強黨內監督，委員會負責。');
    const at = norm.text.indexOf('黨內監督');
    expect(originalOf(original, at, at + 4)).toBe('黨內(nèi)監督');
  });

  it('keeps parentheses that are not pinyin', () => {
    expect(normalize('党委(党组)书记和(PDF)文件').text).toBe('党委(党组)书记和(PDF)文件');
    expect(normalize('（一）成立领导小组').text).toBe('（一）成立领导小组');
  });

  it('converts Traditional paragraphs with the converter and keeps offsets', async () => {
    const converter = await loadTraditionalConverter();
    const original =
      '巡察組發現的主要問題是黨的領(lǐng)導(dǎo)核心作用發揮不充分。\n2024年3月1日 Simplified 段落保持不变';
    const norm = normalize(original, { converter });
    expect(norm.text).toBe(
      '巡察组发现的主要问题是党的领导核心作用发挥不充分。\n2024年3月1日 Simplified 段落保持不变',
    );
    expect(norm.converted).toBe(true);
    const at = norm.text.indexOf('领导核心');
    const [s, e] = toOriginalSpan(norm, at, at + 4);
    expect(original.slice(s, e)).toBe('領(lǐng)導(dǎo)核心');
  });

  it('leaves Simplified text alone even with a converter', async () => {
    const converter = await loadTraditionalConverter();
    const text = '县委第三巡察组反馈了意见，局党组照单全收。';
    expect(normalize(text, { converter }).converted).toBe(false);
    expect(looksTraditional(text)).toBe(false);
    expect(looksTraditional('巡察組發現問題')).toBe(true);
  });

  it('makes half-width punctuation next to Chinese full-width, but not in times or URLs', () => {
    expect(normalize('同志们:刚才,巡察组指出;是否到位?坚决整改!').text).toBe(
      '同志们：刚才，巡察组指出；是否到位？坚决整改！',
    );
    expect(normalize('时间 8:30—12:00, see https://x.gov.cn/a?b=1').text).toBe(
      '时间 8:30—12:00, see https://x.gov.cn/a?b=1',
    );
  });

  it('folds full-width letters and digits', () => {
    expect(normalize('完成整改１２项，ＡＢ类问题占５０％').text).toBe('完成整改12项，AB类问题占50%');
  });

  it('drops spaces between Chinese characters and keeps one elsewhere', () => {
    expect(normalize('抓整改。 县委开展  巡察').text).toBe('抓整改。县委开展巡察');
    expect(normalize('下载 PDF   文件').text).toBe('下载 PDF 文件');
    expect(normalize('  前导空格').text).toBe('前导空格');
  });

  it('drops invisible characters and junk tokens glued between Han characters', () => {
    expect(normalize('整\u200b改\u00ad落实w7k2x到位').text).toBe('整改落实到位');
    expect(normalize('12345市民热线，2022年完成H5N1防控').text).toBe('12345市民热线，2022年完成H5N1防控');
  });

  it('keeps paragraph breaks in text written one paragraph per line', () => {
    const text = [
      '一、总体要求',
      '坚持问题导向，全面抓好整改落实，确保各项措施落到实处，取得实效。',
      '二、主要措施',
      '成立领导小组。',
    ].join('\n');
    expect(normalize(text).text).toBe(text);
  });

  it('joins lines that a PDF copy wrapped inside words', () => {
    const paragraph =
      '会议要求，各单位要对照巡察反馈的问题清单逐条逐项研究整改措施，明确责任领导、责任部门和完成时限，' +
      '建立整改工作台账，实行销号管理，确保每一个问题都有人抓、有人管、有人落实。对能够立即解决的问题要立行立改，' +
      '对需要长期坚持的问题要建立健全长效机制，防止问题反弹回潮。局党组将定期听取整改进展情况汇报，' +
      '对整改不力、敷衍塞责的严肃追责问责。全体党员干部要切实提高政治站位，以钉钉子精神抓好整改落实。';
    const lines = paragraph.match(/.{1,24}/g)!;
    const wrapped = '县委巡察组反馈意见整改工作会议纪要\n' + lines.join('\n') + '\n（完）';
    const norm = normalize(wrapped);
    expect(norm.text).toBe('县委巡察组反馈意见整改工作会议纪要\n' + paragraph + '\n（完）');
    expect(findWrappedBreaks(wrapped).length).toBe(lines.length - 1);
    // A span across a wrap maps back over the line break.
    const at = norm.text.indexOf('建立整改工作台账');
    const [s, e] = toOriginalSpan(norm, at, at + 8);
    expect(wrapped.slice(s, e).replace(/\n/g, '')).toBe('建立整改工作台账');
  });

  it('maps every normalised character to the original character it came from', () => {
    const original =
      '  一是  成立（lǐng）领导小组：\r\n由 书记任组长,\u200b限３月底前完成。\n\n\n二是 制定方案';
    const norm = normalize(original);
    expect(norm.text).toBe('一是成立领导小组：\n由书记任组长，限3月底前完成。\n二是制定方案');
    const sameAfterFolding: Record<string, string> = { ',': '，', '３': '3' };
    for (let i = 0; i < norm.text.length; i++) {
      const from = original[norm.toOriginal.at(i)];
      expect(from === norm.text[i] || sameAfterFolding[from] === norm.text[i], `${i}: ${from}`).toBe(true);
    }
    expect(norm.toOriginal.at(norm.text.length)).toBe(original.length);
  });

  it('joins a PDF wrap after a line that ends inside full-width quotes', () => {
    // Curly quotes are full width in a Chinese PDF: the line is as wide as its neighbours.
    const lines = [
      '巡察组反馈的问题清单，就是我们整改的任务书和路线',
      '图，我们必须坚持问题导向、目标导向、效果导向相统一，',
      '以钉钉子精神，一项一项抓落实，一条一条改到位，确保',
      '反馈的问题清单，就是我们整改的“任务书”、“路线',
      '图”和“时间表”，我们要逐条逐项建立台账，明确时限，',
      '实行清单管理、挂图作战、对账销号，确保件件有着落。',
    ];
    expect(normalize(lines.join('\n')).text).toBe(lines.join(''));
  });

  it('gives the same result in steps, yielding on long texts', async () => {
    const converter = await loadTraditionalConverter();
    const original = '巡察組發現的問題(wèn)是落實不到位，要建立台賬。\n'.repeat(5000);
    const steps = normalizeInSteps(original, { converter });
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    const whole = normalize(original, { converter });
    expect(next.value.text).toBe(whole.text);
    expect(offsets(next.value)).toEqual(offsets(whole));
    // Lines of one width read as a hard-wrapped paragraph: they are joined.
    expect(next.value.text.slice(0, 24)).toBe('巡察组发现的问题是落实不到位，要建立台账。巡察组');
  });
});

describe('normalize: tables copied as text', () => {
  it('reads the cells of a tab-separated row as lines, keeping offsets', () => {
    const original = '1\t村务公开不及时\t每季度公开财务收支\t某某某\t2024年7月底';
    const norm = normalize(original);
    expect(norm.text).toBe('1\n村务公开不及时\n每季度公开财务收支\n某某某\n2024年7月底');
    const at = norm.text.indexOf('某某某');
    expect(original.slice(norm.toOriginal.at(at), norm.toOriginal.at(at) + 3)).toBe('某某某');
  });

  it('keeps a tab after a list marker as an indent', () => {
    expect(normalize('一、\t总体要求').text).toBe('一、总体要求');
    expect(normalize('（十一）\t强化督查').text).toBe('（十一）强化督查');
  });

  it('keeps spaces with tabs (indentation of markup) as a space', () => {
    expect(normalize('整改 \t\t措施').text).toBe('整改措施');
  });
});
