import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeInSteps, analyzeText } from '../analyze';
import { findSections } from '../structure';
import { segmentTableInSteps } from '../../text/segment';
import { loadTraditionalConverter } from '../../text/load-converter';
import type { TraditionalConverter } from '../../text/traditional';
import { expectKind, expectNone, expectWellFormed, findingWith, fixture } from './helpers';

let converter: TraditionalConverter;
beforeAll(async () => {
  converter = await loadTraditionalConverter();
});

describe('a Simplified feedback news post', () => {
  const original = fixture('feedback-news.txt');
  const analysis = analyzeText(original);

  it('finds each problem the inspection group listed', () => {
    expectKind(analysis, '贯彻落实上级决策部署不够有力', 'problem');
    expectKind(analysis, '基层党组织建设薄弱', 'problem');
    expectKind(analysis, '采购监管存在漏洞', 'problem');
    expectKind(analysis, '年轻干部储备不足', 'problem');
    expectKind(analysis, '与群众期盼还有差距', 'problem');
  });

  it('tells the directed measures from the attitude around them', () => {
    expectKind(analysis, '要提高政治站位', 'pledge');
    expectKind(analysis, '建立整改台账', 'commitment');
    expectKind(analysis, '建立健全药品耗材采购', 'commitment');
    expectKind(analysis, '诚恳接受、照单全收', 'pledge');
    const group = expectKind(analysis, '成立由党组书记任组长', 'commitment');
    expect(group.deadline).toBe('5月底前');
    expect(group.owner).toBe('由党组书记任组长');
    expect(expectKind(analysis, '两个月内报', 'commitment').deadline).toBe('两个月内');
  });

  it('leaves praise, procedure and attendance alone', () => {
    expectNone(analysis, '取得了一定成效');
    expectNone(analysis, '参加会议');
    expectNone(analysis, '根据县委巡察工作统一部署');
  });

  it('reads the document meta', () => {
    expect(analysis.meta).toEqual({
      title: '县委第二巡察组向县卫生健康局党组反馈巡察情况',
      publishDate: '2024-04-18',
      issuingUnit: '县委巡察工作领导小组办公室',
      inspectedUnit: '县卫生健康局党组',
      round: '县委第二巡察组',
    });
  });

  it('keeps the contract of every finding', () => expectWellFormed(original, analysis));
});

describe('a Traditional news post with pinyin annotations', () => {
  const original = fixture('feedback-traditional.txt');

  it('finds the same kinds of statement after conversion, with offsets in the original', () => {
    const analysis = analyzeText(original, { converter });
    expect(analysis.converted).toBe(true);
    const problem = expectKind(analysis, '落实全面从严治党主体责任不够到位', 'problem');
    // The finding paints the original characters, annotations included.
    expect(problem.text).toContain('從(cóng)嚴治黨');
    expect(problem.normalized).not.toContain('(');
    expectKind(analysis, '检查流于形式', 'problem');
    expectKind(analysis, '专业人才缺乏', 'problem');
    expectKind(analysis, '坚决把整改工作抓紧抓实', 'pledge');
    expectKind(analysis, '制定整改方案', 'commitment');
    expect(expectKind(analysis, '对超期案件限期办结', 'commitment').deadline).toBe('限期办结');
    expectKind(analysis, '诚恳接受巡察组的意见', 'pledge');
    expect(expectKind(analysis, '召开专题会议研究整改工作', 'commitment').deadline).toBe('一个月内');
    expect(analysis.meta.inspectedUnit).toBe('区市场监管局党组');
    expect(analysis.meta.publishDate).toBe('2023-11-09');
    expectWellFormed(original, analysis);
  });
});

describe('a pledge speech copied from a PDF', () => {
  const original = fixture('pledge-speech-pdf.txt');
  const analysis = analyzeText(original);

  it('joins the wrapped lines, the title included', () => {
    expect(analysis.meta.title).toBe('在市委第一巡察组巡察市水务局党组情况反馈会上的表态发言');
    expect(analysis.meta.inspectedUnit).toBe('市水务局党组');
    // A finding across a wrap maps back over the line break.
    const finding = expectKind(analysis, '这些问题反映出我们在落实全面从严治党责任上还有不少差距', 'problem');
    expect(finding.text).toContain('\n');
  });

  it('splits a quoted problem from the measure that answers it', () => {
    const quoted = expectKind(analysis, '工程项目招投标管理不规范，监管存在盲区', 'problem');
    expect(quoted.normalized).not.toContain('“');
    expect(quoted.cues[0]).toEqual({ category: 'quoted-problem', match: '针对“…”的问题' });
    const measure = expectKind(analysis, '我们要全面梳理近三年的在建工程项目', 'commitment');
    expect(measure.deadline).toBe('今年9月底前');
    expectNone(analysis, '针对“工程项目');
    expectKind(analysis, '干部交流轮岗不够经常', 'problem');
    expectKind(analysis, '研究制定干部交流轮岗实施细则', 'commitment');
  });

  it('reads the numbered measures and the triage of problems as commitments', () => {
    expectKind(analysis, '一是成立整改工作领导小组', 'commitment');
    expectKind(analysis, '二是制定整改方案', 'commitment');
    expectKind(analysis, '三是会后一周内召开党组专题会议', 'commitment');
    expectKind(analysis, '对能够马上解决的', 'commitment');
    expectKind(analysis, '对需要一定时间解决的', 'commitment');
    expectKind(analysis, '三、坚持标本兼治，建立健全长效机制', 'commitment');
  });

  it('keeps acceptance and resolve as pledges, and procedure as nothing', () => {
    expectKind(analysis, '我们完全赞同、诚恳接受', 'pledge');
    expectKind(analysis, '我们必须清醒认识到', 'pledge');
    expectKind(analysis, '一、提高思想认识', 'pledge');
    expectNone(analysis, '下面，我代表局党组作如下表态');
    expectNone(analysis, '指出了我们工作中存在的问题');
  });

  it('keeps the contract of every finding', () => expectWellFormed(original, analysis));
});

describe('a page copied with its navigation and footer', () => {
  const original = fixture('furniture-page.txt');
  const analysis = analyzeText(original);

  it('finds nothing in the furniture', () => {
    for (const chrome of [
      '网站首页',
      '站内搜索',
      '当前位置',
      '浏览次数',
      '【打印】',
      '相关文章',
      '上一篇',
      '下一篇',
      '责任编辑',
      '版权所有',
      '网站标识码',
      '联系电话',
    ])
      expectNone(analysis, chrome);
    // Titles of related articles read like findings but are links.
    expectNone(analysis, '召开巡察整改工作推进会');
  });

  it('finds what the article says', () => {
    expectKind(analysis, '个别班子成员抓分管领域党风廉政建设用力不够', 'problem');
    expect(expectKind(analysis, '对尚未完成的整改任务要实行挂牌督办', 'commitment').deadline).toBe(
      '10月底前',
    );
    expectKind(analysis, '要建立巡察整改常态化监督机制', 'commitment');
    expectKind(analysis, '会前，局党委通过个别谈话', 'progress');
  });

  it('reads the byline for the meta but not as the title', () => {
    expect(analysis.meta.title).toBe('市教育局党委召开巡察整改专题民主生活会');
    expect(analysis.meta.publishDate).toBe('2023-08-22');
    expect(analysis.meta.issuingUnit).toBe('市教育局');
  });
});

describe('a progress report', () => {
  const original = fixture('progress-report.txt');
  const analysis = analyzeText(original);

  it('reports measures carried out as progress, never as commitments', () => {
    for (const done of [
      '立即成立了巡察整改工作领导小组',
      '先后召开党组会议6次',
      '制定印发了《巡察反馈问题整改方案》',
      '组织开展了惠农补贴资金发放专项检查',
      '（四）健全长效机制',
    ])
      expectKind(analysis, done, 'progress');
    expect(analysis.findings.filter((f) => f.kind === 'commitment').length).toBe(2);
  });

  it("does not report the inspection itself as work done, but keeps the unit's own inspections", () => {
    const report = analyzeText(
      '2024年3月至5月，市委第四巡察组对区教育局党组开展了常规巡察。\n' +
        '区教育局党组对所属3所学校开展了专项检查，建立了问题整改台账。',
    );
    expectNone(report, '市委第四巡察组对区教育局党组开展了常规巡察');
    expectKind(report, '对所属3所学校开展了专项检查', 'progress');
  });

  it('still finds the shortcomings it admits and the plans it makes', () => {
    expectKind(analysis, '耕地撂荒整治的长效机制尚未建立', 'problem');
    expectKind(analysis, '个别股室对整改工作重视不够', 'problem');
    const plan = expectKind(analysis, '对尚未完成的3个问题实行挂牌督办', 'commitment');
    expect(plan.deadline).toBe('6月底前');
    expect(plan.quantities).toEqual(['3个']);
    expectKind(analysis, '每半年开展一次整改“回头看”', 'commitment');
  });

  it('does not flag headings that name their section, the closing notice or the signature', () => {
    expectNone(analysis, '存在的不足');
    expectNone(analysis, '下一步工作打算');
    expectNone(analysis, '欢迎广大干部群众');
    expectNone(analysis, '监督电话');
  });

  it('reads the title, the signature and the date under it', () => {
    expect(analysis.meta).toMatchObject({
      title: '关于县农业农村局党组巡察整改进展情况的通报',
      publishDate: '2024-03-05',
      issuingUnit: '中共XX县农业农村局党组',
      inspectedUnit: '县农业农村局党组',
      round: '县委第三巡察组',
    });
  });
});

describe('a rectification plan with owners and time limits', () => {
  const original = fixture('rectification-plan.txt');
  const analysis = analyzeText(original);

  it('reads each item: the problem, its measures, and the owner and limit below them', () => {
    expectKind(analysis, '（一）落实意识形态工作责任制不到位', 'problem');
    expectKind(analysis, '主要表现：党组研究意识形态工作次数偏少', 'problem');
    const meeting = expectKind(analysis, '每半年至少召开一次党组会议', 'commitment');
    expect(meeting.deadline).toBe('2024年6月底前');
    expect(meeting.owner).toBe('党组书记');
    const survey = expectKind(analysis, '开展文物安全隐患大排查', 'commitment');
    expect(survey.owner).toBe('由分管副局长牵头');
    expect(survey.deadline).toBe('限时整改，9月底前完成');
    // An item without any cue of its own is a measure because it is listed as one.
    const funds = expectKind(analysis, '争取专项资金，更新安防设施', 'commitment');
    expect(funds.cues[0]).toEqual({ category: 'context', match: '整改措施' });
    expect(funds.owner).toBe('文物保护股');
    expect(expectKind(analysis, '修订完善公务接待管理办法', 'commitment').deadline).toBe(
      '立行立改，长期坚持',
    );
  });

  it('reads owner and limit fields that follow the measures in the same paragraph', () => {
    const plan = analyzeText(
      '（二）档案管理不规范\n' +
        '整改措施：①建立会议记录归档台账，逐本清理近三年的会议记录；②制定档案借阅登记制度。' +
        '责任领导：分管副局长；责任单位：办公室、人事股；完成时限：2024年10月底前。',
    );
    const filing = expectKind(plan, '建立会议记录归档台账', 'commitment');
    expect(filing.owner).toBe('分管副局长'); // the first field that names one
    expect(filing.deadline).toBe('2024年10月底前');
    expect(expectKind(plan, '制定档案借阅登记制度', 'commitment').deadline).toBe('2024年10月底前');
    for (const field of ['责任领导', '责任单位', '完成时限']) expectNone(plan, field);
  });

  it('keeps general requirements as pledges and the section heading out', () => {
    expectKind(analysis, '坚持问题导向', 'pledge');
    expectKind(analysis, '各股室要提高政治站位', 'pledge');
    expectNone(analysis, '存在问题及整改措施');
    expectNone(analysis, '制定本方案');
    // A target described by a shortcoming (对整改不力的) is not a problem.
    expectKind(analysis, '对整改不力的严肃追责问责', 'commitment');
  });

  it('keeps the contract of every finding', () => expectWellFormed(original, analysis));
});

describe('a page with nothing to find', () => {
  it('yields no findings', () => {
    const analysis = analyzeText(fixture('unrelated-page.txt'));
    expect(analysis.findings).toEqual([]);
  });

  it('costs next to nothing', () => {
    const page = fixture('unrelated-page.txt').repeat(6); // a few thousand characters
    for (let i = 0; i < 50; i++) analyzeText(page); // let the engine compile the hot paths
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      analyzeText(page);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    // The target is 1 ms on an idle machine; the bound leaves room for a busy test runner.
    expect(times[10]).toBeLessThan(3);
  });
});

describe('analyzeInSteps', () => {
  it('gives the same analysis as analyzeText, yielding on long texts', () => {
    const original = Array.from({ length: 120 }, () => fixture('feedback-news.txt')).join('\n');
    const steps = analyzeInSteps(original);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    expect(next.value).toEqual(analyzeText(original));
  });

  it('handles empty and blank text', () => {
    expect(analyzeText('').findings).toEqual([]);
    expect(analyzeText('  \n\n  ').findings).toEqual([]);
    expect(analyzeText('只有一句话。').findings).toEqual([]);
  });

  it('uses the page title for the meta and the document kind', () => {
    const analysis = analyzeText('成立了整改工作领导小组。\n制定了整改方案。', {
      title: '关于巡察整改进展情况的通报_XX县人民政府',
    });
    expect(analysis.meta.title).toBe('关于巡察整改进展情况的通报');
    expect(analysis.findings.map((f) => f.kind)).toEqual(['progress', 'progress']);
  });

  it('keeps the explanation of a finding to the cues that speak for its kind', () => {
    const analysis = analyzeText('要建立整改台账，明确责任人和完成时限。');
    const finding = findingWith(analysis, '建立整改台账');
    expect(finding.cues).toEqual([
      { category: 'directive', match: '要' },
      { category: 'measure', match: '建立…整改台账' },
      { category: 'measure', match: '明确…责任人' },
    ]);
  });
});

describe('statements of other shapes', () => {
  it('reads holding those at fault liable as a measure, and a duty alone as a pledge', () => {
    const analysis = analyzeText(
      '对整改不力、敷衍整改的，要严肃追究相关人员责任。\n班子成员要切实履行一岗双责，扛起整改责任。',
    );
    const liable = expectKind(analysis, '严肃追究相关人员责任', 'commitment');
    expect(liable.cues).toContainEqual({ category: 'measure', match: '严肃追究…责任' });
    expectKind(analysis, '扛起整改责任', 'pledge');
  });

  it('reads time past in a plan as the scope of a measure, not as work done', () => {
    const plan = analyzeText(
      '县财政局党组关于巡察反馈意见的整改方案\n一、整改措施\n（一）对2022年以来的财务票据进行全面清理。\n（二）对2021年以来的公务接待开展全面自查。',
    );
    expectKind(plan, '对2022年以来的财务票据进行全面清理', 'commitment');
    expectKind(plan, '对2021年以来的公务接待开展全面自查', 'commitment');
  });

  it('reads a shortcoming in the target of a measure as describing the target, not as a problem', () => {
    const plan = analyzeText(
      '县财政局党组关于巡察反馈意见的整改方案\n（一）补贴发放把关不严\n' +
        '整改措施：①对违规享受的补贴资金一律追缴；②对不合规的报销票据逐笔核查。\n' +
        '（二）落实上级部署有差距\n主要表现：对上级决策部署落实不到位，贯彻执行打折扣。',
    );
    expectKind(plan, '对违规享受的补贴资金一律追缴', 'commitment');
    // A fragment after ； goes on with the measures, and says so.
    const next = expectKind(plan, '对不合规的报销票据逐笔核查', 'commitment');
    expect(next.cues[0]).toEqual({ category: 'context', match: '整改措施' });
    // A shortcoming after the verb is asserted.
    expectKind(plan, '对上级决策部署落实不到位', 'problem');
    for (const f of plan.findings) expect(f.cues.length, f.normalized).toBeGreaterThan(0);
  });

  it('reads labels inside a line (问题2：…；措施：…；), numbered or not, for the units they open', () => {
    const list = analyzeText(
      '某社区巡察反馈问题整改清单\n' +
        '问题1：活动室管理制度执行松散；措施：由社区办公室逐项复查使用记录，补齐缺失登记；责任人：某某某；时限：2024年5月底\n' +
        '问题2:志愿服务台账无专人维护;措施:对2022年以来的服务记录重新核对,指定专人每周更新;责任人:某某某;时限:长期坚持',
    );
    // No negative word of its own: the label says it is a problem.
    expectKind(list, '活动室管理制度执行松散', 'problem');
    expectKind(list, '志愿服务台账无专人维护', 'problem');
    // Under a label of measures, a shortcoming names the target and time past the scope.
    expectKind(list, '由社区办公室逐项复查使用记录', 'commitment');
    const dated = expectKind(list, '对2022年以来的服务记录重新核对', 'commitment');
    expect(dated.owner ?? dated.deadline).toBeTruthy();
  });

  it('reads a date with 前 as a time limit, and a measure with one as a plan; 日前 alone is "recently"', () => {
    const minutes = analyzeText(
      '会议决定：\n（一）由党委副书记牵头，修订重大事项议事规则，于6月30日前提交党委会审议。\n' +
        '（二）整改情况于9月15日前形成书面报告，经党委会审议后报集团党委巡察办，同时在公司内部公开。\n' +
        '日前，县委召开了巡察整改推进会。',
    );
    const revise = expectKind(minutes, '修订重大事项议事规则', 'commitment');
    expect(revise.cues).toContainEqual({ category: 'deadline', match: '日前' });
    expectKind(minutes, '于9月15日前形成书面报告', 'commitment');
    expectNone(minutes, '日前，县委召开', ['commitment', 'pledge', 'problem']);
  });

  it('carries a label on a line of its own to the list items under it, and reads fields in parentheses', () => {
    const plan = analyzeText(
      '三、问题清单及整改措施\n（一）便民服务方面\n问题2：异地备案流程繁琐，群众跑腿多。\n整改措施：\n' +
        '（1）全面推行异地备案“线上办、承诺制”，取消证明材料，实现备案即时办结。' +
        '（牵头领导：某某某；责任科室：待遇保障科；完成时限：2024年9月）\n（二）队伍建设方面\n' +
        '（1）全面提高干部队伍的政治站位。',
    );
    const online = expectKind(plan, '全面推行异地备案', 'commitment');
    expect(online.cues[0]).toEqual({ category: 'context', match: '整改措施' });
    expect(online.deadline).toBe('2024年9月');
    expectNone(plan, '牵头领导');
    // A new heading ends the label's reach.
    expectKind(plan, '全面提高干部队伍的政治站位', 'pledge');
  });

  it('reads the items after a lead that introduces advice or requirements (…提出以下改善建议：) as measures', () => {
    const report = analyzeText(
      '调查发现，该处对占道堆放杂物的投诉跟进迟缓。\n申诉专员向该处提出以下3项改善建议：\n' +
        '（1）订明由接获投诉至首次到场查看的目标时限；\n（2）按各路段的投诉数目，制定分级巡查安排；\n' +
        '四、审计建议\n审计署建议市场管理处：\n（1）订明摊位空置超过半年的处理程序。\n',
    );
    const limit = expectKind(report, '订明由接获投诉', 'commitment');
    expect(limit.cues).toContainEqual({ category: 'context', match: '整改措施' });
    expectKind(report, '制定分级巡查安排', 'commitment');
    expectKind(report, '摊位空置超过半年的处理程序', 'commitment');
    // The lead itself is no finding.
    expectNone(report, '审计署建议');
    // Not a lead to measures: what fell short of a requirement; and a headline of 一是… speaks for itself.
    const shortfall = analyzeText(
      '检查发现存在以下不符合要求的情况：\n（1）台账登记不全。\n县委提出以下要求：\n一是把担子挑起来。各单位要逐案组织讨论。\n',
    );
    expectNone(shortfall, '台账登记不全', ['commitment']);
    expectNone(shortfall, '把担子挑起来', ['commitment']);
  });

  it('reads the measures that spell out a list item (一是…。在…设立…) as commitments', () => {
    const pledge = analyzeText(
      '我们将从以下两个方面抓好整改：\n一是强化理论武装。在每个年级组设立党员先锋岗，组织集中研讨，建立学习台账。\n' +
        '二是严肃工作纪律。',
    );
    expectKind(pledge, '一是强化理论武装', 'pledge');
    const spelled = expectKind(pledge, '在每个年级组设立党员先锋岗', 'commitment');
    expect(spelled.cues[0]).toEqual({ category: 'context', match: '承接段首' });
    expectKind(pledge, '二是严肃工作纪律', 'pledge');
  });

  it('reads a measure after a paragraph that opens with a pledge, marked or not, as spelling it out', () => {
    const speech = analyzeText(
      '某某某强调，整改成效最终要由群众评判，镇党委要切实担起整改主体责任。县纪委监委会把这次整改列为日常监督的重点，发现搞形式、走过场的，严肃问责。',
    );
    const spelled = expectKind(speech, '县纪委监委会把这次整改列为日常监督的重点', 'commitment');
    expect(spelled.cues[0]).toEqual({ category: 'context', match: '承接段首' });
  });

  it('reads a target before an order (对…的问题，要…) as part of the order, not as a problem', () => {
    const orders = analyzeText(
      '对自查发现的违规发放资金，要一律清退收缴；\n对自查中发现的整改不到位的问题，要建立台账、明确时限。\n' +
        '对群众反映的问题重视不够，服务意识不强。\n3个部门的结余资金未及时收回统筹，涉及金额612.3万元。',
    );
    const recover = expectKind(orders, '对自查发现的违规发放资金，要一律清退收缴', 'commitment');
    expect(recover.cues).toContainEqual({ category: 'measure', match: '清退收缴' });
    expectKind(orders, '对自查中发现的整改不到位的问题，要建立台账', 'commitment');
    // A shortcoming that ends its clause is asserted…
    expectKind(orders, '对群众反映的问题重视不够', 'problem');
    // …and a measure it negates is what was not done.
    expectKind(orders, '结余资金未及时收回统筹', 'problem');
  });

  it('reads publishing the rectification for public scrutiny, and publicising it, as measures', () => {
    const analysis = analyzeText(
      '整改落实情况将在县教育局门户网站予以公开，接受社会监督。\n要通过校报、校园网等平台进行宣传推广。',
    );
    expectKind(analysis, '接受社会监督', 'commitment');
    expectKind(analysis, '进行宣传推广', 'commitment');
    // Whoever is named to check it: 接受…监督 with words between.
    const staff = analyzeText(
      '整改进展情况将在校园网和家长群同步公开，接受家长和社会监督。\n局党组虚心接受巡察组的意见。',
    );
    expect(expectKind(staff, '接受家长和社会监督', 'commitment').cues).toContainEqual({
      category: 'measure',
      match: '接受…监督',
    });
    expectKind(staff, '虚心接受巡察组的意见', 'pledge');
  });

  it('explains a statement classed by its shape alone', () => {
    const [order] = analyzeText('（四）从严从实督促检查。').findings;
    expect(order.cues.length).toBeGreaterThan(0);
  });

  it('reads day-to-day oversight of the rectification, with its sanction, as a measure', () => {
    const analysis = analyzeText('市纪委监委要加强对整改情况的日常监督，对敷衍整改的严肃问责。');
    expectKind(analysis, '加强对整改情况的日常监督', 'commitment');
  });

  it('reads a list marker that gives the order (一要, 二要) as a directive', () => {
    const analysis = analyzeText(
      '市委巡察组向某局党组反馈巡察情况\n巡察组提出整改意见。\n二要压实管党治党政治责任，健全完善监督制约机制。',
    );
    expectKind(analysis, '健全完善监督制约机制', 'commitment');
  });

  it('does not read a feedback title ending in 情况 as a report of work done', () => {
    const analysis = analyzeText(
      '市委巡察组向某局党组反馈巡察情况\n建立健全干部监督管理制度，完善廉政风险防控机制。',
    );
    expectNone(analysis, '建立健全干部监督管理制度', ['progress']);
  });

  it('skips a list marker after a colon (一是 is no copula)', () => {
    const analysis = analyzeText('局党组将持续巩固整改成果：一是实行挂图作战，确保年底前全部整改到位。');
    const finding = expectKind(analysis, '实行挂图作战', 'commitment');
    expect(finding.deadline).toBe('年底前');
  });

  it('reads 对…的问题 at the head of a measure as its target, not as a finding', () => {
    const analysis = analyzeText('对尚未完成整改的问题，要实行挂图作战，逐项销号。');
    expectKind(analysis, '实行挂图作战', 'commitment');
    expectNone(analysis, '尚未完成整改', ['problem']);
  });

  it('takes the problem quoted in a heading of work done, and reports the measures under it', () => {
    const original =
      '二、整改落实情况\n（一）关于“专项资金监管不到位”问题的整改情况\n1.对近三年专项资金发放情况进行全面排查，追回违规发放资金2.6万元。\n2.建立专项资金发放公示制度。';
    const analysis = analyzeText(original);
    const problem = expectKind(analysis, '专项资金监管不到位', 'problem');
    expect(problem.text).toBe('专项资金监管不到位');
    expectKind(analysis, '追回违规发放资金', 'progress');
    expectKind(analysis, '建立专项资金发放公示制度', 'progress');
    expectWellFormed(original, analysis);
  });
});

describe('statements that open in passing', () => {
  it('reads 将会同 as a plan made with others, not as 将会 of a consequence', () => {
    const analysis = analyzeText('办公室将会同财政局开展专项检查。如果不整改，将会造成损失。');
    expectKind(analysis, '将会同财政局开展专项检查', 'commitment');
    expectNone(analysis, '将会造成损失');
  });

  it('reads an order after 同时，as an order', () => {
    expectKind(analyzeText('同时，修订完善《合同管理办法》等制度。'), '修订完善', 'commitment');
  });
});

describe('a measure that names its target first', () => {
  it('reads 对…实行… as an order', () => {
    expectKind(
      analyzeText('对整改工作实行“月调度、季通报”，纪委全程跟踪监督。'),
      '实行“月调度',
      'commitment',
    );
  });

  it('reads a target in a clause of its own, then the measure (对…的问题，实行挂牌督办), as an order', () => {
    expectKind(analyzeText('对逾期未整改的问题，实行挂牌督办。'), '实行挂牌督办', 'commitment');
    expectKind(analyzeText('对巡察反馈的问题，逐项建立整改台账。'), '逐项建立整改台账', 'commitment');
    expectKind(analyzeText('对巡察反馈的问题，建立了整改台账。'), '建立了整改台账', 'progress');
  });

  it('still reads 对…重视不够 as a shortcoming', () => {
    expectKind(analyzeText('对意识形态工作重视不够。'), '重视不够', 'problem');
  });
});

describe('a notice of typical cases', () => {
  it('reads misconduct named by its act as a problem', () => {
    const analysis = analyzeText(
      '2.某县水务局原副局长某某某违规收受礼金问题。\n2023年春节期间，某某某先后2次收受服务对象所送礼金共计5000元。\n该所以召开工作座谈会为名，组织公款宴请，花费1.2万元。\n某中心未经审批向职工发放购物卡，也未纳入工资总额核算。',
    );
    expectKind(analysis, '先后2次收受', 'problem');
    expectKind(analysis, '组织公款宴请', 'problem');
    expectKind(analysis, '未经审批', 'problem');
  });

  it('does not read 宴请 as an order of 请', () => {
    expectNone(analyzeText('某所在农家乐宴请客户，花费800元。'), '宴请客户', ['commitment', 'pledge']);
  });
});

describe('a plan with dated stages and a list of checks', () => {
  it('reads a stage with its date range as a measure with a time limit', () => {
    const analysis = analyzeText(
      '四、工作步骤\n（一）动员部署阶段（2024年6月19日—6月30日）\n召开动员部署会，印发整改方案。',
    );
    expectKind(analysis, '动员部署阶段', 'commitment');
  });

  it('does not read a range up to now as a time limit', () => {
    expectNone(analyzeText('2023年1月1日至今，共开展检查12次。'), '开展检查', ['commitment']);
  });

  it('reads …情况 under 检查内容 as what will be checked, not as work done', () => {
    const analysis = analyzeText(
      '关于开展巡察整改“回头看”的通知\n二、检查内容\n（一）整改责任落实情况。\n重点检查是否建立整改台账，逐项核查已销号问题的佐证材料。',
    );
    expectNone(analysis, '重点检查是否建立整改台账', ['progress']);
  });
});

describe('measures that a report can account for', () => {
  it('keeps a list of orders together when it goes on with 将 (将任务分解到…)', () => {
    const analysis = analyzeText(
      '召开党组会议和整改动员部署会，传达反馈意见，印发整改工作方案，将整改任务逐项分解到责任领导。',
    );
    expectKind(analysis, '印发整改工作方案', 'commitment');
  });

  it('reads a rule without exception (一律) as a measure', () => {
    expectKind(
      analyzeText('对出租资产，将全面清理租赁合同，今后一律通过公共资源交易平台公开招租。'),
      '公开招租',
      'commitment',
    );
  });

  it('reads dealing with those at fault (严肃处理) as a measure', () => {
    expectKind(
      analyzeText('五、工作要求\n对敷衍整改、虚假整改的，移交县纪委监委严肃处理。'),
      '严肃处理',
      'commitment',
    );
  });

  it('reads fines, contracts ended, payments stopped and credit records (处以罚款, 解除服务协议, 信用档案) as measures', () => {
    const notice = analyzeText(
      '对虚报数据的2家企业，拟处以罚款。\n对再次违规的超市，一律暂停医保结算，情节严重的解除服务协议。\n对未按期整改的施工单位，将记入建筑市场信用档案。',
    );
    expectKind(notice, '拟处以罚款', 'commitment');
    expectKind(notice, '一律暂停医保结算', 'commitment');
    expectKind(notice, '记入建筑市场信用档案', 'commitment');
  });
});

describe('words that change sides in context', () => {
  it('reads a hotline published (公布举报电话) as a measure, not as a contact line', () => {
    expectKind(
      analyzeText('开展有偿补课专项治理，与全体教师签订承诺书，公布举报电话和举报信箱。'),
      '公布举报电话',
      'commitment',
    );
  });

  it('reads a hotline put up (公示举报电话) as a measure, not as a contact line', () => {
    expectKind(
      analyzeText('请于3个工作日内更换不合格的电子秤，并在大厅公示投诉举报电话。'),
      '公示投诉举报电话',
      'commitment',
    );
  });

  it('reads a hotline at the end of a list of things made public (公开…和监督电话) as a measure', () => {
    expectKind(
      analyzeText('要在办事大厅和门户网站公开办理流程、收费标准、办结时限和监督电话，接受群众监督。'),
      '公开办理流程',
      'commitment',
    );
    expectKind(
      analyzeText('检查发现，该机构未在经营场所明示收费项目、收费标准和监督电话。'),
      '未在经营场所明示',
      'problem',
    );
  });

  it('reads misconduct named as the object of a campaign (开展乱收费问题专项治理) as the measure', () => {
    expectKind(analyzeText('开展乱收费问题专项治理。'), '乱收费问题专项治理', 'commitment');
    expectKind(analyzeText('该窗口存在代办乱收费行为。'), '代办乱收费', 'problem');
  });

  it('reads a shortcoming disowned (不走过场) as resolve, not as a problem', () => {
    const analysis = analyzeText(
      '我们一定拿出真刀真枪的劲头，不回避、不推脱、不走过场。整改没有完成时，只有进行时。',
    );
    expectNone(analysis, '不走过场', ['problem']);
    expectNone(analysis, '没有完成时', ['problem']);
  });
});

describe('a table copied as text', () => {
  it('finds the problem of a row and leaves a bare time limit alone', () => {
    const analysis = analyzeText(
      '现将整改清单公布如下。\n序号\t问题\t整改措施\t责任人\t完成时限\n1\t村务公开不及时，财务收支未按季度公开\t每季度公开财务收支\t某某某\t2024年7月底',
    );
    expectKind(analysis, '村务公开不及时', 'problem');
    expect(analysis.findings.find((f) => f.text === '2024年7月底')).toBeUndefined();
    expectKind(analysis, '每季度公开财务收支', 'commitment');
  });
});

describe('a heading over work done and then the problems left', () => {
  it('reads the list under 整治情况及存在问题 as problems', () => {
    const analysis = analyzeText(
      '一、第一阶段整治情况及存在问题\n整治总体取得了一定成效，但“回潮”反弹问题比较突出。\n' +
        '一是主次干道早夜市流动摊点回潮，晚8点后占道摊点最多时达40余个；\n二是部分中队执法“一阵风”，夜间和节假日巡查存在空档。\n二、整治措施',
    );
    expectKind(analysis, '一是主次干道早夜市流动摊点回潮', 'problem');
  });
});

describe('a date range', () => {
  it('is a time limit in parentheses after a phase, and otherwise the period an act took', () => {
    const plan = analyzeText('（二）实地检查阶段（5月21日至6月21日）。');
    expectKind(plan, '实地检查阶段', 'commitment');
    const news = analyzeText(
      '11月4日至6日，县委第一、第二巡察组分别向县农业农村局党组、县供销社党组反馈巡察情况。',
    );
    expectNone(news, '分别向县农业农村局党组', ['commitment']);
  });

  it('does not read a total of work done in a period (共出动…人次) as a problem under a heading of problems', () => {
    const analysis = analyzeText(
      '一、第一阶段整治情况及存在问题\n3月1日至4月30日第一阶段整治期间，全局共出动执法人员1200人次，劝导规范占道经营行为800起，立案查处12起。\n' +
        '一是主次干道早夜市流动摊点回潮，晚8点后占道摊点最多时达40余个；',
    );
    expectNone(analysis, '全局共出动执法人员', ['problem', 'commitment']);
  });
});

describe("a correction of Taiwan's Control Yuan", () => {
  it('reads 允宜 as an order', () => {
    const analysis = analyzeText(
      '(三)該府允宜建立社會處與消防局聯合稽查及查核結果即時通報機制,並定期抽查執行情形。',
      {
        converter,
      },
    );
    expectKind(analysis, '该府允宜建立', 'commitment');
  });
});

describe('a table of promises', () => {
  it('reads a column of 承诺事项 as measures, though they name what is broken', () => {
    const analysis = analyzeText(
      '村“两委”班子作出如下承诺：\n序号\t承诺事项\t完成时限\t责任人\n1\t更换村道损坏路灯8盏，落实专人每月巡查一次\t2026年3月底前\t某某',
    );
    expectKind(analysis, '更换村道损坏路灯8盏', 'commitment');
  });
});

describe('an action not taken (未…)', () => {
  it('reads 未 before any verb as a shortcoming', () => {
    const analysis = analyzeText(
      '一、发现的隐患\n1.除尘系统未设置泄爆装置，车间积尘较厚；\n2.值班人员未取得消防设施操作员证书。',
    );
    expectKind(analysis, '未设置泄爆装置', 'problem');
    expectKind(analysis, '未取得消防设施操作员证书', 'problem');
  });

  it('does not assert what 未…的 describes as the target of a measure', () => {
    expectNone(analyzeText('对园区涉水企业逐家开展排查，未建预处理设施的责令限期建成。'), '未建预处理设施', [
      'problem',
    ]);
  });

  it('does not read a good record (未发生事故) as a shortcoming', () => {
    expectNone(analyzeText('学校每学期开展应急疏散演练，近三年未发生校园安全责任事故。'), '未发生', [
      'problem',
    ]);
  });
});

describe('a document titled as a plan', () => {
  const body = '村务监督委员会每月列席村“两委”会议，对5000元以上支出逐笔签字把关。';

  it('reads its bare measures as measures to take, even with the site name after the title', () => {
    const analysis = analyzeText(body, { title: 'XX村巡察反馈问题整改工作方案_通知公告_XX镇人民政府' });
    expectKind(analysis, '逐笔签字把关', 'commitment');
  });

  it('leaves the same statement alone in a news post', () => {
    expectNone(analyzeText(body, { title: 'XX村召开村民代表会议_工作动态_XX镇人民政府' }), '逐笔签字把关', [
      'commitment',
    ]);
  });
});

describe('recommendations and works', () => {
  it('reads a recommendation that names a measure as a commitment', () => {
    expectKind(
      analyzeText('建议学校将科学实验室改造纳入2025年度预算，每学期开展两次视力筛查。'),
      '纳入2025年度预算',
      'commitment',
    );
  });

  it('reads advice without a measure as nothing at all', () => {
    expect(analyzeText('第二天，建议早点起床去爬山。').findings).toEqual([]);
  });

  it('reads works to build, with their size, as a measure', () => {
    expectKind(analyzeText('要新建日处理能力200吨的渗滤液处理站。'), '渗滤液处理站', 'commitment');
  });
});

describe('应 as an order', () => {
  it('reads 各单位应… as a directive, but not 应 inside words (响应, 应保未保)', () => {
    expectKind(
      analyzeText('（三）各单位应规范现金管理，严格执行公务卡强制结算目录。'),
      '严格执行公务卡',
      'commitment',
    );
    expectKind(analyzeText('近年来，应保未保问题仍然存在。'), '应保未保', 'problem');
  });
});

describe('excess as a shortcoming', () => {
  it('reads 过长, 过多 and 负担重 as shortcomings', () => {
    const analysis = analyzeText('有的街道临时救助审批时间过长；有的单位督查检查事项过多，基层负担重。');
    expectKind(analysis, '审批时间过长', 'problem');
    expectKind(analysis, '事项过多', 'problem');
  });
});

describe('cases told under a heading of problems', () => {
  const analysis = analyzeText(
    '二、发现的问题\n（一）简单回复、一退了之。某区住建局承办的电梯停运诉求，以“属于合同纠纷”为由直接回退，群众先后4次来电。\n（二）违规吃喝问题。某大队组织公款宴请，花费7800元。大队长某某某受到党内严重警告处分。',
  );

  it('reads what happened as the problem it tells', () => {
    expectKind(analysis, '一退了之', 'problem');
    expectKind(analysis, '群众先后4次来电', 'problem');
  });

  it('does not read the punishment that followed as a problem', () => {
    expectNone(analysis, '受到党内严重警告处分', ['problem']);
  });
});

describe('targets set in numbers', () => {
  it('reads a target with its number as a measure in a plan', () => {
    const analysis = analyzeText('城区在建工地扬尘防控措施落实率达到100%。', { title: '扬尘污染整改方案' });
    expectKind(analysis, '落实率达到100%', 'commitment');
  });

  it('reads a figure set as the target (力争…控制在0.3‰以内) as a commitment, not resolve alone', () => {
    expectKind(analyzeText('个贷逾期率力争控制在0.3‰以内。'), '控制在0.3‰以内', 'commitment');
  });

  it('reads a target reached in a report as nothing to promise', () => {
    expectNone(analyzeText('今年以来，群众满意度达到98%。'), '满意度达到98%', ['commitment']);
  });
});

describe('plans with their own words', () => {
  it('reads a completion after a time limit (8月底前全部完成) as the plan, not a report', () => {
    expectKind(
      analyzeText('对17家养殖场实行“一场一策”，8月底前全部完成粪污处理设施配套建设。'),
      '一场一策',
      'commitment',
    );
  });

  it('reads a document named by its title after 修订 or 制定 as a measure', () => {
    expectKind(analyzeText('修订《某县生态环境保护工作职责规定》，明确各部门职责。'), '修订《', 'commitment');
  });

  it('reads an order to rectify at once (立即整改) and sanctions as measures', () => {
    expectKind(
      analyzeText('第6、7项隐患要立即整改，逾期未整改的，将依法实施行政处罚。'),
      '立即整改',
      'commitment',
    );
  });
});

describe('a section of causes', () => {
  it('reads the causes under 原因剖析 as explanations, not as problems of their own', () => {
    const analysis = analyzeText(
      '一、存在的问题\n（一）理论学习不够深入。\n二、原因剖析\n（一）理想信念的“总开关”拧得还不够紧。\n（二）宗旨意识有所淡化。\n三、整改措施\n（一）建立学习台账，每月开展一次集中学习。',
    );
    expectKind(analysis, '理论学习不够深入', 'problem');
    expectNone(analysis, '拧得还不够紧', ['problem']);
    expectKind(analysis, '建立学习台账', 'commitment');
  });
});

describe('procedure words in a list of methods', () => {
  it('reads 列席会议 among methods as a method, and an attendance line as procedure', () => {
    const analysis = analyzeText(
      '巡察期间，巡察组将综合运用个别谈话、调阅资料、列席会议、抽查核实等方式开展监督。\n县委巡察办负责同志列席会议。',
    );
    expectKind(analysis, '个别谈话', 'commitment');
    expectNone(analysis, '负责同志列席会议');
  });

  it('reads who chaired a meeting and who sat in (约谈由…主持，…列席) as procedure', () => {
    expectNone(analyzeText('约谈由县纪委主要负责同志某某某主持，党风政风室负责同志列席。'), '主持');
  });
});

describe('an item that names a field of effort', () => {
  it('reads 一是抓学习。 as a pledge, and 抓获 as no effort', () => {
    expectKind(
      analyzeText('我们将从以下方面整改。\n一是抓学习。严格落实第一议题制度，每月组织1次集中研讨。'),
      '抓学习',
      'pledge',
    );
    expect(analyzeText('警方抓获犯罪嫌疑人3名。').findings).toEqual([]);
  });
});

describe('存在 with the problem named after it', () => {
  it('reads 存在“…”现象 as an admitted problem, whatever the quotes hide', () => {
    expectKind(analyzeText('理论学习中心组学习存在“学用脱节”现象。'), '学用脱节', 'problem');
  });

  it('does not read it in a question or as the object of a measure', () => {
    expectNone(analyzeText('重点检查是否存在“纸上整改”现象。'), '纸上整改', ['problem']);
    expectNone(analyzeText('要着力解决存在的问题。'), '解决存在的问题', ['problem']);
  });
});

describe('who answers for the rectification', () => {
  it('reads a statement of duties (…是第一责任人，…负直接责任) as a pledge', () => {
    expectKind(
      analyzeText('局党组书记是整改工作第一责任人，党组成员对分管领域的整改工作负直接责任。'),
      '第一责任人',
      'pledge',
    );
  });

  it('leaves a title in a byline alone', () => {
    expect(analyzeText('会议由党总支副书记某某某主持。').findings).toEqual([]);
  });
});

describe('documents made and teams formed', () => {
  it('reads 形成…报告 and 组建…队伍 with hours as measures', () => {
    expectKind(
      analyzeText('会后，局党组将形成专题民主生活会情况报告，按程序报送县委组织部。'),
      '情况报告',
      'commitment',
    );
    expectKind(
      analyzeText('要在每个乡镇组建1支专业维修队伍，实现报修2小时内响应。'),
      '维修队伍',
      'commitment',
    );
  });
});

describe('the publisher from the site name', () => {
  it('takes the unit that owns the site when the text names none, but not a site name that is no unit', () => {
    const text = '现将有关情况通报如下。';
    expect(analyzeText(text, { title: '关于典型问题的通报_通知公告_某县纪委监委' }).meta.issuingUnit).toBe(
      '某县纪委监委',
    );
    expect(analyzeText(text, { title: '巡察动员会召开-巡察动态-清风某县' }).meta.issuingUnit).toBeUndefined();
  });
});

describe('a reference verb in a noun', () => {
  it('reads 化解工作还存在…问题 as an admission: 化解工作 is the subject', () => {
    expectKind(analyzeText('积案化解工作还存在一些不容忽视的问题。'), '还存在', 'problem');
  });
});

describe('fields of any time limit', () => {
  it('reads 化解时限： and 包案领导： as fields of the measure above, not as findings', () => {
    const analysis = analyzeText(
      '督办要求：县人社局逐人核对缴费记录，8月底前提出处理意见。\n包案领导：某某某\n化解时限：2025年9月30日前。',
    );
    expect(analysis.findings.map((f) => f.kind)).toEqual(['commitment']);
    expect(analysis.findings[0].deadline).toBe('8月底前');
  });
});

describe('measures under a label of measures', () => {
  it('reads a long object (开展…两个…专项监督活动) and an agreement signed (会签…机制) as measures', () => {
    const analysis = analyzeText(
      '2.公益诉讼聚焦民生不够。\n整改措施：（1）四季度开展饮用水水源地保护、校园周边食品安全两个公益诉讼专项监督活动；（2）与县市场监管局、县水利局会签案件线索移送机制。',
    );
    expectKind(analysis, '专项监督活动', 'commitment');
    expectKind(analysis, '会签案件线索移送机制', 'commitment');
  });
});

describe('procurement and hiring as measures', () => {
  it('reads 组织…招标 with a time as a commitment', () => {
    expectKind(
      analyzeText('资金到位后立即组织食堂改造招标，力争在暑假期间完成施工。'),
      '组织食堂改造招标',
      'commitment',
    );
  });
});

describe('measures of Party life', () => {
  it('reads 上党课 and 结对帮扶 spelled out under a list item as commitments', () => {
    const analysis = analyzeText(
      '一是抓学习。严格落实“第一议题”制度，每月组织1次集中研讨。支部委员每学期至少到联系班级上1次党课。\n二是抓融合。每名党员教师结对帮扶2名青年教师。',
    );
    expectKind(analysis, '上1次党课', 'commitment');
  });

  it('reads a record of a measure (党课记录) told under a heading of problems as part of the finding', () => {
    const analysis = analyzeText(
      '巡察组驻村12天。\n巡察组点了哪些问题？\n▪ 组织生活打了折扣。党员大会一年只开了两次，有几次党课记录是事后补写的。',
    );
    expectKind(analysis, '党课记录', 'problem');
  });
});

describe('bodies set up for the rectification', () => {
  it('reads 下设整改办 as setting up a body', () => {
    const analysis = analyzeText(
      'XX镇巡察整改工作方案\n一、总体要求\n坚持问题导向，确保件件改到位。\n二、组织领导\n领导小组下设整改办，由纪委书记兼任主任，负责任务分解和进度调度。',
    );
    expectKind(analysis, '下设整改办', 'commitment');
  });
});

describe('a promise inside a report of work done', () => {
  it('reads 有关单位承诺于…前全部追回 as a commitment after the part already done', () => {
    const analysis = analyzeText('整改情况：已追回42万元，有关单位承诺于2026年6月底前全部追回。');
    expectKind(analysis, '已追回42万元', 'progress');
    expectKind(analysis, '承诺于2026年6月底前全部追回', 'commitment');
  });
});

describe('a page about something else, analysed on request', () => {
  it('finds no pledge in travel advice (请注意添加衣物, 可以将车停在…, 大约需要三个小时)', () => {
    const analysis = analyzeText(
      '山上早晚温差大，出行请注意添加衣物。自驾的游客可以将车停在山脚的停车场，全程大约需要两个小时。',
    );
    expect(analysis.findings).toEqual([]);
  });
});

describe('the covering line of a notice', () => {
  it('reads 现予印发 as procedure, apart from what it asks', () => {
    expectNone(analyzeText('现予印发，请各科室、各直属单位对照认领、抓好落实。'), '现予印发', [
      'pledge',
      'commitment',
    ]);
  });
});

describe('a heading that names building rules', () => {
  it('reads （四）注重建章立制。 as a commitment', () => {
    expectKind(
      analyzeText('（四）注重建章立制。对整改中发现的制度漏洞及时修订。'),
      '注重建章立制',
      'commitment',
    );
  });
});

describe('taking the blame', () => {
  it('reads 责任在…, 根子在… and 板子打在我身上 as pledges', () => {
    expectKind(analyzeText('这些问题，责任在局党组，首先在我这个书记。'), '责任在局党组', 'pledge');
    expectKind(analyzeText('这些问题，板子应该打在我身上。'), '板子应该打在我身上', 'pledge');
    expectKind(analyzeText('问题出在下面，根子在党委，我作为书记负有主要责任。'), '负有主要责任', 'pledge');
  });
});

describe('time limits without a date', () => {
  it('reads 年内 and 在规定时限内 as time limits that make a directive checkable', () => {
    expectKind(
      analyzeText('县纪委监委要对典型案例进行剖析，年内编印一本案例汇编。'),
      '年内编印',
      'commitment',
    );
    expectKind(analyzeText('对移交的问题线索，要在规定时限内办结并反馈。'), '规定时限内办结', 'commitment');
  });

  it('reads a spoken promise set in days ahead (明天, 下周, 10天之内) as a commitment', () => {
    expectKind(analyzeText('“排水沟，我明天就去找施工队，争取10天之内修好。”'), '10天之内修好', 'commitment');
  });

  it('does not read 年内部 (an internal audit of the year) as one', () => {
    const analysis = analyzeText('要结合2024年内部审计发现的情况认真研究。');
    expect(analysis.findings.flatMap((f) => f.cues.map((c) => c.match))).not.toContain('年内');
  });
});

describe('headings of sections and of columns', () => {
  it('does not read the header row of a table as headings of sections', () => {
    const analysis = analyzeText(
      '现将整改清单公布如下。\n序号\t反馈问题\t整改措施\t整改情况\n1\t村务公开不及时\t每季度公开财务收支明细\t持续整改',
    );
    expectNone(analysis, '每季度公开财务收支', ['progress']);
  });

  it('reads a column of 隐患情况 as what was found, not as how it stands', () => {
    const analysis = analyzeText(
      '序号\t桥梁名称\t隐患情况\t处治措施\t目前进展\n1\t青石沟中桥\t2号桥墩基础被河水冲刷掏空约1.2米，墩身局部露筋。\t对墩身露筋部位进行修补。\t材料已采购',
    );
    expectKind(analysis, '桥墩基础被河水冲刷掏空', 'problem');
  });

  it('follows a table across rows that span it (一、…方面) between its numbered rows', () => {
    const analysis = analyzeText(
      [
        '序号',
        '反馈问题',
        '整改措施',
        '责任部门',
        '完成时限',
        '一、党的建设方面',
        '1',
        '支部活动开展不经常。',
        '对活动记录逐月检查；年底前补齐缺失材料。',
        '党委办公室',
        '2025年12月31日',
        '二、业务管理方面',
        '2',
        '采购管理不规范，存在拆分采购。',
        '对拆分采购逐笔倒查，依规处理相关人员；',
        '审计部',
        '2025年11月30日',
      ].join('\n'),
    );
    expectKind(analysis, '对拆分采购逐笔倒查', 'commitment');
    expectKind(analysis, '支部活动开展不经常', 'problem');
  });

  it('reads a cell of a column the header does not name (涉及小区) on its own words only', () => {
    const analysis = analyzeText(
      [
        '一、存在问题',
        '序号',
        '问题',
        '涉及小区',
        '诉求件数',
        '1',
        '电梯故障频发，停运后维修不及时',
        '锦绣华庭、XX名苑等5个小区',
        '173',
        '2',
        '公共收益去向不公开，业主无从查询',
        '滨河花园等9个小区',
        '88',
      ].join('\n'),
    );
    expectKind(analysis, '电梯故障频发', 'problem');
    expectKind(analysis, '公共收益去向不公开', 'problem');
    expectNone(analysis, '锦绣华庭');
    expectNone(analysis, '滨河花园');
  });

  it('keeps a cell of several sub-item paragraphs ((1)…；/(2)…。) in one column', () => {
    const analysis = analyzeText(
      [
        '序号',
        '问题',
        '整改措施',
        '责任股室',
        '完成时限',
        '1',
        '基金监管存在薄弱环节，查处不力。',
        '（1）对全县定点医疗机构开展一轮专项检查；',
        '（2）对已认定的违规资金逐笔建账，限期全部追回；',
        '（3）引入第三方专业机构参与病历抽查审核。',
        '基金监管股',
        '2026年3月31日前',
        '2',
        '参保率连续两年下滑，断保人员底数不清。',
        '（1）会同县税务局开展参保数据比对，建立未参保人员清单；',
        '待遇保障股',
        '2026年1月31日前',
      ].join('\n'),
    );
    expectKind(analysis, '引入第三方专业机构', 'commitment');
    expectKind(analysis, '参保率连续两年下滑', 'problem');
    expect(expectKind(analysis, '开展参保数据比对', 'commitment').owner).toBe('待遇保障股');
  });

  it('reads a header cell with a note in brackets (责任单位（排第一位的为牵头单位）) as one column', () => {
    const analysis = analyzeText(
      [
        '序号',
        '问题',
        '整改措施',
        '责任单位（排第一位的为牵头单位）',
        '整改时限',
        '1',
        '镇区污水收集管网覆盖不全，部分污水直排河道。',
        '（1）对镇区雨污混接点逐个排查，列出清单逐点整改；',
        '（2）引入专业公司对污水处理站实行统一运维。',
        '县住房城乡建设局，XX镇',
        '2026年6月底前',
      ].join('\n'),
    );
    expectKind(analysis, '引入专业公司对污水处理站', 'commitment');
    expect(expectKind(analysis, '对镇区雨污混接点', 'commitment').owner).toBe('县住房城乡建设局，XX镇');
  });

  it('keeps a problem section open over an unmarked lead-in line (…还存在以下问题：)', () => {
    const analysis = analyzeText(
      '一、自查情况\n3月召开了专题会议。\n二、自查发现的问题\n通过自查，我镇还存在以下问题：\n（一）形式主义问题仍有表现。\n一些村级台账重复填报，同一项数据要分别报给3个以上站所；',
    );
    expectKind(analysis, '同一项数据要分别报给', 'problem');
  });
});

describe('a paragraph that opens with a problem', () => {
  it('does not read work reported done after it (已改为线上办理) as the problem', () => {
    const analysis = analyzeText(
      '5.开具证明手续繁琐。证明事项已改为线上办理，即时生效。但还有3个村没有开通代办点。',
    );
    expectKind(analysis, '手续繁琐', 'problem');
    expectNone(analysis, '已改为线上办理', ['problem']);
    expectKind(analysis, '没有开通代办点', 'problem');
  });
});

describe('problems sorted by the work done on them', () => {
  it('reads 已完成整改的问题 as work done and 尚未完成整改的问题 as a title, not a finding', () => {
    const analysis = analyzeText(
      '一、已完成整改的问题\n1.学习制度执行不严。\n重新修订了学习制度，开展专题研讨2次。\n二、尚未完成整改的问题及原因\n一是专职人员还有1人的缺口。\n三、下一步工作\n年底前补齐专职人员。',
    );
    expectKind(analysis, '学习制度执行不严', 'problem');
    expectKind(analysis, '重新修订了学习制度', 'progress');
    expectNone(analysis, '尚未完成整改的问题及原因', ['problem']);
    expectKind(analysis, '1人的缺口', 'problem');
  });

  it('reads 还未整改到位的问题及原因 as a title, like 尚未完成整改的问题', () => {
    const analysis = analyzeText('三、还未整改到位的问题及原因\n1.宿舍楼建设尚未完工。');
    expectNone(analysis, '还未整改到位的问题及原因', ['problem']);
    expectKind(analysis, '宿舍楼建设尚未完工', 'problem');
  });

  it('reads 三、未完成整改问题的情况 as a title', () => {
    expectNone(
      analyzeText('一、基本情况\n今年已完成整改9个。\n三、未完成整改问题的情况和原因\n一是资金缺口较大。'),
      '未完成整改问题',
      ['problem'],
    );
  });
});

describe('a time limit in a report of work done', () => {
  it('reads a measure with a time limit not yet met (9月底前重新组织一次自查) as a commitment', () => {
    const analysis = analyzeText(
      '二、整改进展情况\n已对5家药店开展现场检查。\n对执行不到位的，由分管领导约谈相关负责人，9月底前重新组织一次自查。',
    );
    expectKind(analysis, '已对5家药店开展现场检查', 'progress');
    expectKind(analysis, '9月底前重新组织一次自查', 'commitment');
  });
});

describe('time past beside a time limit', () => {
  it('reads 以来 as the scope of a measure with a time limit, not as a report', () => {
    const analysis = analyzeText('一是修订议事规则，年底前对2024年以来未经党委研究的事项逐一复核；');
    expectKind(analysis, '逐一复核', 'commitment');
  });
});

describe('time past under a heading of problems', () => {
  it('reads a fact dated in the past (上一次更新还是去年11月) as the problem', () => {
    const analysis = analyzeText(
      '二、存在的主要问题\n（一）村务公开不及时。\n村务公开栏上一次更新，还是去年11月。',
    );
    expectKind(analysis, '还是去年11月', 'problem');
  });
});

describe('question headings of a news account', () => {
  it('reads the items under 发现了哪些问题？ as problems, and stops at the next question', () => {
    const analysis = analyzeText(
      '督查组上周到社区走了一圈。\n🔍 督查组发现了哪些问题？\n▪ 台账是一本“流水账”。去年的记录今年才补上。\n▪ 议事厅成了“仓库”。\n📌 下一步怎么改？\n社区党委书记说，每月5日前更新台账，由专人负责。',
    );
    expectKind(analysis, '去年的记录今年才补上', 'problem');
    expectKind(analysis, '议事厅成了', 'problem');
    expectKind(analysis, '台账是一本“流水账”', 'problem');
    expectNone(analysis, '每月5日前更新台账', ['problem']);
  });

  it('reads what a check turned up (二、检查发现的突出问题) as a heading of problems, not an order', () => {
    const analysis = analyzeText(
      '二、检查发现的突出问题\n（一）弱口令问题较为普遍。\n某局办公系统有9个账号的口令与用户名相同。\n三、整改要求\n',
    );
    expectNone(analysis, '检查发现的突出问题');
    expectKind(analysis, '弱口令问题较为普遍', 'problem');
    expectKind(analysis, '口令与用户名相同', 'problem');
  });

  it('reads the problems a check found (检查组查出的问题) and the hazards it turned up (发现的主要隐患) as listed problems', () => {
    const analysis = analyzeText(
      '二、检查组查出的问题\n1.窗口服务态度生硬。\n' +
        '三、发现的主要隐患\n1.东风小学：2辆校车的定位装置信号中断，平台看不到车辆位置。\n四、整改要求\n',
    );
    expectKind(analysis, '窗口服务态度生硬', 'problem');
    expectKind(analysis, '定位装置信号中断', 'problem');
    expectNone(analysis, '发现的主要隐患');
  });

  it('keeps a measure followed by a ban (…开展收费项目清理，不得再…) a commitment, not the topic of the ban', () => {
    const refund = expectKind(
      analyzeText('（三）全额退还多收的12万元服务费，并在全行开展收费项目清理，不得再向借款人收取咨询费。'),
      '全额退还',
      'commitment',
    );
    expect(refund.cues).toContainEqual({ category: 'measure', match: '全额退还' });
    expectKind(
      analyzeText('对专户资金实行“一户一账”管理，按工程进度拨付，严禁挪作他用。'),
      '一户一账',
      'commitment',
    );
  });

  it('reads neither a summary heading (二、工程概要) nor a heading of proposals (四、改善对策) as a finding', () => {
    const review = analyzeText(
      '二、工程概要\n护岸长度420公尺。\n四、改善对策\n1.监造单位应于7日内提送修补计划。\n',
    );
    expectNone(review, '工程概要');
    expectNone(review, '改善对策');
    expectKind(review, '提送修补计划', 'commitment');
  });

  it('reads a statement whose predicate is a shortcoming as a problem, even in a report naming a measure', () => {
    const report = analyzeText(
      '专项整治取得阶段性进展\n截至6月10日，累计检查中介机构412家，约谈机构负责人37人。\n（二）克扣、拖延退还押金问题突出。\n',
    );
    expectKind(report, '拖延退还押金问题突出', 'problem');
  });

  it('reads room left to improve (还有提升空间), what is still widespread (仍较普遍) and equipment past its date as shortcomings', () => {
    expectKind(analyzeText('二是审判质效还有提升空间。'), '审判质效还有提升空间', 'problem');
    expectKind(analyzeText('（一）发布虚假房源信息仍较普遍。'), '虚假房源信息仍较普遍', 'problem');
    expectKind(analyzeText('库房配备的4具灭火器中有2具已超过有效期。'), '已超过有效期', 'problem');
  });

  it('reads a defect put right (修复), a permit made good (补办) and a use stopped (暂停使用) as measures, but not 生态修复 named as a work', () => {
    expectKind(
      analyzeText('4.实验小学须暂停使用风雨操场，补办防雷装置竣工验收手续。'),
      '暂停使用风雨操场',
      'commitment',
    );
    expectNone(analyzeText('整改目标：矿山生态修复成效经得起群众检验。'), '生态修复成效', ['commitment']);
  });

  it('does not count what 仍未 or 尚未 says was not done as a measure (该企业仍未补缴欠款)', () => {
    const report = analyzeText('截至6月底，经督促，该企业仍未补缴欠款。');
    const cues = report.findings.flatMap((f) => f.cues.map((c) => c.match));
    expect(cues).not.toContain('补缴');
  });

  it('reads 马上 as a manner of acting, and 反馈会后 as time ahead, before a measure', () => {
    expectKind(analyzeText('马上组建整改领导小组。'), '组建整改领导小组', 'commitment');
    expectKind(
      analyzeText('一是反馈会后马上组建整改领导小组，书记和院长任双组长。'),
      '组建整改领导小组',
      'commitment',
    );
  });

  it('reads the 是 of a list marker as no copula (三是违规发放…), and what is not yet done, opening a statement, as its topic', () => {
    expectKind(analyzeText('三是违规发放津贴补贴。'), '违规发放津贴补贴', 'problem');
    expectKind(
      analyzeText('二是尚未办结的3件信访件单独建立台账，每周调度一次。'),
      '单独建立台账',
      'commitment',
    );
  });

  it('reads 能马上改的 as a triage, 每半月 as a frequency and 取消评优资格 as a sanction, but 受理编号 as no measure', () => {
    expectKind(analyzeText('对能马上改的，立行立改。'), '立行立改', 'commitment');
    expectKind(analyzeText('局党组每半月听取一次整改情况汇报。'), '听取一次整改情况汇报', 'commitment');
    expectKind(analyzeText('对考核排名末位的单位，要取消评优资格。'), '取消评优资格', 'commitment');
    expectNone(analyzeText('三、受理编号：X2026001'), '受理编号', ['commitment']);
  });

  it('reads a lettered item (a), (b) of a Hong Kong report as opening with its verb', () => {
    expectKind(analyzeText('(b)建立供應商評分制度;'), '建立供應商評分制度', 'commitment');
  });

  it('reads the complaint in an inspection 交办 notice (交办问题基本情况：) as a problem, without a negative word', () => {
    const notice = analyzeText(
      '一、受理编号：D2026\n交办问题基本情况：某村一家砖厂夜里开工，吵得周边居民睡不好觉。\n是否属实：属实\n',
    );
    expectKind(notice, '吵得周边居民睡不好觉', 'problem');
  });

  it('reads an item heading that only names a topic (（一）关于值班纪律) as no problem, under a heading of problems', () => {
    const feedback = analyzeText('二、存在问题\n（一）关于值班纪律\n有的干部值班时间脱岗。\n');
    expectNone(feedback, '关于值班纪律');
    expectKind(feedback, '有的干部值班时间脱岗', 'problem');
  });

  it('reads the words of a field name (曝光单位三：, 公开期：) as no cues, but 督办措施： as a label of measures', () => {
    expectNone(analyzeText('曝光单位三：某某网吧（人民路XX号）'), '某某网吧');
    expectNone(analyzeText('公开期：12月2日至12月11日。'), '12月2日');
    const plan = analyzeText('督办措施：由区住建局牵头，会同街道研究停工项目的处置路径；\n');
    expectKind(plan, '研究停工项目的处置路径', 'commitment');
  });

  it('reads a hotline offered (请拨打) and a comment box’s rules (请文明发言) as no pledge', () => {
    expectNone(analyzeText('如发现燃气安全隐患，请拨打96777。'), '请拨打');
    expectNone(analyzeText('请文明发言，评论经审核后显示。'), '文明发言');
  });

  it('reads a contract let again in the open (终止原合同，重新公开竞价发包) and a result told at home (上门告知) as measures', () => {
    expectKind(analyzeText('要对违规发包的鱼塘终止原合同，重新公开竞价发包。'), '终止原合同', 'commitment');
    expectKind(analyzeText('对低保整改事项，要逐户上门告知处理结果。'), '上门告知处理结果', 'commitment');
  });

  it('reads 基层治理 as the governing of a place, not the treating of a problem', () => {
    const plan = analyzeText('二、整改任务\n（一）党建引领基层治理作用发挥不充分的问题\n');
    expectKind(plan, '作用发挥不充分的问题', 'problem');
  });

  it('reads 请销假 as leave taken, not the 请 of a request (3.请销假制度执行不严。)', () => {
    expectKind(analyzeText('二、存在的问题\n3.请销假制度执行不严。\n'), '请销假制度执行不严', 'problem');
  });

  it('reads work that lags (跟不上), a wrong let pass (默许), a rank at the bottom and time overrun as shortcomings', () => {
    expectKind(analyzeText('公租房分配后的动态管理跟不上。'), '动态管理跟不上', 'problem');
    expectKind(analyzeText('登记窗口默许中介机构代为预审。'), '默许中介机构', 'problem');
    expectKind(analyzeText('投诉举报按期办结率只有81%，排在全市末位。'), '排在全市末位', 'problem');
    expectKind(analyzeText('待遇认定实际用时普遍超过承诺时限。'), '超过承诺时限', 'problem');
  });

  it('reads disorder on the street (垃圾堆积) and slowness named as such (发现慢) as shortcomings', () => {
    expectKind(analyzeText('暗访发现3条背街小巷垃圾堆积、污水外溢。'), '垃圾堆积', 'problem');
    expectKind(analyzeText('舆情监测仍以人工搜索为主，发现慢、预警慢。'), '发现慢、预警慢', 'problem');
    expectKind(analyzeText('11笔借款人失联，常规催收手段难以奏效。'), '难以奏效', 'problem');
  });

  it('reads data let out (信息泄露) as a shortcoming', () => {
    expectKind(analyzeText('（三）敏感信息泄露。'), '敏感信息泄露', 'problem');
  });

  it('does not make a rhetorical question inside a paragraph a heading', () => {
    const analysis = analyzeText('我们要深入思考：存在哪些问题？然后逐项建立台账，月底前完成整改。');
    expectNone(analysis, '逐项建立台账', ['problem']);
  });
});

describe('a heading of common problems', () => {
  it('reads the items under 巡察发现的共性问题 as problems, bare facts included', () => {
    const analysis = analyzeText(
      '一、巡察发现的共性问题\n1.12个社区中，有5个社区的居务公开栏2023年以来只更新过一次。\n2.社区书记兼任社区报账员，收支由一人经手。\n二、整改要求\n各街道要在3月底前完成自查。',
    );
    expectKind(analysis, '社区书记兼任社区报账员', 'problem');
  });
});

describe('the heading of a list item', () => {
  it('names a measure with a sweeping check as its verb (全面清查口令) or object (开展专项核查)', () => {
    expectKind(analyzeText('（二）全面清查口令。'), '全面清查口令', 'commitment');
    expectKind(analyzeText('（三）开展账实相符专项核查。'), '专项核查', 'commitment');
  });

  it('names a measure with one activity word', () => {
    const analysis = analyzeText(
      '二、整改要求\n（一）全面开展自查。\n各村要对照问题清单逐项自查。\n（二）严肃追责问责。\n对整改不力的，依纪依规严肃处理。',
    );
    expectKind(analysis, '严肃追责问责', 'commitment');
  });

  it('stays a pledge when it keeps to a direction (坚持公开整改)', () => {
    const analysis = analyzeText('二、整改要求\n（三）坚持公开整改。\n整改情况要在门户网站公布。');
    expectKind(analysis, '坚持公开整改', 'pledge');
  });

  it('stays a pledge when it names an attitude only', () => {
    const analysis = analyzeText('二、整改要求\n（一）提高思想认识。\n各村要把整改摆上重要议事日程。');
    expectKind(analysis, '提高思想认识', 'pledge');
  });
});

describe('a contact person', () => {
  it('is procedure only when named on a contact line', () => {
    expectKind(
      analyzeText('建立入党积极分子考察档案，培养联系人每季度填写一次考察记录。'),
      '建立入党积极分子考察档案',
      'commitment',
    );
    expectNone(analyzeText('联系人：某某某，联系电话：0XXX-XXXXXXX。'), '联系人', [
      'commitment',
      'pledge',
      'problem',
    ]);
  });
});

describe('a target in numbers', () => {
  it('reads a cut measured against last year as a measure, not as time past', () => {
    const analysis = analyzeText('三、整改措施\n（二）精简文件。镇机关全年发文数量比去年减少20%以上。');
    expectKind(analysis, '比去年减少20%以上', 'commitment');
  });
});

describe('headings that name a part of the document', () => {
  it('reads 一、指导思想 and 三、监督方式 as structure, not as pledges', () => {
    const analysis = analyzeText(
      '一、指导思想\n坚持问题导向，推动整改落实。\n二、监督方式\n群众可通过来信来访反映问题。\n三、强化整改保障\n要加强组织领导。',
    );
    for (const heading of ['指导思想', '监督方式'])
      expectNone(analysis, heading, ['pledge', 'commitment', 'problem']);
    expectKind(analysis, '强化整改保障', 'pledge');
    // 组织领导 names a part; 加强领导 keeps to a direction.
    expectKind(analyzeText('二、整改要求\n（一）加强领导。\n各单位要高度重视。'), '加强领导', 'pledge');
  });

  it('reads an order numbered as an item (10.各学校要将整改情况…) as an order, not a heading of work done', () => {
    const notice = analyzeText(
      '三、整改要求\n9.各学校要开展自查。\n10.各学校要将整改情况形成书面报告，于6月10日前报送县督导办。',
    );
    expectKind(notice, '形成书面报告', 'commitment');
  });

  it('reads 二、组织保障 and 三、处理意见 as parts, and 健全机制 as an order', () => {
    const analysis = analyzeText(
      '二、组织保障\n各单位要加强领导。\n三、处理意见\n责令该单位限期整改。\n（四）健全机制\n（五）强化保障。',
    );
    for (const heading of ['组织保障', '处理意见'])
      expectNone(analysis, heading, ['pledge', 'commitment', 'problem']);
    expectKind(analysis, '健全机制', 'commitment');
    expectKind(analysis, '强化保障', 'pledge');
  });
});

describe('facts told under a heading of problems', () => {
  it('reads 需要 inside a sentence as a fact, and the figures after it as problems too', () => {
    const analysis = analyzeText(
      '二、自查发现的问题\n（一）服务群众不够便利。\n便民服务大厅周末不安排值班，群众办事需要请假往返；今年1至4月，有9件工单群众对办理结果表示不满意。',
    );
    expectKind(analysis, '群众办事需要请假往返', 'problem');
    expectKind(analysis, '有9件工单群众对办理结果表示不满意', 'problem');
  });
});

describe('headings of a direction kept to', () => {
  it('reads 巩固, 严守 and 坚持 with a virtue as pledges', () => {
    const analysis = analyzeText(
      '三、工作要求\n（一）坚持实事求是。\n检查组要客观公正。\n（二）巩固整改成果。\n要持续跟踪。\n（三）严守工作纪律。\n不得干预正常工作。',
    );
    for (const heading of ['坚持实事求是', '巩固整改成果', '严守工作纪律'])
      expectKind(analysis, heading, 'pledge');
  });
});

describe('dealing with those at fault', () => {
  it('reads 予以处理 as a measure', () => {
    expectKind(
      analyzeText('无正当理由拒不采纳监察建议的，本委将依法对相关责任人员予以处理。'),
      '依法对相关责任人员予以处理',
      'commitment',
    );
  });
});

describe('a lead-in announcing a list', () => {
  it('is neither a pledge nor a problem', () => {
    expectNone(analyzeText('下一步，我局将重点做好以下工作。'), '重点做好以下工作', ['pledge', 'commitment']);
    expectNone(analyzeText('为进一步纠治享乐主义奢靡之风，现提出如下要求：'), '纠治享乐主义', ['problem']);
  });
});

describe('an invitation or a notice of rights', () => {
  it('reads a contact line, a search box, a disclosure line and a closing courtesy as procedure', () => {
    for (const line of [
      '监督举报：12388　通讯地址：XX县城关镇解放路2X号　邮编：4X3X00',
      '举报热线：0XXX-8X52X31（工作日）',
      '公开方式：主动公开',
      '站内检索: 请输入关键词 [检索]',
      '以上报告，如有不妥，请批评指正。',
    ])
      expect(analyzeText(line).findings).toEqual([]);
  });

  it('reads clean conduct declared (不收受礼品礼金) as no misconduct', () => {
    expectNone(analyzeText('本人不收受可能影响公正执行公务的礼品礼金。'), '收受', ['problem']);
  });

  it('is procedure, not a measure or a pledge', () => {
    expectNone(
      analyzeText('公示期间，如有意见建议，可通过电话、来信等方式向街道纪工委反映。'),
      '如有意见建议',
      ['pledge', 'commitment'],
    );
    expectNone(analyzeText('如对本决定不服，可以自收到之日起六十日内依法申请行政复议。'), '申请行政复议', [
      'pledge',
      'commitment',
    ]);
  });
});

describe('the byline of a notice board', () => {
  it('reads 公开单位 and 公开日期 as furniture, not as measures', () => {
    const analysis = analyzeText(
      '村务公开栏\n公开单位：XX村村民委员会\n公开日期：2024年8月20日\n一、财务收支情况',
    );
    expectNone(analysis, '公开单位', ['pledge', 'commitment']);
    expectNone(analysis, '公开日期', ['pledge', 'commitment']);
  });
});

describe('burdens and waste named by what they are', () => {
  it('reads 重复检查 and 闲置 as shortcomings', () => {
    expectKind(analyzeText('三、对同一企业多次重复检查。'), '对同一企业多次重复检查', 'problem');
    expectKind(analyzeText('村集体购置的农机设备长期闲置。'), '农机设备长期闲置', 'problem');
  });

  it('reads fees, punishment and delay the public suffers (乱收费, 体罚, 超时办结) as shortcomings', () => {
    expectKind(analyzeText('2.投诉举报件超时办结。'), '投诉举报件超时办结', 'problem');
    expectKind(analyzeText('（一）某中心校教师体罚学生问题。'), '体罚学生问题', 'problem');
  });

  it('reads an item put on a review (计入年度目标考核) as a measure', () => {
    expectKind(analyzeText('整改情况要计入科室年度目标考核。'), '计入科室年度目标考核', 'commitment');
  });

  it('reads equipment found wanting (失效, 老化) as a shortcoming', () => {
    expectKind(analyzeText('仓库内8具灭火器压力指针处于红区，已经失效。'), '已经失效', 'problem');
    expectKind(analyzeText('部分文物点安防设施老化。'), '安防设施老化', 'problem');
  });
});

describe('a mismatch found', () => {
  it('reads 对不上 and 不相符 as shortcomings', () => {
    expectKind(analyzeText('个别站所的公务接待清单与审批单人数对不上。'), '人数对不上', 'problem');
    expectKind(analyzeText('部分台账记录与实际情况不相符。'), '与实际情况不相符', 'problem');
  });
});

describe('a criticism of some', () => {
  it('reads a measure done wrongly by some as a problem, not as progress', () => {
    expectKind(
      analyzeText('有的单位把出台制度当作整改完成，制度印发了就锁进柜子里，没有人去执行。'),
      '有的单位把出台制度当作整改完成',
      'problem',
    );
    expectKind(
      analyzeText('有的单位把制定方案等同于完成整改。'),
      '有的单位把制定方案等同于完成整改',
      'problem',
    );
  });

  it('reads 从未 as something never done', () => {
    expectKind(analyzeText('值班制度上墙后，从未有人检查执行情况。'), '从未有人检查', 'problem');
  });
});

describe('没有 before a verb', () => {
  it('reads an action not taken as a shortcoming, like 未', () => {
    expectKind(analyzeText('上轮反馈的问题中，有6个问题至今没有销号。'), '至今没有销号', 'problem');
  });

  it('does not read a good record or a refusal of excuses as one', () => {
    expectNone(analyzeText('全年没有发生安全生产事故。'), '没有发生', ['problem']);
    expectNone(analyzeText('对这些问题，我们没有任何理由推脱。'), '没有任何理由', ['problem']);
  });

  it('ends the negated phrase at a full-width ；, so a 的 in the next clause does not make it attributive', () => {
    const text = '有的部门把印发文件当作整改到位，文件发了就没有人去督促；有的部门只改表面问题。';
    expectKind(analyzeText(text), '文件发了就没有人去督促', 'problem');
  });
});

describe('shortcomings named by their quality', () => {
  it('does not read the object of a check or a campaign (发现违规线索, 群众身边不正之风专项整治) as one', () => {
    const analysis = analyzeText(
      '下一步，每季度开展1次交叉检查，运用大数据筛查发现违规线索；把整改与群众身边不正之风专项整治结合起来。',
    );
    expectNone(analysis, '发现违规线索', ['problem']);
    expectNone(analysis, '群众身边不正之风', ['problem']);
  });

  it('reads findings of an audit (下达迟缓, 滞留, 化整为零, 形同虚设) as shortcomings', () => {
    expectKind(analyzeText('3.部分补助资金下达迟缓。'), '下达迟缓', 'problem');
    expectKind(analyzeText('2个单位滞留应缴收入860万元。'), '滞留应缴收入', 'problem');
    expectKind(analyzeText('二、村级审核环节形同虚设。'), '形同虚设', 'problem');
    expectKind(
      analyzeText('但对照要求，医院党委在把方向、管大局上还有不少欠账。'),
      '还有不少欠账',
      'problem',
    );
  });

  it('reads 繁琐, 不相适应, 缺口 and 意识差 as shortcomings', () => {
    expectKind(analyzeText('3.工程变更审批手续繁琐。'), '手续繁琐', 'problem');
    expectKind(analyzeText('4.审计人员专业能力与监管要求不相适应。'), '不相适应', 'problem');
    expectKind(analyzeText('二是专职审计人员还有2人的缺口。'), '缺口', 'problem');
    expectKind(analyzeText('5.部分窗口人员服务意识差。'), '意识差', 'problem');
  });
});

describe('money given back', () => {
  it('reads 违规收取的…已全部退还 as work done, not the problem', () => {
    const analysis = analyzeText('违规收取的资料费4.6万元已全部退还学生家长。');
    expectKind(analysis, '已全部退还', 'progress');
  });
});

describe('the state of an item', () => {
  it('reads 整改进展：未完成。 as a field, not a problem', () => {
    const analysis = analyzeText('问题3：食堂改造滞后。\n整改措施：年底前完成改造。\n整改进展：未完成。');
    expectNone(analysis, '整改进展', ['problem']);
    expectKind(analysis, '食堂改造滞后', 'problem');
  });
});

describe('what still needs doing, in a report', () => {
  it('reads 仍需 and 尚需 as a state that persists, not as an order', () => {
    expectKind(
      analyzeText('5.办事“多头跑”的问题依然存在，部分高频事项仍需到县直部门办理。'),
      '仍需到县直部门办理',
      'problem',
    );
    expectKind(analyzeText('整改成效尚需巩固，个别问题出现反弹。'), '尚需巩固', 'problem');
  });
});

describe('a 要 the public must bear', () => {
  it('reads 群众办事还要… and 患者仍需… as burdens, not orders', () => {
    expectKind(analyzeText('还有5个村没有开通代办点，村民仍需到镇里办理。'), '村民仍需到镇里办理', 'problem');
    expectNone(analyzeText('审批材料多，群众办事还要跑三四趟。'), '群众办事还要', ['pledge', 'commitment']);
    expectKind(
      analyzeText('1.问题：“一窗通办”落实不到位，有的事项仍需群众在两个窗口间来回跑。'),
      '仍需群众',
      'problem',
    );
  });

  it('keeps an order about what the public raised (群众反映强烈的问题要…)', () => {
    expectKind(analyzeText('群众反映强烈的问题要优先解决，月底前全部办结。'), '优先解决', 'commitment');
  });
});

describe('more evaluations after 不', () => {
  it('reads 底数不清 and 职责不明 as shortcomings', () => {
    expectKind(analyzeText('集体资产资源底数不清，部分村干部职责不明。'), '底数不清', 'problem');
  });
});

describe('a target ending in 的 and the measure after it', () => {
  it('does not assert the shortcoming of 对…的 that a later clause acts on', () => {
    expectNone(
      analyzeText('对违规享受低保的，由县民政局会同所在乡镇立即停发，依法追回已发放资金。'),
      '违规享受低保',
      ['problem'],
    );
  });

  it('reads places described (对…制止不力的东山镇、西河镇，…约谈) as whom the sanction is for', () => {
    const analysis = analyzeText(
      '对违法占地面积较大、制止不力的东山镇、西河镇，由县局提请县纪委监委对镇分管领导进行约谈；',
    );
    expectNone(analysis, '制止不力', ['problem']);
    expectKind(analysis, '进行约谈', 'commitment');
  });

  it('reads a gap closed (堵住…的漏洞) as the aim of a measure, not a problem', () => {
    expectKind(
      analyzeText('9月底前推动建立三级核验制度，从源头上堵住重复申领的漏洞。'),
      '堵住重复申领的漏洞',
      'commitment',
    );
  });
});

describe('a contact line under a label of measures', () => {
  it('reads 整改要求：…公布值班表和监督电话 as a measure, not a notice’s contact line', () => {
    expectKind(
      analyzeText('整改要求：即日起落实窗口工作人员离岗登记制度，9月20日前在服务大厅公布值班表和监督电话。'),
      '离岗登记制度',
      'commitment',
    );
  });
});

describe('headings of demands', () => {
  it('reads the items under 督办要求 as measures, and the heading as no finding', () => {
    const analysis = analyzeText('挂牌督办积案情况如下。\n三、督办要求\n（一）包案领导亲自接访。');
    expectKind(analysis, '包案领导亲自接访', 'commitment');
    expect(analysis.findings.find((f) => f.text.includes('督办要求'))).toBeUndefined();
  });
});

describe('存在 with a quoted name, and answers in writing', () => {
  it('reads 存在“中梗阻”。 as a problem and 书面报告 as a measure', () => {
    expectKind(analyzeText('惠民惠企政策落实存在“中梗阻”。'), '中梗阻', 'problem');
    expectKind(analyzeText('我们将在明年年中向县人大常委会书面报告落实进展。'), '书面报告', 'commitment');
  });
});

describe('a table whose header names its columns', () => {
  const analysis = analyzeText(
    '现将整改清单公布如下。\n序号\t反馈问题\t整改措施\t责任人\t整改情况\n1\t集体资产台账与实物对不上\t全面清查村集体资产，建立资产台账\t某某某\t持续整改\n2\t村务公开栏长期未更新\t每季度公开财务收支明细\t某某\t已完成\n二、工作要求',
  );

  it('reads the cells of 整改措施 as commitments and those of 反馈问题 as problems', () => {
    expectKind(analysis, '全面清查村集体资产', 'commitment');
    expectKind(analysis, '每季度公开财务收支明细', 'commitment');
    expectKind(analysis, '集体资产台账与实物对不上', 'problem');
  });

  it('reads owners and the 整改情况 column as no commitments', () => {
    expect(analysis.findings.find((f) => f.text === '某某某')).toBeUndefined();
    expectNone(analysis, '持续整改', ['commitment']);
  });
});

describe('time since, inside the target of a measure', () => {
  it('reads 立即对2021年以来…开展全面清查 as a measure, not a report of work done', () => {
    const letter = analyzeText(
      '为此，本委提出如下监察建议：\n（一）立即对2021年以来的耕地补贴发放情况开展全面清查，对违规套取的资金依法追缴。\n（二）健全补贴申领核验机制。',
    );
    expectKind(letter, '立即对2021年以来的耕地补贴发放情况开展全面清查', 'commitment');
  });

  it('keeps a time since that opens the statement as work done', () => {
    expectKind(analyzeText('2021年以来，我局对补贴发放情况开展了全面清查。'), '开展了全面清查', 'progress');
  });
});

describe('a lesson or a lever before the verb', () => {
  it('reads 以此案为鉴，召开… as an imperative item', () => {
    const letter = analyzeText(
      '本委提出如下监察建议：\n（一）健全补贴申领核验机制。\n（二）以此案为鉴，召开专题民主生活会，在全局开展警示教育。',
    );
    expectKind(letter, '以此案为鉴，召开专题民主生活会', 'commitment');
  });
});

describe('a count of times', () => {
  it('reads 每半年…一次 as a checkable measure of a plan', () => {
    const plan = analyzeText(
      '县水利局党组巡察整改工作方案\n二、整改措施\n（一）压实党风廉政建设责任\n局党组每半年至少专题研究一次党风廉政建设工作。',
    );
    const found = expectKind(plan, '局党组每半年至少专题研究一次党风廉政建设工作', 'commitment');
    expect(found.cues).toContainEqual({ category: 'measure', match: '一次' });
  });

  it('does not read 第一次 or 一次性 as one', () => {
    expect(analyzeText('这是我局第一次接受巡察。').findings).toEqual([]);
  });
});

describe('已 that only qualifies a noun', () => {
  it('reads 已经发生的要制定清收方案 as a measure, not work done', () => {
    const speech = analyzeText(
      '从即日起，各子公司一律停止未经集团审批的对外借款和担保，已经发生的要制定清收方案，限期收回。',
    );
    expectKind(speech, '已经发生的要制定清收方案', 'commitment');
  });

  it('reads 已 before a list of verbs and their noun (已离职、调岗人员的账号) as a qualifier', () => {
    expectKind(analyzeText('已离职、调岗人员的账号须于7月31日前全部注销。'), '全部注销', 'commitment');
  });

  it('keeps 已 before a verb and its object as work done', () => {
    expectKind(analyzeText('集团已经制定了清收方案，收回借款300万元。'), '已经制定了清收方案', 'progress');
  });
});

describe('a month as a time limit', () => {
  it('reads 2026年3月前 as a time limit, and 3个月前 as time past', () => {
    const plan = expectKind(
      analyzeText('计划2026年3月前上线科研经费管理系统，同步制定结余经费管理细则。'),
      '上线科研经费管理系统',
      'commitment',
    );
    expect(plan.cues).toContainEqual({ category: 'deadline', match: '月前' });
    expect(analyzeText('3个月前，我局召开了专题会议。').findings.map((f) => f.kind)).toEqual(['progress']);
  });
});

describe('more kinds of meeting', () => {
  it('reads 召开居民议事会 and 召开听证会 as measures', () => {
    const plan = analyzeText(
      '整改措施：会同社区召开居民议事会，逐栋征求加装电梯意愿；对收费标准调整召开听证会。',
    );
    const meeting = expectKind(plan, '召开居民议事会', 'commitment');
    expect(meeting.cues).toContainEqual({ category: 'measure', match: '召开…议事会' });
  });
});

describe('a shortcoming that ends a modifier after a short verb phrase', () => {
  it('reads 违规购买烟酒的费用…退赔 and 不符合条件的低保户立即停发 as measures on a target', () => {
    const plan = analyzeText(
      '镇党委关于村级巡察反馈问题的整改方案\n二、整改措施\n（一）违规购买烟酒的费用由相关村干部个人全额退赔。\n（二）不符合条件的低保户立即停发。',
    );
    expectKind(plan, '违规购买烟酒的费用由相关村干部个人全额退赔', 'commitment');
    expectKind(plan, '不符合条件的低保户立即停发', 'commitment');
    expect(plan.findings.filter((f) => f.kind === 'problem')).toEqual([]);
  });

  it('keeps 尚未完成整改的18个问题 an assertion of problems', () => {
    expectKind(
      analyzeText('目前尚未完成整改的18个问题，主要涉及历史遗留事项和跨部门协调事项。'),
      '尚未完成整改的18个问题',
      'problem',
    );
  });
});

describe('hardships, refusals and a halt to work', () => {
  it('reads 停车难 and 只签收、不处理 as shortcomings', () => {
    expectKind(analyzeText('老城区和医院周边停车难，群众意见较大。'), '停车难', 'problem');
    expectKind(
      analyzeText('XX街道对企业反映的厂区道路积水问题只签收、不处理，工单连续3次被退回。'),
      '只签收、不处理',
      'problem',
    );
  });

  it('reads 必须停产整改 as a measure', () => {
    const order = expectKind(
      analyzeText('整改期间，XX建材公司涉爆车间必须停产整改，验收合格后方可恢复生产。'),
      '必须停产整改',
      'commitment',
    );
    expect(order.cues).toContainEqual({ category: 'measure', match: '停产整改' });
  });
});

describe('a heading of a list of measures', () => {
  it('reads the items under 整改清单 as commitments', () => {
    const plan = analyzeText(
      '一、问题清单\n1.中央八项规定精神学习不够深入。\n二、整改清单\n1.针对第1项问题：党委理论学习中心组每月安排一次中央八项规定精神专题学习，班子成员结合分管工作开展研讨交流；',
    );
    expectKind(plan, '学习不够深入', 'problem');
    expectKind(plan, '党委理论学习中心组每月安排一次', 'commitment');
  });
});

describe('owners, records and reviews', () => {
  it('reads 由我担任组长 as an owner assigned to the measure', () => {
    expectKind(
      analyzeText('集团成立整改工作领导小组，由我担任组长，办公室设在党委办公室。'),
      '集团成立整改工作领导小组',
      'commitment',
    );
  });

  it('does not read 记入不良行为记录 as a shortcoming', () => {
    const plan = analyzeText(
      '整改措施：建立项目经理考勤与企业信用评价挂钩制度，长期不在岗的记入不良行为记录；',
    );
    expect(plan.findings.map((f) => f.kind)).toEqual(['commitment']);
  });

  it('reads 开展合法性审查 and 配齐 as measures', () => {
    expectKind(analyzeText('要对鱼塘、厂房出租合同开展合法性审查。'), '开展合法性审查', 'commitment');
    expectKind(analyzeText('学校将在明年招聘中专项补充辅导员，新生入校前配齐。'), '配齐', 'commitment');
  });
});

describe('a 要 of how long it takes', () => {
  it('reads 预约要排一周以上 as a fact of a problem, not an order', () => {
    expectKind(
      analyzeText('门诊挂号难问题反映集中，大型检查预约要排一周以上，医生私自加号的问题没有得到有效遏制。'),
      '预约要排一周以上',
      'problem',
    );
  });

  it('keeps 要在一周内完成 an order with a time limit', () => {
    expectKind(analyzeText('要在一周内完成整改。'), '要在一周内完成整改', 'commitment');
  });
});

describe('an interview', () => {
  it("reads the interviewer's next question (问：…做了哪些工作？) as closing the answer about problems", () => {
    const interview = analyzeText(
      '问：这次巡察反馈了哪些主要问题？\n答：巡察组一共反馈了4个方面16个问题。比方说，城市更新统筹不够，老旧片区改造重拆建、轻治理。\n问：反馈之后，区委做了哪些工作？\n答：区委成立了整改工作领导小组，实行周调度、月通报。截至9月30日，16个问题已完成整改11个。\n具体来说，社区减负方面，清理取消各类台账报表42项。',
    );
    expectKind(interview, '城市更新统筹不够', 'problem');
    const kinds = interview.findings.filter(
      (f) => f.text.includes('台账报表42项') || f.text.includes('已完成整改11个'),
    );
    expect(kinds.map((f) => f.kind)).not.toContain('problem');
  });
});

describe('interview questions as headings', () => {
  it("makes the interviewer's question (问：…做了哪些工作？) a heading, like a question about the matter", () => {
    const text =
      '问：这次巡察反馈了哪些主要问题？\n答：一共反馈了16个问题。\n问：反馈之后，区委做了哪些工作？\n答：区委成立了领导小组。';
    const steps = segmentTableInSteps(text);
    let next = steps.next();
    while (!next.done) next = steps.next();
    const segments = next.value;
    const sections = findSections(text, segments, new Uint8Array(segments.count));
    const headings = Array.from({ length: segments.count }, (_, k) => k)
      .filter((k) => sections.heading[k])
      .map((k) => text.slice(segments.start[k], segments.end[k]));
    expect(headings).toEqual(['问：这次巡察反馈了哪些主要问题？', '问：反馈之后，区委做了哪些工作？']);
  });
});

describe('leads handed on', () => {
  it('does not read 违纪违法线索 handed to the discipline body as a problem', () => {
    const kinds = analyzeText(
      '巡察期间发现的个别医务人员违纪违法线索，已由巡察组按程序转交市纪委监委核查。',
    ).findings.map((f) => f.kind);
    expect(kinds).not.toContain('problem');
  });
});

describe('a statement of causes', () => {
  it('reads 究其原因，… and 这些问题的产生，根子在于… as causes, not problems of their own', () => {
    const report = analyzeText(
      '一是台账管理不规范。\n二是资金拨付不及时。\n这些问题的产生，根子在于班子成员对管党治党责任认识不深。\n究其原因，也有个别单位对审计整改重视不够。',
    );
    expectKind(report, '台账管理不规范', 'problem');
    const causes = report.findings.filter((f) => f.text.includes('根子在于') || f.text.includes('究其原因'));
    expect(causes.map((f) => f.kind)).not.toContain('problem');
  });

  it('reads 原因是… as causes of the unfinished item before it', () => {
    const report = analyzeText(
      '三、尚未完成的问题\n1.档案数字化尚未完成。\n原因是部分档案年代久远，原始凭证缺失。',
    );
    expectKind(report, '档案数字化尚未完成', 'problem');
    expect(report.findings.filter((f) => f.text.includes('原因是')).map((f) => f.kind)).not.toContain(
      'problem',
    );
  });
});

describe('a share short of what was due', () => {
  it('reads 完成投资仅为计划的47% as a shortcoming, and 污水处理厂 as a name, not dealing with it', () => {
    expectKind(
      analyzeText('市第二污水处理厂提标改造工程原计划2024年6月完工，审计时完成投资仅为计划的47%。'),
      '仅为计划的47%',
      'problem',
    );
  });
});

describe('owning the work in person', () => {
  it('reads 亲自抓、负总责 and 亲自过问、靠前指挥 with no act named as pledges', () => {
    expectKind(
      analyzeText('各子公司党组织书记要亲自抓、负总责，不能当“二传手”。'),
      '亲自抓、负总责',
      'pledge',
    );
    expectKind(analyzeText('镇党委书记要对整改工作亲自过问、靠前指挥。'), '亲自过问、靠前指挥', 'pledge');
  });

  it('keeps a personal act a commitment (我亲自约谈…)', () => {
    expectKind(analyzeText('对进度滞后的单位，我亲自约谈其主要负责人。'), '我亲自约谈', 'commitment');
  });
});

describe('tying the rectification to other work', () => {
  it('reads 要把巡察整改同正在开展的…活动结合起来 as a pledge', () => {
    expectKind(
      analyzeText('要把巡察整改同正在开展的“作风建设提升年”活动结合起来，让干部职工切实感受到变化。'),
      '活动结合起来',
      'pledge',
    );
  });

  it('keeps a measure that follows the tie (…统筹起来，对尚未完成的事项逐项“回头看”)', () => {
    expectKind(
      analyzeText('要把上一轮巡视整改和本轮巡视整改统筹起来，对尚未完成的整改事项逐项开展“回头看”。'),
      '统筹起来',
      'commitment',
    );
  });
});

describe('the period a notice stands', () => {
  it('reads 公示期为7月28日至8月6日 as procedure, not a time limit', () => {
    expect(analyzeText('公示期为7月28日至8月6日。').findings).toEqual([]);
  });
});

describe('results counted in an evaluation', () => {
  it('reads 将作为…考核的重要依据 as a measure', () => {
    expectKind(
      analyzeText('他强调，整改落实情况将作为学校年度考核和干部任期考核的重要依据。'),
      '将作为学校年度考核',
      'commitment',
    );
  });
});

describe('holding to account those who fail', () => {
  it('reads 整改不到位的，镇纪委要跟进问责 as a measure', () => {
    expectKind(analyzeText('整改不到位的，镇纪委要跟进问责。'), '镇纪委要跟进问责', 'commitment');
  });
});

describe('举一反三 before the verb', () => {
  it('reads the item heading （三）举一反三抓好自查。 as a measure', () => {
    expectKind(
      analyzeText('一、整改措施\n（一）建立整改台账。\n（二）举一反三抓好自查。'),
      '举一反三抓好自查',
      'commitment',
    );
  });
});

describe('an item heading that names a check', () => {
  it('reads （三）强化督导检查。 as a measure, and （二）强化责任意识。 as a pledge', () => {
    const plan = analyzeText(
      '一、整改措施\n（一）建立整改台账。\n（二）强化责任意识。\n（三）强化督导检查。',
    );
    expectKind(plan, '强化督导检查', 'commitment');
    expectKind(plan, '强化责任意识', 'pledge');
  });
});

describe('stores and guides kept for others', () => {
  it('reads 建立听证员库 and 编制并公开办事指南 as measures', () => {
    expectKind(analyzeText('要建立听证员库，邀请人大代表参加听证。'), '建立听证员库', 'commitment');
    expectKind(
      analyzeText('要全面梳理用地报批材料，编制并公开办事指南。'),
      '编制并公开办事指南',
      'commitment',
    );
  });
});

describe('a time limit after 今年', () => {
  it('reads 今年内 as a time limit, although 今年 alone is a time word', () => {
    const order = expectKind(
      analyzeText('一要把牢办院方向，今年内把两个议事规则修订到位，列出前置研究事项清单；'),
      '今年内把两个议事规则',
      'commitment',
    );
    expect(order.deadline).toBe('今年内');
  });
});

describe('states found wanting', () => {
  it('reads 居高不下, 底数不清 and 管理松散 as shortcomings', () => {
    expectKind(analyzeText('下属企业应收账款居高不下。'), '应收账款居高不下', 'problem');
    expectKind(analyzeText('全系统房产土地底数不清。'), '房产土地底数不清', 'problem');
    expectKind(analyzeText('项目外包以包代管，现场管理松散。'), '以包代管', 'problem');
  });
});

describe('checks and services a report can count', () => {
  it('reads 一窗受理 and 入户核实 as measures', () => {
    expectKind(analyzeText('要推行一窗受理、容缺受理。'), '一窗受理', 'commitment');
    expectKind(analyzeText('要对救助对象逐户入户核实。'), '入户核实', 'commitment');
  });

  it('reads a talk with a named person (约谈) and a schedule worked back (倒排工期) as measures enough', () => {
    expectKind(analyzeText('对进度缓慢的乡镇，县安委办将约谈镇长。'), '县安委办将约谈镇长', 'commitment');
    expectKind(analyzeText('县水利局要倒排工期，保证水库主体工程按时完工。'), '倒排工期', 'commitment');
  });

  it('reads disclosure on a named channel (在门户网站公开) as a measure, and a site name as nothing', () => {
    expectKind(analyzeText('整改进展情况将适时在县政府门户网站公开。'), '门户网站公开', 'commitment');
    expect(analyzeText('欢迎访问XX县人民政府门户网站').findings).toEqual([]);
  });

  it('reads one thing done in place of another, or in form only (以罚代管, 签而不约), as a problem', () => {
    expectKind(analyzeText('2.执法中存在以罚代管现象。'), '以罚代管', 'problem');
    expectKind(analyzeText('3.家庭医生签约服务签而不约。'), '签而不约', 'problem');
    expectKind(analyzeText('4.城区断面水质不升反降。'), '不升反降', 'problem');
    expectKind(analyzeText('5.河湖管理重巡查、轻处置。'), '重巡查、轻处置', 'problem');
  });

  it('reads the stay as a time of the plan (进驻后, 进驻时间), not its background', () => {
    expectKind(
      analyzeText('各组进驻后3个工作日内要在被巡察单位公布监督电话。'),
      '公布监督电话',
      'commitment',
    );
    const plan = expectKind(
      analyzeText('进驻时间统一定在3月10日，4月底前全部撤离。'),
      '进驻时间',
      'commitment',
    );
    expect(plan.cues.map((cue) => cue.match)).not.toContain('一定');
  });

  it('reads a floor set as a rule (不得低于40%) as an order with a figure, listed once', () => {
    const finding = expectKind(
      analyzeText('个别谈话中普通干部的比例不得低于40%。'),
      '不得低于',
      'commitment',
    );
    expect(finding.cues.filter((cue) => cue.match === '不得低于')).toHaveLength(1);
  });

  it('reads oversight neglected (疏于监管, 失察) as a problem', () => {
    expectKind(analyzeText('街道党工委对社区财务长期疏于监管。'), '长期疏于监管', 'problem');
    expectKind(analyzeText('分管领导对下属违规行为存在失察。'), '存在失察', 'problem');
  });

  it('reads work item by item (逐台, like 逐户) as a measure', () => {
    expectKind(analyzeText('要对单位车辆逐台加装北斗定位终端。'), '逐台', 'commitment');
  });

  it('keeps 开展…谈话 a pair where 提醒 stands before 谈话', () => {
    expectKind(analyzeText('要对进度滞后的股室负责人开展提醒谈话。'), '提醒谈话', 'commitment');
  });
});

describe('lines of fields under a measure', () => {
  it('gives a run of field lines to the measures since the run before it', () => {
    const analysis = analyzeText(
      '（1）要对全镇公务用车开展一次专项检查。\n责任单位：党政办\n完成时限：2026年3月底\n（2）要对公务接待费用开展一次全面清查。\n责任单位：财政所',
    );
    const cars = expectKind(analysis, '公务用车开展一次专项检查', 'commitment');
    const meals = expectKind(analysis, '公务接待费用开展一次全面清查', 'commitment');
    expect([cars.owner, cars.deadline]).toEqual(['党政办', '2026年3月底']);
    expect([meals.owner, meals.deadline]).toEqual(['财政所', undefined]);
  });

  it('reads two fields on one line (牵头股室：…　完成时限：…) as fields, not a commitment', () => {
    const analysis = analyzeText(
      '（一）基层服务能力不足。\n整改措施：（1）要组织县级医院专家每周下沉乡镇卫生院坐诊一次。\n牵头股室：基层卫生股　完成时限：2026年3月底',
    );
    expectNone(analysis, '牵头股室');
    const measure = expectKind(analysis, '县级医院专家每周下沉', 'commitment');
    expect(measure.owner).toBe('基层卫生股');
    expect(measure.deadline).toBe('2026年3月底');
  });

  it('reads a person who leads (牵头人：) and a milestone (时间节点：) as fields', () => {
    const analysis = analyzeText(
      '问题1：内容审核把关不严。\n整改措施：制定差错通报和责任追究办法，每月通报一次差错情况。\n牵头人：某某（分管副主任）　时间节点：2026.04.30前',
    );
    expectNone(analysis, '牵头人');
    const measure = expectKind(analysis, '制定差错通报', 'commitment');
    expect(measure.owner).toBe('某某（分管副主任）');
    expect(measure.deadline).toBe('2026.04.30前');
  });
});

describe('the background of an inspection', () => {
  it('reads the team stay (…至…，巡察组进驻…开展常规巡察) as told, not a commitment', () => {
    expectNone(
      analyzeText('2026年3月2日至4月30日，区委第三巡察组进驻区文旅局，对局党组开展常规巡察。'),
      '区委第三巡察组进驻',
      ['commitment', 'pledge', 'problem'],
    );
  });
});

describe('a reporter asking', () => {
  it('reads 请问…？ as a question, not the order 请', () => {
    expectNone(analyzeText('请问这项整改目前推进到哪一步了？'), '请问');
  });
});

describe('a rule set from now on', () => {
  it('reads 今后 before a measure as a plan, also in a report of work done', () => {
    expectKind(
      analyzeText('二、整改落实情况\n已对预约流程进行优化。今后每月公布一次各类检查的平均等候天数。'),
      '今后每月公布',
      'commitment',
    );
  });

  it('reads 以后 opening a clause as from now on, but not 以后 after a date or an act', () => {
    expectKind(
      analyzeText('以后凡是3万元以上的村级工程，一律先提交村民代表会议表决。'),
      '以后凡是',
      'commitment',
    );
    expectNone(analyzeText('2019年以后新建的村级工程均通过了竣工验收。'), '2019年以后', ['commitment']);
  });

  it('keeps 今后的工作 an attribute that plans nothing', () => {
    expectNone(analyzeText('这些意见对我们改进今后的工作很有指导意义。'), '今后的工作');
  });
});

describe('the period a notice stands', () => {
  it('reads 公示期：…—… as the notice period, not a time limit', () => {
    expectNone(analyzeText('公示期：2026年2月3日—2月9日。'), '公示期');
  });
});

describe('ways of running the work', () => {
  it('reads 台账化 and 清单化 as measures, also in a heading', () => {
    expectKind(analyzeText('（二）台账化推进。'), '台账化推进', 'commitment');
    expectKind(analyzeText('要对反馈问题清单化推进、逐项销号。'), '清单化推进', 'commitment');
  });
});

describe('a label of problems', () => {
  it('reads measure and time words under 问题： as the fact found, without a directive', () => {
    const analysis = analyzeText(
      '（二）专项资金支出进度缓慢\n问题：乡村道路改造补助资金1800万元，至2025年底仅拨付600万元。\n整改情况：已督促各县区加快拨付。',
    );
    expectKind(analysis, '乡村道路改造补助资金', 'problem');
  });

  it('reads 将 as 把 and 截至 as a date under 问题：, not as a plan or a report', () => {
    const analysis = analyzeText(
      '（三）资产出租不规范\n问题：下属服务中心将闲置门面房3间对外出租，未经审批。\n问题：截至2025年底，往来款项共计86万元长期挂账未清理。',
    );
    expectKind(analysis, '下属服务中心将闲置门面房', 'problem');
    expectKind(analysis, '往来款项共计86万元', 'problem');
  });
});

describe('a gap to close', () => {
  it('reads 堵塞漏洞 and 补齐短板 as resolve, not as shortcomings found', () => {
    expectNone(analyzeText('二是建章立制堵漏洞。'), '堵漏洞', ['problem']);
    expectNone(analyzeText('三是对标先进补齐短板。'), '补齐短板', ['problem']);
  });
});

describe('a heading that welcomes scrutiny', () => {
  it('reads （四）主动接受监督。 as a pledge; the publication under it is the measure', () => {
    const analysis = analyzeText(
      '四、保障措施\n（四）主动接受监督。\n整改方案和整改结果在局门户网站向社会公开。',
    );
    expectKind(analysis, '主动接受监督', 'pledge');
  });
});

describe('courtesies', () => {
  it('reads 请予审议, 请同志们批评帮助 and 来信请寄 as courtesies, not orders', () => {
    expectNone(analyzeText('以上报告，请予审议。'), '请予审议');
    expectNone(analyzeText('以上发言，请同志们批评帮助。'), '批评帮助');
    expectNone(analyzeText('来信请寄：XX县XX路XX号局办公室。'), '来信请寄');
  });
});

describe('a promise label, progress behind plan, teams sent out', () => {
  it('reads 卫生院承诺：… as a label of measures', () => {
    expectKind(
      analyzeText('二、整改进展\n已完成病历归档。卫生院承诺：每月对出院病历开展一次收费自查。'),
      '每月对出院病历开展一次收费自查',
      'commitment',
    );
  });

  it('reads a remainder hard to clear and a shortcoming told with 了 (打了折扣) as problems', () => {
    expectKind(analyzeText('剩余8个问题涉及历史遗留用地，短期内难以全部解决。'), '剩余8个问题', 'problem');
    expectKind(analyzeText('专项行动落实打了折扣，年度指标只完成七成。'), '专项行动落实打了折扣', 'problem');
  });

  it('reads 慢于预期 as a shortcoming', () => {
    expectKind(analyzeText('水库除险加固工程整改后进度仍慢于预期。'), '水库除险加固工程', 'problem');
  });

  it('reads 督查组分赴… as told, not a commitment', () => {
    expectNone(analyzeText('12月1日至2日，县委第二督查组分赴3个乡镇开展整改回头看督查。'), '第二督查组分赴', [
      'commitment',
      'pledge',
    ]);
  });
});

describe('a plan set for a time', () => {
  it('reads 将于 and 计划于 before a time as a time limit, the sentence as a commitment', () => {
    expectKind(analyzeText('城郊学校将于2027年秋季学期全部接入。'), '城郊学校将于', 'commitment');
    expectKind(analyzeText('电子台账的自动提醒功能计划于明年二季度正式上线。'), '自动提醒功能', 'commitment');
  });

  it('gives 将于 once among the reasons, as the plan it states', () => {
    const finding = expectKind(
      analyzeText('城郊学校将于2027年秋季学期全部接入。'),
      '城郊学校将于',
      'commitment',
    );
    expect(finding.cues.filter((cue) => cue.match === '将于')).toEqual([
      { category: 'future', match: '将于' },
    ]);
  });

  it('reads the end of a month (6月末) as a time limit, like 6月底', () => {
    const finding = expectKind(
      analyzeText('局党组将通过公开遴选补充专业人员，到2027年6月末完成岗位交流。'),
      '公开遴选',
      'commitment',
    );
    expect(finding.deadline).toBe('2027年6月末完成');
  });

  it('reads a quarter as a time limit (一季度内, 三季度末前): the plan is a commitment', () => {
    const finding = expectKind(
      analyzeText('公司将在2027年一季度内完成下属党组织的调整。'),
      '一季度内',
      'commitment',
    );
    expect(finding.deadline).toBe('2027年一季度内完成');
  });

  it('keeps 将 alone, with no time, a pledge', () => {
    expectKind(analyzeText('城郊学校将全部接入。'), '城郊学校将', 'pledge');
  });
});

describe('an order that names its object first', () => {
  it('reads a statement opening with 把 as an order: a pledge without a measure', () => {
    expectKind(analyzeText('把自己摆进去，真正把问题找准看透。'), '把自己摆进去', 'pledge');
  });

  it('keeps 把关不严 a problem', () => {
    expectKind(analyzeText('把关不严，审核流于形式。'), '把关不严', 'problem');
  });
});

describe('a measure after an order of its paragraph', () => {
  it('reads a measure told without a modal after a commitment as one more commitment', () => {
    const speech = analyzeText(
      '集团党委将在11月召开专题民主生活会，班子成员逐一检视剖析。各子公司整改进展在内网逐项通报。',
    );
    const rhythm = expectKind(speech, '在内网逐项通报', 'commitment');
    expect(rhythm.cues.map((c) => c.match)).toContain('承接上句');
  });

  it('leaves the same measure unflagged where no order comes before it', () => {
    expect(analyzeText('各子公司整改进展在内网逐项通报。').findings).toEqual([]);
  });
});

describe('a heading of promises', () => {
  it('reads measures under 二、整改承诺事项 as commitments, as under 下一步', () => {
    const notice = analyzeText(
      '二、整改承诺事项\n1.会同区市场监管局，每学期至少开展一次校外培训机构联合执法检查。',
    );
    expectKind(notice, '每学期至少开展一次', 'commitment');
  });

  it('reads a bare measure under 三、我们的承诺 as a commitment', () => {
    const notice = analyzeText(
      '三、我们的承诺\n1.自明年1月起，财务收支每季度结束后10个工作日内公布。\n2.停车位收费收入单独建账，每半年向全体居民公布一次收支明细。',
    );
    expectKind(notice, '单独建账', 'commitment');
  });

  it('reads measures under 三、后续整改安排 at the end of a report as commitments', () => {
    const report = analyzeText(
      'XX集团党委关于巡察整改进展情况的通报\n二、整改落实进展\n已清理违规兼职4人。\n三、后续整改安排\n一是对未完成的5条措施实行挂图作战，每月通报一次进度。',
    );
    expectKind(report, '对未完成的5条措施', 'commitment');
  });
});

describe("a checker's report", () => {
  it('reads the orders of …整改督查情况的通报 as commitments, not as work reported done', () => {
    const notice = analyzeText(
      '关于第三轮巡察整改督查情况的通报\n一、督查发现的问题\n一些单位整改台账填报不实。\n二、有关要求\n（三）严格审核销号。\n对逾期未改、虚假销号的，县纪委监委将约谈单位主要负责人，情节严重的依规依纪追究责任。',
    );
    expectKind(notice, '严格审核销号', 'commitment');
    expectKind(notice, '县纪委监委将约谈', 'commitment');
  });
});

describe('a report of progress so far', () => {
  it('reads a measure told under the title …阶段性进展的通报 as work done, not a commitment', () => {
    const report = analyzeText(
      'XX局党组关于巡察整改阶段性进展的通报\n修订印发《行政处罚裁量权基准》，细化裁量情形312项。',
    );
    expectKind(report, '修订印发', 'progress');
  });
});

describe('looking back over closed cases', () => {
  it('reads 逐件倒查 handed to an owner as a measure', () => {
    expectKind(
      analyzeText('由法制大队牵头，对2023年以来的受案登记逐件倒查，一律纠正。'),
      '逐件倒查',
      'commitment',
    );
  });
});

describe('the field of an order before its verb', () => {
  it('reads 其次，在执法问题上动真碰硬。 as a pledge', () => {
    expectKind(analyzeText('其次，在执法问题上动真碰硬。'), '在执法问题上动真碰硬', 'pledge');
  });

  it('keeps 在资金管理上存在漏洞 a problem', () => {
    expectKind(analyzeText('在资金管理上存在漏洞。'), '存在漏洞', 'problem');
  });
});

describe('a channel opened for complaints', () => {
  it('reads 开通…举报信箱和举报电话 as a measure, not as a contact line', () => {
    expectKind(
      analyzeText('学校将每学期开展一次专项排查，并开通师德举报信箱和举报电话，接受家长监督。'),
      '开通师德举报信箱',
      'commitment',
    );
  });

  it('keeps a bare contact line none', () => {
    expect(analyzeText('举报电话：0000-1234567。').findings).toEqual([]);
  });
});

describe('a team that does not hold together', () => {
  it('reads 队伍不稳定 as a shortcoming', () => {
    expectKind(analyzeText('社区工作者队伍不稳定，近两年流失14人。'), '队伍不稳定', 'problem');
  });
});

describe('a ledger per item', () => {
  it('reads 逐条建账 and 定责 as measures', () => {
    expectKind(
      analyzeText('县供销社党组要对照反馈意见逐条建账，每一项都要定人、定责、定时限。'),
      '逐条建账',
      'commitment',
    );
  });
});

describe('the body of a list item under its heading line', () => {
  it('reads a measure told without a modal under an item heading of measures as a commitment', () => {
    const speech = analyzeText(
      '会议要求，各单位要抓好以下工作。\n（一）接受群众监督\n整改进展和结果在镇政务公开栏公示，设置意见箱听取群众评价。\n（二）强化督查问责\n镇纪委每月开展一次专项督查。',
    );
    const body = expectKind(speech, '在镇政务公开栏公示', 'commitment');
    expect(body.cues.map((c) => c.match)).toContain('承接标题');
    expectKind(speech, '镇纪委每月开展一次专项督查', 'commitment');
  });
});

describe('a label whose first item follows it on its line', () => {
  it('carries 整改措施：（1）… over the items (2), (3) on the lines after it', () => {
    const ledger = analyzeText(
      '1.问题：村级财务管理不规范，存在白条入账问题。\n整改措施：（1）对涉及的白条逐笔核实，补齐手续；\n（2）镇农经站每季度对9个村的财务收支开展一次抽审。\n责任人：某某某',
    );
    expectKind(ledger, '镇农经站每季度', 'commitment');
  });
});

describe('a numbered problem told on, and a label that says what it covers', () => {
  const list =
    '问题1：“三会一课”有时候流于形式。\n行动不便的老党员有7位，去年支部只上门送学过一回。\n整改措施：每月主题党日定一个讨论题目，支委轮流准备。\n' +
    '问题2：工程结算把关不严。\n整改措施（问题1、2）：委托造价咨询机构对3个项目的工程量逐项复核。';

  it('reads the paragraph after 问题1：… as the problem told on', () => {
    expectKind(analyzeText(list), '行动不便的老党员有7位', 'problem');
  });

  it('reads 整改措施（问题1、2）： as a label of measures', () => {
    expectKind(analyzeText(list), '委托造价咨询机构', 'commitment');
  });
});

describe('Taiwan words for drawing up a plan', () => {
  it('reads 應訂定…方案 (訂定 for 制定) as a commitment', () => {
    const review = analyzeText('學校應訂定專任教師延攬與留任方案,逐年降低兼任教師授課比例。', { converter });
    expectKind(review, '订定专任教师', 'commitment');
  });
});

describe('premises put to other use, and a time limit passed', () => {
  it('reads 挪作他用 as a shortcoming', () => {
    expectKind(analyzeText('有5个站的办公场地被乡镇挪作他用。'), '挪作他用', 'problem');
  });

  it('does not read the 定期 inside 规定期限 as a rhythm of measures', () => {
    const analysis = analyzeText('有2件信访事项办理超过了规定期限。');
    expect(analysis.findings.flatMap((f) => f.cues.map((c) => c.match))).not.toContain('定期');
  });
});

describe('labels of a public-account article', () => {
  it('reads 巡察发现： as a label of problems and 怎么改： as a label of measures', () => {
    const article = analyzeText(
      '巡察发现：部分社区仍要求居民开具“居住证明”“亲属关系证明”等证明。\n怎么改：街道对各社区的证明事项进行一次全面清理。',
    );
    expectKind(article, '部分社区仍要求居民开具', 'problem');
    expectKind(article, '街道对各社区的证明事项', 'commitment');
  });

  it('reads 巡察指出： as a label of problems, like 巡察发现：', () => {
    const report = analyzeText(
      '（一）关于学习不深入的问题\n巡察指出：中心组学习有时以传达文件代替研讨交流。\n整改落实：修订中心组学习制度。',
    );
    expectKind(report, '中心组学习有时以传达文件代替', 'problem');
  });

  it('reads 审计发现问题： and 反馈问题： as labels of problems', () => {
    const plan = analyzeText(
      '1.审计发现问题：镇政府将村道维修工程直接发包给施工单位，合同金额60万元。\n整改措施：年底前完成审计整改。\n2.反馈问题：公务接待有5笔无公函。',
    );
    expectKind(plan, '镇政府将村道维修工程直接发包', 'problem');
    expectKind(plan, '公务接待有5笔无公函', 'problem');
  });
});

describe('a label of targets', () => {
  it('reads 整改目标：… as a measure of the plan', () => {
    expectKind(
      analyzeText('整改目标：依申请公开答复超期问题动态清零。'),
      '依申请公开答复超期问题动态清零',
      'commitment',
    );
  });

  it('reads a target no report can check (…进一步规范) as a wish: a pledge', () => {
    expectKind(analyzeText('整改目标：公务接待管理进一步规范。'), '公务接待管理进一步规范', 'pledge');
    expectKind(analyzeText('整改目标：2026年6月底前完成全部清理。'), '2026年6月底前完成', 'commitment');
  });

  it('reads the cells of a column of targets the same way', () => {
    const analysis = analyzeText(
      [
        '序号',
        '问题',
        '整改目标',
        '整改措施',
        '责任单位',
        '1',
        '集镇污水直排河道。',
        '河道水质稳定向好，群众满意度明显提升。',
        '（1）新建污水支管网12公里。',
        '县住建局',
      ].join('\n'),
    );
    expectKind(analysis, '河道水质稳定向好', 'pledge');
    expectKind(analysis, '新建污水支管网12公里', 'commitment');
  });
});

describe('taking the findings without reserve, and causes after 出现上述问题', () => {
  it('reads 没有任何保留，全部认账 as a pledge, not a shortcoming of 没有', () => {
    expectKind(analyzeText('局党组没有任何保留，全部认账，不打折扣、不搞变通。'), '没有任何保留', 'pledge');
  });

  it('reads 出现上述问题，主要是… as causes, not a problem of its own', () => {
    expect(analyzeText('出现上述问题，主要是一些干部学习不够深入，日常监督不到位。').findings).toEqual([]);
  });
});

describe('a label of causes', () => {
  it('reads 未完成原因：… as an explanation, not a problem of its own', () => {
    const report = analyzeText(
      '整改进度：正在推进，剩余1项未完成。\n未完成原因：受备件供货周期影响，大修窗口期一再推迟。',
    );
    expectNone(report, '大修窗口期一再推迟');
  });
});

describe('the fields of a complaint ticket', () => {
  it('reads 反映问题：… and 诉求内容：… as problems, though they name no shortcoming word', () => {
    const ticket = analyzeText(
      '反映问题：XX街道一家洗车店每天把污水排到人行道上，路面结冰，老人多次滑倒。\n' +
        '诉求内容：来电人反映，小区东门路灯连续一个月晚上不亮，居民出行摸黑。',
    );
    expectKind(ticket, '洗车店每天把污水排到人行道上', 'problem');
    expectKind(ticket, '路灯连续一个月晚上不亮', 'problem');
  });

  it('reads 办理情况：… and 回访情况：… as work done, not pledges', () => {
    const ticket = analyzeText(
      '办理情况：街道综合执法队于5月8日上午现场处置，劝离占道摊点4处。\n回访情况：来电人对处理结果表示认可。',
    );
    expectNone(ticket, '劝离占道摊点4处', ['commitment', 'pledge']);
    expectNone(ticket, '来电人对处理结果表示认可', ['commitment', 'pledge']);
  });
});

describe('a measure kept at a frequency', () => {
  it('reads a bare rule with a period and a count (每半年开展一次) as a commitment', () => {
    const rules = analyzeText('由派驻纪检组每半年开展一次财务抽查。\n在改造前，每月安排一次清掏。');
    expectKind(rules, '每半年开展一次财务抽查', 'commitment');
    expectKind(rules, '每月安排一次清掏', 'commitment');
  });

  it('leaves a rule named after its count (1次的规定) and work reported done alone', () => {
    const told = analyzeText(
      '去年人均谈话不到1次，没有达到每半年至少1次的规定。\n整改情况：党组每季度听取一次医保中心工作汇报。',
    );
    expectNone(told, '每半年至少1次的规定', ['commitment']);
    expectNone(told, '每季度听取一次医保中心工作汇报', ['commitment', 'pledge']);
  });
});

describe('a list of pledged works for the people (为民办实事清单)', () => {
  it('reads 群众诉求： as a problem, 承诺内容： as a commitment and 目前进展： as work done', () => {
    const list = analyzeText(
      '1.通村道路提档升级\n群众诉求：两村之间的道路路面窄、坑洼多，雨天出行困难。\n' +
        '承诺内容：对该路段实施提档升级，路面拓宽至5.5米，在急弯处加装护栏。\n' +
        '目前进展：路基拓宽已完成，正在铺设沥青路面。',
    );
    expectKind(list, '路面窄、坑洼多', 'problem');
    expectKind(list, '对该路段实施提档升级', 'commitment');
    expectNone(list, '路基拓宽已完成', ['commitment', 'pledge', 'problem']);
  });
});

describe('an inspection notice grouped by place, with pictures', () => {
  it('reads neither the place headings nor the captions of pictures as problems', () => {
    const notice = analyzeText(
      '二、存在的问题\n（一）东山镇\n岭下村村部东侧沟渠内垃圾堆积，无人清理。\n' +
        '照片说明：图1 东山镇岭下村村部东侧沟渠内堆积的垃圾（3月17日摄）\n（二）其他乡镇\n下湾村改厕后闲置。',
    );
    expectKind(notice, '沟渠内垃圾堆积', 'problem');
    expectKind(notice, '下湾村改厕后闲置', 'problem');
    for (const fragment of ['东山镇', '照片说明', '其他乡镇'])
      expect(
        notice.findings.filter((f) => f.normalized.startsWith(fragment) || f.normalized.endsWith(fragment)),
      ).toEqual([]);
  });

  it('reads a heading that only names a body (（一）市住房和城乡建设局, （四）其他部门) as no problem', () => {
    const notice = analyzeText(
      '二、存在问题\n（一）市住房和城乡建设局\n1.事项办理超时3件。\n（二）其他部门\n2.表单字段重复填报。\n' +
        '（三）分解住院和挂床住院。\n',
    );
    expectKind(notice, '事项办理超时3件', 'problem');
    expectKind(notice, '表单字段重复填报', 'problem');
    expectNone(notice, '市住房和城乡建设局');
    expectNone(notice, '其他部门');
    // An abuse named under the heading is still one, though it ends with 院.
    expectKind(notice, '分解住院和挂床住院', 'problem');
  });

  it('reads nothing in the cause given for an item left undone (原因：…)', () => {
    const report = analyzeText(
      '3.执法案卷评查。进展：已复查612卷。\n原因：需对2023年以来的全部案卷进行复查，工作量较大，成效还有待检验。\n4.窗口改造。已完成。',
    );
    expect(report.findings.filter((f) => f.normalized.includes('工作量较大'))).toEqual([]);
  });

  it('reads 检视问题：… as a problem under no heading', () => {
    expectKind(analyzeText('检视问题：调查研究不够深入，有的调研走马观花。'), '调查研究不够深入', 'problem');
    expectKind(
      analyzeText('检视问题：社保经办窗口覆盖面不广，部分业务群众仍要多次跑腿；'),
      '覆盖面不广',
      'problem',
    );
  });
});

describe('a verb whose object is counted', () => {
  it('reads 要…建设2处应急备用水源 as a commitment: the count makes it checkable', () => {
    expectKind(
      analyzeText('县水利局要结合灌区续建配套工程，谋划建设2处应急备用水源。'),
      '建设2处应急备用水源',
      'commitment',
    );
  });

  it('keeps an exhortation that only counts its lists (对照两张清单) a pledge', () => {
    expectKind(analyzeText('各街道要对照两张清单逐项抓好落实，绝不能“纸面销号”。'), '对照两张清单', 'pledge');
  });
});

describe('words read across a word boundary', () => {
  it('reads enforcement (联合执法, 执法检查) as the object of 开展', () => {
    expectKind(analyzeText('二、整治措施\n（五）开展渣土车夜间联合执法。'), '夜间联合执法', 'commitment');
  });

  it('reads a list or ledger as what 纳入 and 列入 put an item on (要纳入整改台账)', () => {
    expectKind(analyzeText('对本次检查发现的问题，要逐项纳入整改台账。'), '逐项纳入整改台账', 'commitment');
    expectKind(analyzeText('部分问题未纳入整改台账。'), '未纳入整改台账', 'problem');
  });

  it('reads a review an item is put on (计入年度综合考评, 列为监督重点) as a measure', () => {
    expectKind(analyzeText('县委将把整改成绩计入年度综合考评。'), '计入年度综合考评', 'commitment');
    expectKind(
      analyzeText('各派驻纪检监察组要把上述领域列为明年监督重点。'),
      '列为明年监督重点',
      'commitment',
    );
  });

  it('reads checks made after the work (组织回访, 组织复验, 开展信用评价) as objects of the verb', () => {
    expectKind(analyzeText('明年4月，教育局将对各校整改情况组织回访。'), '组织回访', 'commitment');
    expectKind(analyzeText('整改完成后，我局将提请上级组织复验。'), '组织复验', 'commitment');
  });

  it('reads a plan named by what it plans (培养计划) as the object of 制定', () => {
    expectKind(analyzeText('要端正用人导向，制定实施年轻干部培养计划。'), '培养计划', 'commitment');
  });

  it('does not read 成绩 (praise) in 完成绩效方案修订', () => {
    expectKind(
      analyzeText('财务科于9月底前完成绩效方案修订，提交职工代表大会审议后执行。'),
      '完成绩效方案修订',
      'commitment',
    );
  });
});

describe('figures that are not right', () => {
  it('reads 统计不准确 as a shortcoming, not the prohibition 不准', () => {
    const analysis = analyzeText('机关办公区能耗数据统计不准确，节能改造项目进展滞后。');
    expectKind(analysis, '统计不准确', 'problem');
  });

  it('reads 督促检查不得力 as a shortcoming, not the prohibition 不得', () => {
    expectKind(analyzeText('督促检查不得力。'), '督促检查不得力', 'problem');
  });

  it('reads 不能及时解决 as not able to, and 不能以…为由 as not allowed to', () => {
    expectKind(analyzeText('部分问题不能及时解决。'), '不能及时解决', 'problem');
    expectKind(analyzeText('不能以任何理由推迟整改。'), '不能以任何理由', 'pledge');
  });

  it('reads measures under a label of results (整改情况：, 整改成效：) as work done', () => {
    const analysis = analyzeText('整改情况：修订公务接待管理办法。建立接待台账，每月公示一次接待费用。');
    expectKind(analysis, '建立接待台账', 'progress');
  });

  it('reads the date a rule starts from (自2027年3月1日起) as setting its time', () => {
    expectKind(analyzeText('自2027年3月1日起，机关食堂一律实行实名就餐。'), '机关食堂一律实行', 'commitment');
    // A start without its year under a label of results dates work done; one with its year is a rule to come.
    expectKind(analyzeText('整改成效：9月起，食堂每周公布一次菜谱和价格。'), '食堂每周公布', 'progress');
    expectKind(
      analyzeText('整改情况：正在整改。自2027年1月1日起，同类物资一律纳入集中采购。'),
      '一律纳入集中采购',
      'commitment',
    );
    // A period from one date to another is no limit.
    expectNone(analyzeText('本次公示自2027年3月1日起至3月7日止。'), '公示');
  });

  it('reads a heading over problems and their causes (存在的问题及原因分析) as one over problems', () => {
    const analysis = analyzeText(
      [
        '一、主要工作',
        '全年召开党组会议12次。',
        '二、存在的问题及原因分析',
        '一是支部活动开展得不够经常。',
        '二是少数党员先锋作用发挥一般。',
      ].join('\n'),
    );
    expectKind(analysis, '先锋作用发挥一般', 'problem');
  });

  it('reads a heading naming the roots of the problems (产生问题的根源) as one over causes', () => {
    const analysis = analyzeText(
      [
        '二、存在的问题',
        '一是支部活动开展得不够经常。',
        '三、产生问题的根源',
        '一是对理论学习的重要性认识不够。',
      ].join('\n'),
    );
    expectKind(analysis, '支部活动开展得不够经常', 'problem');
    expectNone(analysis, '重要性认识不够', ['problem']);
  });

  it('reads a heading naming a field (（一）理论学习方面。) as a label, with or without its full stop', () => {
    const analysis = analyzeText(
      ['二、存在的问题', '（一）理论学习方面。', '学习不够系统，满足于读原文、记笔记。'].join('\n'),
    );
    expectNone(analysis, '理论学习方面');
    expectKind(analysis, '学习不够系统', 'problem');
  });

  it('reads a row naming a field of work (一、执行上级决策部署方面) as a label, not a finding', () => {
    const analysis = analyzeText(
      [
        '序号\t存在问题\t整改措施\t责任单位\t完成时限',
        '一、执行上级决策部署方面',
        '1\t传达学习上级精神不及时\t建立“第一议题”学习制度\t办公室\t2025年6月底前',
      ].join('\n'),
    );
    expectNone(analysis, '决策部署方面');
    expectKind(analysis, '建立“第一议题”学习制度', 'commitment');
  });

  it('reads a year after 力争 (力争2026年上半年) as when, not as how long it takes', () => {
    expectKind(
      analyzeText('公司成立清收专班，力争2026年上半年收回欠款不少于500万元。'),
      '力争',
      'commitment',
    );
    expectKind(analyzeText('公司力争上半年收回欠款不少于500万元。'), '力争', 'commitment');
    expectNone(analyzeText('群众办理不动产登记要等3个月。'), '要等');
  });

  it('reads a change set in numbers (由25分钟延长到35分钟) as a measure a report can check', () => {
    expectKind(analyzeText('学校将把大课间由25分钟延长到35分钟。'), '延长到', 'commitment');
    expectKind(analyzeText('窗口午间值守将由1人增至2人。'), '增至', 'commitment');
  });

  it('reads 将 before its object and 由 a number (将服务项目由9个增加到23个) as 把, not as the future', () => {
    expectNone(analyzeText('学校补充了2名教师，将课后服务项目由9个增加到23个。'), '课后服务项目', [
      'commitment',
      'pledge',
    ]);
    expectKind(analyzeText('课后服务项目将由9个增加到23个。'), '将由', 'commitment');
    expectKind(analyzeText('学校将把大课间由25分钟延长到35分钟。'), '将把', 'commitment');
  });

  it('reads work case by case or meal by meal (逐件, 逐宗, 逐餐, like 逐户) as a measure', () => {
    expectKind(analyzeText('要对信访件逐件回访。'), '逐件', 'commitment');
    expectKind(analyzeText('食堂将安排专人逐餐登记留样。'), '逐餐', 'commitment');
  });

  it('reads a problem quoted and named as one (关于“城区学校大班额”的问题) without a word of fault', () => {
    const analysis = analyzeText(
      [
        '一、整改落实情况',
        '（一）关于“城区学校大班额”的问题。',
        '通过新建校舍、调整学区，大班额已全部消除。',
      ].join('\n'),
    );
    expectKind(analysis, '城区学校大班额', 'problem');
  });

  it('takes the whole line of an item that only names a shortcoming in quotes (关于“…不规范”的问题), and says so', () => {
    const analysis = analyzeText(
      ['二、整改情况', '（四）关于“食堂采购管理不规范”的问题。', '食堂已改由学校统一招标采购。'].join('\n'),
    );
    const finding = analysis.findings.find((f) => f.text.includes('食堂采购管理不规范'))!;
    expect(finding.kind).toBe('problem');
    expect(finding.text).toBe('关于“食堂采购管理不规范”的问题。');
    expect(finding.cues.map((cue) => cue.match)).toContain('关于“…”的问题');
  });

  it('reads a course or contest held (举办…培训班, 举行…比武) as a measure, as a meeting held is', () => {
    expectKind(
      analyzeText('计划在三季度举办一期窗口人员业务培训班。'),
      '举办一期窗口人员业务培训班',
      'commitment',
    );
    expectKind(analyzeText('下半年，局里拟举行一次全系统执法技能比武。'), '执法技能比武', 'commitment');
  });

  it('reads a system or platform built (建立…记录系统, 搭建…监管平台) as a measure', () => {
    expectKind(
      analyzeText('要建立信访个案记录系统，并与区信访局共享数据。'),
      '建立信访个案记录系统',
      'commitment',
    );
    expectKind(
      analyzeText('年底前搭建全区校外培训资金监管平台。'),
      '搭建全区校外培训资金监管平台',
      'commitment',
    );
  });

  it('reads a case handed up to the body that decides it (提请…问责) as a measure', () => {
    expectKind(analyzeText('逾期仍不办结的，我局将提请县纪委监委问责。'), '提请', 'commitment');
  });

  it('reads a recommendation that names a measure (建议…进行专项督办) as a commitment, and advice without one as none', () => {
    expectKind(analyzeText('建议县委巡察办在下一轮巡察中对反弹问题进行专项督办。'), '专项督办', 'commitment');
    expectNone(analyzeText('建议使用Chrome浏览器访问本站。'), '浏览器');
  });

  it('reads an item named by the problem it answers (6.关于…的问题。) as that problem, quoted or not', () => {
    const analysis = analyzeText(
      ['一、整改情况', '6.关于城区学校大班额的问题。', '通过新建校舍，大班额已全部消除。'].join('\n'),
    );
    const finding = expectKind(analysis, '城区学校大班额', 'problem');
    expect(finding.cues.map((cue) => cue.match)).toContain('关于…的问题');
  });
});

describe('a sanction for whoever fits a description', () => {
  it('reads 对…的，(要)…追责问责 as a rule set for what is yet to happen: a commitment', () => {
    expectKind(analyzeText('对推诿扯皮、敷衍应付的，严肃追责问责。'), '敷衍应付的', 'commitment');
    expectKind(
      analyzeText('对整改不力、弄虚作假的，依规依纪严肃追究相关责任人的责任。'),
      '弄虚作假的',
      'commitment',
    );
    expectKind(analyzeText('对整改中推诿扯皮造成不良后果的，要按规定问责到人。'), '问责到人', 'commitment');
  });

  it('reads a target named after its 的 (…的股室和个人, …的责任单位) as described too', () => {
    expectKind(
      analyzeText('对整改中敷衍应付、进展缓慢的股室和个人，严肃追究责任。'),
      '股室和个人',
      'commitment',
    );
  });

  it('knows penalties as sanctions (依法顶格处罚, 立案查处)', () => {
    expectKind(analyzeText('对逾期未完成整改的企业，一律依法顶格处罚。'), '顶格处罚', 'commitment');
    expectKind(analyzeText('对虚报统计数据的企业，依法立案查处。'), '立案查处', 'commitment');
  });

  it('reads a target opened by 因 or 凡, or by nothing, and one that names a problem inside it', () => {
    expectKind(
      analyzeText('因隐患整改不力引发生产安全事故的，依法依规严肃追究有关单位和人员责任。'),
      '引发生产安全事故的',
      'commitment',
    );
    expectKind(
      analyzeText('整改中再搞虚假整改、敷衍整改的，查实后严肃追究有关人员的责任。'),
      '查实后',
      'commitment',
    );
    expectKind(analyzeText('对隐患整改不到位的，严格倒查责任。'), '隐患整改不到位的', 'commitment');
    expectKind(
      analyzeText('对阳性率连续两个月低于60%的医生，由分管副院长进行约谈。'),
      '的医生',
      'commitment',
    );
  });

  it('leaves a sanction without a described target as it was', () => {
    expectKind(analyzeText('要按规定问责到人。'), '问责到人', 'pledge');
  });

  it('does not read 了 of 应付了事 as work done', () => {
    expectKind(
      analyzeText('对整改中弄虚作假、应付了事的，查实后一律移送纪检监察机关追责。'),
      '应付了事',
      'commitment',
    );
  });
});

describe('a blanket rule', () => {
  it('reads 一律 with a measure as a rule to keep', () => {
    expectKind(
      analyzeText(
        '县住建局按季度调度工程进度，对工期滞后的施工单位发出整改通知书，验收合格的项目一律按照“公示—结算”程序支付。',
      ),
      '一律按照',
      'commitment',
    );
  });

  it('leaves a rule reported in force as work done', () => {
    expectKind(
      analyzeText('整改以来，对新签订的12份合同进行了审核，新增项目已一律按照公示程序办理。'),
      '新增项目',
      'progress',
    );
  });
});

describe('a tally of items by state', () => {
  it('reads counts of items done and not yet done as progress, not a deadline or a problem', () => {
    expectKind(
      analyzeText('到6月末，12项问题中整改到位9项，部分整改2项，尚未整改1项。'),
      '整改到位9项',
      'progress',
    );
    expectKind(analyzeText('督查反馈的15个问题，到年底已整改到位13个。'), '已整改到位13个', 'progress');
  });

  it('leaves a target of items to finish a plan', () => {
    expectKind(
      analyzeText('到2026年6月底，8个问题完成整改5个以上，其余问题在年底前全部整改到位。'),
      '完成整改5个以上',
      'commitment',
    );
  });
});

describe('a heading that names what its part lists', () => {
  it('flags no overview, evaluation, advice, channel or list heading', () => {
    const notice = analyzeText(
      '一、督查概况\n县督查室对10个单位开展了督查。\n二、审计评价\n该局预算执行总体较好。\n三、进一步推动审计整改的建议\n四、公示时间及反映渠道\n五、抽查不合格名单',
    );
    expectNone(notice, '督查概况');
    expectNone(notice, '审计评价');
    expectNone(notice, '审计整改的建议');
    expectNone(notice, '反映渠道');
    expectNone(notice, '抽查不合格名单');
  });
});

describe('what leans the wrong way or is left incomplete', () => {
  it('reads 偏窄 and 残缺 as shortcomings', () => {
    expectKind(analyzeText('部分科室征求意见范围偏窄，会议记录残缺。'), '范围偏窄', 'problem');
  });
});

describe('a heading of what needs improving', () => {
  it('reads the points under 尚需改善之处 as problems', () => {
    const review = analyzeText(
      '二、尚需改善之处\n1. 课堂提问多停留于记忆层次，学生互评的机会有限。\n2. 家校沟通主要依赖纸本通知。',
    );
    expectKind(review, '课堂提问多停留于记忆层次', 'problem');
    expectKind(review, '家校沟通主要依赖纸本通知', 'problem');
  });
});

describe('the fields of an enforcement notice', () => {
  const notice = analyzeText(
    '劳动检查违法事业单位公布\n一、违法事业单位\n（一）XX保全公司\n违法事实：保全人员每日工作时间超过12小时，且连续工作7日未给予例假；\n违反法条：劳动基准法第24条、第32条第2项。\n处分：罚款30万元，并公布事业单位名称及负责人姓名。',
  );

  it('reads the facts as the problem', () => {
    expectKind(notice, '保全人员每日工作时间超过12小时', 'problem');
  });

  it('flags neither the law cited nor the penalty decided', () => {
    expectNone(notice, '劳动基准法第24条');
    expect(notice.findings.find((f) => f.text.includes('罚款30万元'))?.kind ?? 'none').not.toBe('commitment');
  });
});

describe('a heading of problems not yet rectified', () => {
  it('reads the items under （一）未整改到位的问题 as problems', () => {
    const report = analyzeText(
      '县政府关于审计查出问题整改情况的报告\n三、尚未整改到位问题及原因分析\n（一）未整改到位的问题\n1.养老服务补贴违规发放问题中，仍有1.7万元没有追回。\n2.县城市管理局等4个单位无预算、超预算支出公用经费135.6万元。\n（二）原因分析\n一是部分问题属于历史遗留问题，化解需要较长时间。',
    );
    expectKind(report, '超预算支出公用经费135.6万元', 'problem');
  });
});
