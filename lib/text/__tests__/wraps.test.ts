import { describe, expect, it } from 'vitest';
import { findWrappedBreaks } from '../wraps';

/** The characters right before each break found. */
function wrappedAfter(text: string): string[] {
  return Array.from(findWrappedBreaks(text), (at) => text.slice(at - 2, at));
}

describe('findWrappedBreaks', () => {
  it('does not run a paragraph on into a page number (－ 1 －), nor count the last line of a page against wrapping', () => {
    const lines = [
      '整改措施：严格执行稿件三审三校制度，新媒体平台稿件一律经',
      '采编人员、部门负责人、分管领导三级审核后发布；制定差错通报和',
      '责任追究办法，每月通报一次差错情况，对屡次出错的严肃问责并',
      '纳入年度考核，考核结果与绩效挂钩，确保内容导向不出现偏差和',
      '－ 1 －',
      '问题2：网络舆情监测和应对机制不健全，对网上涉县负面信息',
      '发现不及时、处置不果断，个别事件回应迟缓，引发群众不满情绪',
      '。整改措施：配齐2名专职舆情监测员，实行全天轮班值守工作制度',
    ];
    const text = lines.join('\n');
    const after = wrappedAfter(text);
    expect(after).toContain('报和');
    expect(after).not.toContain('差和');
    expect(after).not.toContain(' －');
  });

  it('joins a line a little short of the others when it stops mid-sentence, not when it ends one', () => {
    const text = [
      '县自然资源局党组关于巡察反馈意见整改工作的表态发言稿',
      '根据县委统一部署,县委第二巡察组对我局党组开展了为期两个月',
      '的常规巡察,并于近日反馈了巡察意见,指出了我局在耕地保护、',
      '矿产资源管理和基层党建等方面存在的问题。我局党组诚恳接受,',
      '坚决整改。下面我代表局党组作如下表态。一是提高政治站位,深',
      '刻认识巡察整改的重要意义和紧迫性,切实做到举一反',
      '三,把整改作为重大政治任务抓紧抓实抓到位,绝不敷衍了事',
      '不打折扣,确保每一项问题都整改到位。二是成立整改工作领导小组。',
      '三是建立整改台账,明确责任领导、责任单位和完成时限,逐项对账',
      '销号,确保在两个月内全部完成整改任务并向县委报告整改情况。',
    ].join('\n');
    const after = wrappedAfter(text);
    expect(after).toContain('一反'); // short, mid-sentence: a wrap
    expect(after).toContain(',深');
    expect(after).not.toContain('组。'); // ends its sentence and is short: a paragraph end
  });

  it('joins a line a little wider than the others when it stops mid-sentence, not when it ends one', () => {
    const text = [
      '第二，要把问题线索处置到位。对巡察移交的问题线索',
      '要逐件登记，明确办理责任人，按时限办结并反馈结果',
      '对办理质量不高的，要退回重新办理，直至群众满意为',
      '止。县委组织部要把各单位整改中暴露的作风问题列出清单，在干部考',
      '察中专门了解核实，县纪委监委要对典型问题进行剖析',
      '第三，要用好巡察成果，把整改中形成的好做法及时固化为长效制度。',
      '要把巡察整改与项目建设、民生实事结合起来，以整改',
      '的成果推动各项工作，确保各项整改任务按期完成到位',
    ].join('\n');
    const after = wrappedAfter(text);
    expect(after).toContain('部考'); // wider, mid-sentence: a wrap
    expect(after).not.toContain('度。'); // as wide, but it ends its sentence: a paragraph
  });

  it('finds nothing in text written one paragraph per line', () => {
    const text = [
      '一、成立领导小组。',
      '二、制定整改方案，建立问题清单、任务清单和责任清单，明确每项任务的责任人和完成时限。',
      '三、召开专题民主生活会。',
      '四、对整改情况开展“回头看”，巩固整改成果，防止问题反弹回潮，切实做到真改实改。',
      '五、按期报送整改报告。',
    ].join('\n');
    expect(findWrappedBreaks(text)).toHaveLength(0);
  });

  it('joins a copy cut at a count of characters, where digits make lines narrower', () => {
    const text = [
      '中共XX县纪律检查委员会',
      '监察建议书（X纪建〔2024〕3号）',
      '一、发现的主要问题',
      '本委在查办你局原股长某某某违纪违法一案中，对案件暴露出的问题进行了',
      '剖析。经查，你局在权力运行等方面存在以下问题。2019',
      '年至2022年间，某某某利用职务便利，违规为14户不',
      '符合条件的申请人办理配租手续，先后收受财物共计23.5万元。你局公',
      '共租赁住房资格审核由同一股室负责受理、初审和复核，既未实行岗位分',
      '离，也未建立部门间信息比对机制。现行办法制定于2016年，',
      '对拨付节点、核验程序和审批权限规定不明确，局内部审计对预售资金拨',
      '付的年度抽查比例不足5%，未能及时发现异常拨付行为，致使1个',
      '项目出现停工风险，群众反映强烈，相关问题亟待整改落实到位。',
      '（一）召开专题民主生活会。',
      '二〇二四年四月二日',
    ].join('\n');
    const after = wrappedAfter(text);
    expect(after).toEqual(expect.arrayContaining(['行了', '19', '位分', '1个']));
  });

  it('does not join lines that are items of a list without full stops', () => {
    const text = [
      '问题1：社区党委会议记录不完整；措施：逐月补齐；责任人：某某某；时限：2024年6月底',
      '问题2：发展党员程序不规范；措施：开展全面自查；责任人：某某某；时限：2024年5月底',
      '问题3：网格党小组作用不明显；措施：一网格一党小组；责任人：某某；时限：2024年6月底',
      '问题4：居务公开不及时；措施：每季度公开财务收支；责任人：某某某；时限：2024年4月底',
      '问题5：集体资产台账不全；措施：全面清查资产；责任人：某某某；时限：2024年6月底前',
      '问题6：办公用房出租未经审批；措施：收回出租用房；责任人：某某某；时限：2024年5月底',
    ].join('\n');
    expect(findWrappedBreaks(text)).toHaveLength(0);
  });
  it('joins a copy cut loosely, its lines from 23 to 34 characters, between headings of its own', () => {
    const text = [
      '关于落实市审计局',
      '专项审计意见的整改报告',
      '市审计局：',
      '2025年6月至7月，市审计局对我中心2023年以来的专项资金管理使用情况进',
      '行了审计，指出问题7个，提出审计建议5条。中心党组高度重视，',
      '把审计整改作为一项重大政治任务，主要负责同志亲',
      '自部署，分管负责人具体抓。',
      '一、审计发现的主要问题',
      '（一）专项资金拨付不及时。',
      '抽查的18个项目中，有5个项目资金滞留超过半年，涉及资金',
      '共计320万元。',
      '（二）合同管理不规范。',
      '部分服务采购合同未经法律审核即签订，合同履约验收记录缺失，个别项目',
      '存在先实施后补签合同的情况。',
      '（三）固定资产账实不符。',
      '二、下一步工作',
      '一是2026年一季度由财务科牵头，对已整改完成的问题开',
      '展一次“回头看”，防止同类问题反弹。',
      '二是分层分类开展财经制度培训，上半年实现全员覆盖，并组织',
      '闭卷测试。',
      '三是把审计整改完成情况纳入各科室年度绩效考核，权',
      '重不低于5%。',
      '四是把审计整改同提升管理效能一起谋划，让整改成果转化为',
      '制度成果。',
    ].join('\n');
    const after = wrappedAfter(text);
    expect(after).toEqual(
      expect.arrayContaining(['况进', '志亲', '资金', '项目', '题开', '组织', '，权', '化为']),
    );
    expect(after).not.toContain('问题'); // a heading before a list marker
    expect(after).not.toContain('局：');
  });
});
