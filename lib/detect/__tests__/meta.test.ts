import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze';

const meta = (text: string, title?: string) => analyzeText(text, { title }).meta;

describe('document meta', () => {
  it('reads a labelled publication date in the forms sites use', () => {
    expect(meta('标题\n发布时间：2023-11-03 10:30:17').publishDate).toBe('2023-11-03');
    expect(meta('标题\n日期：2023/1/5').publishDate).toBe('2023-01-05');
    expect(meta('标题\n发布日期：2019年1月30日').publishDate).toBe('2019-01-30');
  });

  it('falls back to the date under the signature, then to the first date in the text', () => {
    expect(meta('正文。\n县纪委监委\n二〇二四年三月五日').publishDate).toBe('2024-03-05');
    expect(meta('2019年1月30日，巡察组反馈意见。').publishDate).toBe('2019-01-30');
    expect(meta('2019年13月40日').publishDate).toBeUndefined();
  });

  it('does not take a time limit, a start or a range for the day the page was written', () => {
    expect(meta('补贴财务收支明细，2026年1月10日前公开。').publishDate).toBeUndefined();
    expect(meta('自2026年1月1日起实行。2025年3月9日至20日开展自查。').publishDate).toBeUndefined();
    expect(meta('2026年1月10日前公开。2025年12月30日，镇党委召开会议。').publishDate).toBe('2025-12-30');
  });

  it('reads the inspected unit and the round', () => {
    expect(meta('市委第四巡察组向市教育局党委反馈巡察情况。')).toMatchObject({
      inspectedUnit: '市教育局党委',
      round: '市委第四巡察组',
    });
    expect(meta('县委巡察组对县财政局党组开展了常规巡察。').inspectedUnit).toBe('县财政局党组');
    expect(meta('2023年第二轮巡察工作动员会召开。').round).toBe('2023年第二轮巡察');
  });

  it('takes the title from the page, without the site name', () => {
    expect(meta('正文。', '关于巡察整改情况的通报_XX县人民政府').title).toBe('关于巡察整改情况的通报');
    expect(meta('正文。', 'XX网 - 关于巡察整改情况的通报').title).toBe('关于巡察整改情况的通报');
  });

  it('takes the title from the first line that is not furniture or a salutation', () => {
    expect(meta('当前位置：首页 > 新闻\n同志们：\n关于巡察整改的通报\n正文。').title).toBe(
      '关于巡察整改的通报',
    );
  });

  it('passes over the site name above the article (门户网站, an edition in brackets)', () => {
    expect(meta('XX县水利局（繁体版）\n县水利局关于巡察反馈问题整改的方案\n正文。').title).toBe(
      '县水利局关于巡察反馈问题整改的方案',
    );
    expect(meta('XX市人民政府门户网站\n市民政局巡察整改进展情况\n正文。').title).toBe(
      '市民政局巡察整改进展情况',
    );
  });

  it('reads the source in a byline, stopping at the next label', () => {
    expect(meta('标题\n发布时间：2024-01-16　来源：党委巡察办　浏览次数：12').issuingUnit).toBe('党委巡察办');
  });
});
