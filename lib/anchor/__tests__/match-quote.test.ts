import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../match-quote';
import { describeSpan } from '../selectors';

const page =
  '县农业农村局党组召开巡察反馈意见整改工作部署会。会议传达了县委第三巡察组的反馈意见。' +
  '一是成立以党组书记为组长的巡察整改工作领导小组，统筹推进整改工作。' +
  '二是制定整改方案，建立问题清单、任务清单、责任清单，于4月底前全部完成整改。' +
  '三是由分管领导牵头，对惠农资金发放情况开展一次全面排查。' +
  '会议要求，各股室要以最坚决的态度抓好整改落实。';

function clip(text: string, quote: string) {
  const start = text.indexOf(quote);
  return describeSpan(text, start, start + quote.length);
}

describe('anchorQuote', () => {
  it('finds an unchanged quote exactly', () => {
    const quote = '二是制定整改方案，建立问题清单、任务清单、责任清单，于4月底前全部完成整改。';
    const selectors = clip(page, quote);
    const anchor = anchorQuote(page, selectors)!;
    expect(page.slice(anchor.start, anchor.end)).toBe(quote);
    expect(anchor.exact).toBe(true);
  });

  it('follows the quote when text is inserted before it', () => {
    const quote = '三是由分管领导牵头，对惠农资金发放情况开展一次全面排查。';
    const selectors = clip(page, quote);
    const edited = '【本网讯】通讯员报道。' + page;
    const anchor = anchorQuote(edited, selectors)!;
    expect(edited.slice(anchor.start, anchor.end)).toBe(quote);
  });

  it('picks the occurrence whose context matches when the quote appears twice', () => {
    const twice =
      '第一部分：开展一次全面排查。中间文字若干。第二部分：由分管领导牵头，开展一次全面排查。结尾。';
    const start = twice.lastIndexOf('开展一次全面排查。');
    const selectors = describeSpan(twice, start, start + 9);
    expect(anchorQuote(twice, selectors)!.start).toBe(start);
  });

  it('re-anchors a lightly edited sentence in the same place', () => {
    const quote = '二是制定整改方案，建立问题清单、任务清单、责任清单，于4月底前全部完成整改。';
    const selectors = clip(page, quote);
    const edited = page.replace('于4月底前全部完成整改', '于5月底前全面完成整改');
    const anchor = anchorQuote(edited, selectors)!;
    expect(anchor.exact).toBe(false);
    expect(edited.slice(anchor.start, anchor.end)).toContain('于5月底前全面完成整改');
  });

  it('orphans a clip whose sentence was removed instead of attaching it to a look-alike', () => {
    const quote = '二是制定整改方案，建立问题清单、任务清单、责任清单，于4月底前全部完成整改。';
    const selectors = clip(page, quote);
    const removed =
      page.replace(quote, '') + '另据报道，某镇制定整改方案，建立问题清单和任务清单，于6月底前完成。';
    expect(anchorQuote(removed, selectors)).toBeNull();
  });

  it('never fuzzily matches short quotes', () => {
    const selectors = describeSpan('甲乙丙丁成立小组戊己', 4, 8);
    expect(anchorQuote('甲乙丙丁成立了小组戊己', selectors)).toBeNull();
  });
});
