/* oxlint-disable unicorn/no-array-sort -- Array#toSorted needs Chromium 110; we support 86 and sort fresh arrays. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareInSteps, compareReport, type MatchResult } from '../compare';
import { loadTraditionalConverter } from '../../text/load-converter';
import type { TraditionalConverter } from '../../text/traditional';
import {
  HEALTH_COMMITMENTS,
  HEALTH_REPORT,
  TRADITIONAL_COMMITMENTS,
  TRADITIONAL_REPORT,
  type Expectation,
} from './fixtures';

function expectOutcome(results: MatchResult[], expectations: Expectation[]) {
  expect(results.map((r) => r.status)).toEqual(expectations.map((e) => e.status));
  results.forEach((r, i) => {
    const piece = expectations[i].evidence;
    if (piece) expect(r.evidence, expectations[i].commitment).toContain(piece);
  });
}

/** Every evidence is the original report's own text at its offsets. */
function expectOriginalSpans(report: string, results: MatchResult[]) {
  for (const r of results) {
    if (r.status === 'missing') {
      expect(r).toMatchObject({ evidence: '', start: null, end: null, spans: [] });
      continue;
    }
    expect(r.start).not.toBeNull();
    expect(report.slice(r.start!, r.end!)).toBe(r.evidence);
    expect(r.spans[0]).toEqual({ start: r.start, end: r.end, text: r.evidence });
    for (const span of r.spans) expect(report.slice(span.start, span.end)).toBe(span.text);
  }
}

describe('compareReport on a Simplified progress report', () => {
  const commitments = HEALTH_COMMITMENTS.map((e) => e.commitment);
  const results = compareReport(HEALTH_REPORT, commitments);

  it('finds reworded measures, partial ones and missing ones', () => {
    expectOutcome(results, HEALTH_COMMITMENTS);
  });

  it('recognises a paraphrase with a change of tense and wording', () => {
    // 立即成立由我任组长的… → 第一时间成立了由党组书记任组长的…
    expect(results[0].status).toBe('reappears');
    expect(results[0].evidence).toContain('局党组第一时间成立了由党组书记任组长的巡察整改工作领导小组');
  });

  it('ignores changed numbers and dates (一周内 → 3月15日, 38条)', () => {
    expect(results[1].status).toBe('reappears');
    expect(results[1].evidence).toMatch(/^3月15日/);
  });

  it('does not take another ledger, group or rule for the promised one', () => {
    const distractors = ['另行建立了安全生产隐患整改台账', '“三会一课”制度', '《药品耗材集中采购管理办法》'];
    for (const r of results.slice(9)) expect(r.status).toBe('missing');
    // The promised ledger is the inspection's, not the safety one.
    expect(results[2].evidence).toContain('逐一登记造册');
    for (const r of results) for (const d of distractors) expect(r.evidence).not.toContain(d);
  });

  it('tells a plan (下一步) and unfinished work (尚未) from work done', () => {
    expect(results[6]).toMatchObject({ status: 'partial' });
    expect(results[6].evidence).toContain('尚未开展');
    expect(results[7].evidence).toMatch(/^二是宣传报道不够/); // under 存在的不足
    expect(results[8].evidence).toMatch(/^（一）下一步/); // under 下一步工作
  });

  it('reports evidence as offsets into the original text', () => {
    expectOriginalSpans(HEALTH_REPORT, results);
  });

  it('scores in [0, 1], found ones above missing ones', () => {
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    const found = results.filter((r) => r.status !== 'missing').map((r) => r.score);
    const missing = results.filter((r) => r.status === 'missing').map((r) => r.score);
    expect(Math.min(...found)).toBeGreaterThan(Math.max(...missing));
  });

  it('never takes page furniture as evidence', () => {
    const furniture = HEALTH_REPORT.split('\n').filter((line) =>
      /^(首页|发布时间|监督电话|版权所有|欢迎社会各界)/.test(line),
    );
    const aimed = compareReport(HEALTH_REPORT, [
      '要向社会公布监督电话，欢迎社会各界监督整改落实情况。',
      '要在门户网站信息公开栏目发布工作动态。',
      ...commitments,
    ]);
    for (const r of aimed) for (const line of furniture) expect(line).not.toContain(r.evidence || '\u0000');
  });

  it('keeps the input order, duplicates included', () => {
    const shuffled = [commitments[4], commitments[10], commitments[0], commitments[4]];
    const out = compareReport(HEALTH_REPORT, shuffled);
    expect(out.map((r) => r.commitment)).toEqual(shuffled);
    expect(out[0]).toEqual(out[3]);
    expect(out[2]).toEqual(results[0]);
  });
});

describe('compareReport on Traditional text with pinyin annotations', () => {
  let converter: TraditionalConverter;
  beforeAll(async () => {
    converter = await loadTraditionalConverter();
  });

  it('normalises report and commitments the same way', () => {
    const commitments = TRADITIONAL_COMMITMENTS.map((e) => e.commitment);
    const results = compareReport(TRADITIONAL_REPORT, commitments, { converter });
    expectOutcome(results, TRADITIONAL_COMMITMENTS);
    expectOriginalSpans(TRADITIONAL_REPORT, results);
    // Evidence stays in the report's own script.
    expect(results[0].evidence).toContain('黨組書記');
  });

  it('matches Simplified commitments against a Traditional report', () => {
    const results = compareReport(TRADITIONAL_REPORT, [HEALTH_COMMITMENTS[0].commitment], { converter });
    expect(results[0].status).toBe('reappears');
  });
});

/** Hard-wraps every paragraph at `width` characters, as a PDF copy does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const pieces: string[] = [];
      for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
      return pieces.join('\n');
    })
    .join('\n');
}

describe('compareReport on a PDF-wrapped report', () => {
  const body = HEALTH_REPORT.split('\n')
    .filter((line) => line.trim() && !/^(首页|发布时间|监督电话|版权所有)/.test(line))
    .join('\n');
  const wrapped = hardWrap(body, 26);
  const commitments = HEALTH_COMMITMENTS.map((e) => e.commitment);

  it('joins the wrapped lines and finds the same measures', () => {
    const results = compareReport(wrapped, commitments);
    expect(results.map((r) => r.status)).toEqual(HEALTH_COMMITMENTS.map((e) => e.status));
    expectOriginalSpans(wrapped, results);
    // An evidence sentence that ran over a line break keeps the break in the original.
    expect(results.some((r) => r.evidence.includes('\n'))).toBe(true);
  });
});

describe('compareReport on work part done', () => {
  it('reads the rest left for later (其余…将), a draft and 还要 as partial', () => {
    const report =
      '一、整改情况\n组织医保政策宣讲进社区、进企业46场，其余宣讲将在四季度结合集中参保期完成。\n《农村供水工程长效管护实施意见》已形成送审稿，计划7月提请县政府常务会议审议。\n重新评估已委托镇农经站进行，竞价发包方案还要提交村民代表会议讨论。';
    const results = compareReport(report, [
      '开展医保政策宣讲进社区、进企业100场。',
      '出台农村供水工程长效管护实施意见。',
      '合同到期后重新评估，公开竞价发包。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads work done late (拖到…才完成), awaiting review (待提交) or planned for later in the year as partial', () => {
    const report =
      '一、整改情况\n办公用房面积已重新核定，但资产登记拖到12月中旬才完成。\n人才梯队建设三年规划已形成初稿，待提交党组会议审议。\n今年的2个跟班学习名额计划下半年选派。';
    const results = compareReport(report, [
      '10月底前完成办公用房面积核定和资产登记。',
      '制定人才梯队建设三年规划。',
      '每年选派2名干警跟班学习。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads work that has not caught up (还没有跟上) or was put off (推迟到) as partial', () => {
    const report =
      '一、整改情况\n整改进展已在村务公开栏张贴2次，但微信公众号发布还没有跟上。\n制度汇编因部分制度还在修改，推迟到明年2月印发。';
    const results = compareReport(report, ['整改进展在村务公开栏和微信公众号公开。', '年底前印发制度汇编。']);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial']);
  });
});

describe('compareReport on the names of bodies', () => {
  it('does not take a sentence that shares only the name of a body as evidence', () => {
    const report =
      '一、整改情况\n4月25日，局党组召开专题民主生活会，县纪委监委第四派驻纪检监察组派员到会指导。\n局机关修订了公务用车管理办法。';
    const [alone, named] = compareReport(report, [
      '对反映干部的问题线索，应当按规定及时报送县纪委监委第四派驻纪检监察组。',
      '召开专题民主生活会，请县纪委监委第四派驻纪检监察组到会指导。',
    ]);
    expect(alone.status).toBe('missing');
    expect(named.status).toBe('reappears');
  });

  it('does not take a heading that names the company a commitment addresses as evidence', () => {
    const report = '一、整改情况\n（四）XX物业服务公司。\n该公司正在梳理工单台账。';
    const [result] = compareReport(report, ['XX物业服务公司要对7件虚假办结的工单重新派单维修。']);
    expect(result.evidence).not.toContain('（四）XX物业服务公司');
  });
});

describe('compareReport on a mechanism promised', () => {
  it('takes the rule issued to set it up (印发《…办法》) as the mechanism built', () => {
    const report =
      '一、整改情况\n6月，县市场监管局制定了《快检不合格食品溯源处置办法》，对发现、追溯和处置各环节规定了办理时限。\n各乡镇完成了年度考核。';
    const [result] = compareReport(report, ['（四）建立快检结果溯源处置机制。']);
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('溯源处置办法');
  });
});

describe('compareReport on work done late or waiting on someone', () => {
  it('reads reports sent late and a post still to be filled as partial', () => {
    const report =
      '一、整改情况\n各单位按周报送进展情况，应报40份，有5份没有按时报送。\n原分管领导调离后，新的分管领导尚待县委明确。\n违规建房已由镇自然资源所立案，目前正在依法处置。';
    const results = compareReport(report, [
      '各单位每周报送一次进展情况。',
      '由县委明确一名分管领导牵头负责。',
      '依法处置违规建房。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads a month skipped for a reason (11月因…未单独通报) as partial', () => {
    const report =
      '一、整改情况\n督查室10月、12月各印发整改督查通报1期，11月因集中开展年终考核未单独通报。\n二、下一步打算\n持续抓好整改。';
    const [result] = compareReport(report, ['督查室每月印发一期整改督查通报。']);
    expect(result.status).toBe('partial');
  });

  it('reads a remainder still being dealt with (剩余部分正在…) and a date set (定于…召开) as partial', () => {
    const report =
      '一、整改情况\n多收费用已退还9.2万元，剩余部分正在通过医保渠道退还。\n首次集体约谈定于明年1月下旬进行。';
    const results = compareReport(report, ['多收费用全部退还患者。', '每半年开展一次集体约谈。']);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial']);
  });

  it('reads checks every two weeks against weekly ones, a pause for a reason and a rule awaiting a vote as partial', () => {
    const report =
      '一、整改情况\n教务处每两周抽查一次课后服务。\n进展已于10月、11月在网站通报，12月因网站改版暂停一次。\n新的考核办法已起草，待3月教职工代表大会审议通过后实施。';
    const results = compareReport(report, [
      '教务处每周抽查课后服务。',
      '每月在网站通报一次整改进展。',
      '修订教师考核办法。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads the rest of a set left for later (另外2个因…，答应…) as partial', () => {
    const report =
      '一、整改情况\n被占用的5个村级服务站，已有3个收回了办公用房，另外2个因村部改建办公楼紧张，答应在明年6月底前另行调剂。';
    const results = compareReport(report, ['12月底前收回被占用的村级服务站办公用房。']);
    expect(results.map((r) => r.status)).toEqual(['partial']);
  });

  it('reads a deadline given up (难以完成), a listing only proposed (拟列入), training only scheduled and a count short (只建成) as partial', () => {
    const report =
      '一、整改情况\n城西2处违建已拆除1处，另1处需要改线，方案正在报批，9月底前难以完成。\n这3家企业拟列入失信惩戒名单，材料已提交县安委会审定。\n已印发台账参考样式，全员业务培训计划安排在10月举办。\n主城区路灯已全部更换，但充电桩只建成6处。';
    const results = compareReport(report, [
      '9月底前拆除城西违建，无法拆除的实施改线。',
      '对逾期未整改的企业提请列入失信惩戒名单。',
      '年内对全体人员开展一次业务培训。',
      '年内更换主城区路灯，新建充电桩10处。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial', 'partial']);
  });

  it('reads work finished late (至…才完工), delayed (延误), drafted (草拟), still before a meeting (正在提请) or to be redone (需重新组织) as partial', () => {
    const report =
      '一、整改情况\n服务大厅综合窗口改造因设备到货延误，至8月2日才完工。\n县财政局草拟了欠款分期清偿计划，正在按程序提请县政府常务会议审议。\n新增的两家刻章企业已确定1家，另1家因报名不足需重新组织遴选。';
    const results = compareReport(report, [
      '7月15日前完成服务大厅综合窗口改造。',
      '县财政局要制定欠款清偿计划。',
      '新增两家刻章企业入驻政务服务中心。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads a plan only drafted (初稿), a report made once where more were due (只在…通报了1次) and a remainder still being handled (剩余…，正会同…) as partial', () => {
    const report =
      '一、整改情况\n年轻干部三年培养计划已形成初稿，正在征求意见。\n暑期共开展联合巡查9次，但巡查情况只在8月中旬通报了1次。\n41宗违法占地图斑已整改销号36宗，剩余5宗涉及拆除补偿，正会同属地乡镇处置。';
    const results = compareReport(report, [
      '年内制定实施年轻干部三年培养计划。',
      '暑期每周开展联合巡查，巡查情况每半月通报一次。',
      '5月底前对41宗违法占地图斑全部整改销号。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads a rule only revised in draft (修订稿已经形成) and one still to be put to a meeting (计划提交…审议) as partial', () => {
    const report =
      '一、整改情况\n《科室绩效分配办法》修订稿已经形成，取消了按开单量计奖的条款。\n《公务接待管理办法》已经修改完善，计划提交10月召开的党委会审议。';
    const results = compareReport(report, [
      '9月底前修订《科室绩效分配办法》，取消按开单量计奖。',
      '修订《公务接待管理办法》，经党委会审议后印发执行。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial']);
  });

  it('reads a report already made on what was studied (已将研究处理情况的书面报告送达) and those who failed a test named as a group (未通过的8人补考后均已合格) as done', () => {
    const report =
      '一、办理情况\n8月14日，县政府已将研究处理情况的书面报告送达县人大常委会办公室。\n县市场监管局组织执法人员参加快检轮训，全员参训，考核一次通过率为93%，未通过的8人补考后均已合格。';
    const results = compareReport(report, [
      '请县政府研究处理，并在三个月内向县人大常委会书面报告办理结果。',
      '县市场监管局要对执法人员开展快检技能轮训，并组织考核。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['reappears', 'reappears']);
  });

  it('reads work put off to a set time (首次抽查安排在12月进行) as partial', () => {
    const report = '一、整改情况\n整改“回头看”制度已起草完成，首次抽查安排在12月进行。';
    const [result] = compareReport(report, ['建立整改“回头看”制度，每半年对已销号问题随机抽查一次。']);
    expect(result.status).toBe('partial');
  });

  it('reads a check made once where more were due (只抽查了一次), a promise not kept (没有按承诺) and a late return (迟报) as partial', () => {
    const report =
      '一、整改情况\n食堂采购台账由分管领导检查，上半年只抽查了一次。\n校车安全检查二季度没有按承诺每月开展。\n各村巡河记录均已建立，但7月份有3个村迟报。';
    const results = compareReport(report, [
      '分管领导每月抽查一次食堂采购台账。',
      '每月开展一次校车安全检查。',
      '各村建立巡河记录，每月5日前报镇河长办。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads a figure still short of its target (离…目标还有一段距离) as partial', () => {
    const report =
      '一、整改情况\n农户贷款逾期清收工作持续推进，逾期率较年初明显下降，但离年末控制目标还有一段距离。';
    const results = compareReport(report, ['持续推进农户贷款逾期清收，降低逾期率。']);
    expect(results.map((r) => r.status)).toEqual(['partial']);
  });

  it('reads lateness (迟至), doubt (能否按期), the rest still under way (另…正在) and a failed test as partial', () => {
    const report =
      '一、整改情况\n各乡镇复查结论多数在规定时间内报送，个别乡镇迟至7月5日才报送。\n排涝泵站改造已完成主体工程，能否按期投用要看设备到货情况。\n对群众举报的4起违规经营问题全部立案，已结案3起，另1起正在调查。\n无证上岗的12名人员全部参加培训考核，其中3人考试未通过。';
    const results = compareReport(report, [
      '各乡镇于6月30日前将复查结论报县局。',
      '年底前完成排涝泵站改造并投入使用。',
      '对群众举报的违规经营问题依法立案查处。',
      '无证上岗人员须参加培训考核并取得证书。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial', 'partial']);
  });

  it('reads an obstacle (受…限制), a figure still short (但…仍为), a delay (延至) and a remainder planned as partial', () => {
    const report =
      '一、整改情况\n老城区雨污分流已铺设管网3公里，剩余工程受冬季施工条件限制，计划明年4月完工。\n断面水质连续3个月达到Ⅲ类，但全年均值仍为Ⅳ类。\n整改进展9月按时公布，10月延至当月20日公布。';
    const results = compareReport(report, [
      '实施老城区雨污分流改造，新建截污管网5公里。',
      '断面年均水质稳定达到Ⅲ类。',
      '整改进展每月10日前在网站公布。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads a gap left (还差), a rest waiting (剩下的…要等), a round not held on its own and money still being recovered as partial', () => {
    const report =
      '一、整改情况\n已储备光伏项目86兆瓦，距离目标还差34兆瓦。\n已完成复耕73亩，剩下的113亩要等开春后移栽。\n12月的督查与年终考核合并进行，未单独开展。\n违规接待费用已退赔1450元，其余部分因责任人调离，正在追缴。';
    const results = compareReport(report, [
      '一季度末光伏项目储备达到120兆瓦。',
      '3月底前完成186亩苗木移栽和复耕。',
      '镇纪委每月开展一次整改督查。',
      '违规接待费用由责任人全额退赔。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial', 'partial']);
  });

  it('keeps a problem that did not come back for a reason (因…未再发生) done', () => {
    const report = '一、整改情况\n督查室每月印发整改督查通报1期，因措施到位未再发生超期办理。';
    const [result] = compareReport(report, ['督查室每月印发一期整改督查通报。']);
    expect(result.status).toBe('reappears');
  });
});

describe('compareReport on shortfalls told in passing', () => {
  it('reads a rest held up for a reason (其余…因), a "but" that only did part (但…只) and a thing still undone to this day (至今仍未) as partial', () => {
    const report =
      '一、整改情况\n违规领取的补助已退回21万元，其余部分因当事人外出务工，需继续追缴。\n食堂采购台账已建立，但今年只在3月核对过一次。\n机关车库改建工程已招标，施工方案至今仍未确定。';
    const results = compareReport(report, [
      '违规领取的补助全额退回。',
      '建立食堂采购台账，每月核对一次。',
      '年底前完成机关车库改建工程。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads a share of the target (目标的64%, 完成约55%), money got back in tenths (收回六成) and months skipped (8月未通报) as partial', () => {
    const report =
      '一、整改情况\n全区新增公益性岗位412个，完成年度目标的64%。\n河道清淤完成约55%。\n挪用的专项资金已收回六成。\n整改进展在6月、7月各通报1次，8月未通报。';
    const results = compareReport(report, [
      '全区年内新增公益性岗位640个。',
      '汛期前完成河道清淤。',
      '挪用的专项资金全部收回。',
      '整改进展每月通报一次。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial', 'partial']);
  });

  it('reads a pause (一度中断), a plan moved (原定…改到), a wait (要等…再), units still without (还有9个…没有), a procedure under way (正在履行…程序) and lateness (逾期…才) as partial', () => {
    const report =
      '一、整改情况\n夜市噪声巡查共开展16次，春节前后一度中断。\n原定的消防演练改到10月举行。\n整改总结报告要等专项审计结束后再报送。\n已有40个村公开了财务收支，还有9个村没有公开。\n外包合同的解除正在履行法律程序。\n城东、城西两个站所逾期半个月才报送自查报告。';
    const results = compareReport(report, [
      '每周开展一次夜市噪声巡查。',
      '9月组织一次消防演练。',
      '6月底前报送整改总结报告。',
      '各村按季度公开财务收支。',
      '依法解除违规签订的外包合同。',
      '各站所6月底前报送自查报告。',
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'partial',
      'partial',
      'partial',
      'partial',
      'partial',
      'partial',
    ]);
  });

  it('reads a late finish (直至…才安装到位), a second round planned (计划放在…), a remainder of the promised count and others still waiting (另有2户因…) as partial', () => {
    const report =
      '一、整改情况\n路口的监控探头由镇里统一采购，直至8月下旬才安装到位。\n人事处联合纪委办公室开展了一次考勤抽查，第二次抽查计划放在7月上旬。\n' +
      '反馈的40个一般性问题，已销号33个，剩余7个涉及道路施工。\n全区排查出消防隐患57处，已整改52处，剩余5处涉及场站改造。\n' +
      '多收的服务费已退还10户，另有2户因企业注销，正在联系原股东办理。\n对低于全校平均水平的6个专业暂停招生，另有2个专业缩减了招生计划。';
    const results = compareReport(report, [
      '6月底前在路口安装监控探头。',
      '每学期开展不少于2次考勤抽查。',
      '对其余40个一般性问题逐项销号。',
      '开展一次消防隐患全面排查，建立隐患清单。',
      '全额退还多收的服务费。',
      '对低于全校平均水平的专业暂停招生或缩减招生计划。',
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'partial',
      'partial',
      'partial',
      'reappears',
      'partial',
      'reappears',
    ]);
  });

  it('reads the rest planned before a date (其余3名…，计划春节前到岗) as partial, and a plan done ahead (比计划提前) as done', () => {
    const report =
      '一、整改情况\n5个空缺网格已有2名专职网格员到岗，其余3名通过公开招聘补充，计划春节前到岗。\n' +
      '村里的文化广场比计划提前一个月建成并交付使用。';
    const results = compareReport(report, ['尽快为空缺网格配齐专职网格员。', '10月底前建成村文化广场。']);
    expect(results.map((r) => r.status)).toEqual(['partial', 'reappears']);
  });

  it('reads 滞后 naming whom a measure was for (对进度滞后的2个科室…约谈) as done, and a lag reported as partial', () => {
    const report =
      '一、整改情况\n对整改进度滞后的2个科室，局纪检组长约谈了其负责人。\n城西片区管网改造工程进度滞后。';
    const results = compareReport(report, [
      '对推诿拖延、敷衍整改的科室，约谈其负责人。',
      '年底前完成城西片区管网改造工程。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['reappears', 'partial']);
  });

  it('reads a negation opening a noun phrase (对尚未办结的4件信访件…) as what the measure took up, not work left undone', () => {
    const report = '一、整改情况\n对尚未办结的4件信访件，局党组逐件明确包案领导，每周调度一次。';
    const [taken] = compareReport(report, ['对信访件逐件明确包案领导，每周调度。']);
    const [left] = compareReport('一、整改情况\n城南片区的积案信访件尚未全部办结。', [
      '6月底前办结城南片区积案信访件。',
    ]);
    expect([taken.status, left.status]).toEqual(['reappears', 'partial']);
  });

  it('keeps a check that found nothing wrong (但未发现…) done', () => {
    const report = '一、整改情况\n区市场监管局对辖区42家药店开展了专项检查，但未发现违规销售处方药的情况。';
    const [result] = compareReport(report, ['区市场监管局对辖区药店开展专项检查。']);
    expect(result.status).toBe('reappears');
  });
});

describe('compareReport on money and housing got back', () => {
  it('reads a commitment without the label of its field and its number (整改措施：（1）)', () => {
    const report = '一、整改情况\n闲置的2间门面房已通过公开竞价重新出租。';
    const [labelled, numbered, bare] = compareReport(report, [
      '整改措施：闲置门面房一律公开招租。',
      '整改措施：（1）闲置门面房一律公开招租。',
      '闲置门面房一律公开招租。',
    ]);
    expect(labelled.score).toBeCloseTo(bare.score, 6);
    expect(numbered.score).toBeCloseTo(bare.score, 6);
    expect(bare.status).toBe('reappears');
  });

  it('meets 追回 in 收回, 腾退 in 搬离 and 佐证材料 in 证明材料', () => {
    const report =
      '一、整改情况\n4家企业重复领取的6.2万元补贴，已于8月全额收回。\n不再符合条件的3户家庭已全部搬离公租房。\n每项措施完成后，责任科室上传证明材料，核验通过后销号。';
    const results = compareReport(report, [
      '10月底前将重复申领的补贴资金全部追回。',
      '年底前完成不符合条件家庭的公租房腾退。',
      '每完成一项，由责任科室提交佐证材料，审核后销号。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['reappears', 'reappears', 'reappears']);
  });
});

describe('compareReport on quantities and waiting', () => {
  it('reads a count short of the least promised (10名以上 → 7名; 不少于100户 → 其中47户) as partial', () => {
    const report =
      '一、整改情况\n首批7名青年职工于11月到基层站所挂职锻炼。\n县不动产登记中心受理业主办证申请131户，其中47户领到了不动产权证书。\n全年共组织廉政党课12次。';
    const results = compareReport(report, [
      '每年选派10名以上青年职工到基层站所挂职锻炼。',
      '9月30日前为不少于100户业主办理不动产权证书。',
      '全年组织廉政党课不少于10次。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'reappears']);
  });

  it('reads the rest due later (其余…年底前), a wait (要到…才) and a request to be included (申请列入) as partial', () => {
    const report =
      '一、整改情况\n班子成员的7个调研课题已全部确定，目前完成调研报告3篇，其余4个课题年底前形成报告。\n2间门面房的租约要到明年6月才到期。\n学校已将实验室改造项目报送县教育局，申请列入明年部门预算。';
    const results = compareReport(report, [
      '班子成员每人牵头完成1个调研课题，形成调研报告。',
      '门面房租约到期后公开招租。',
      '将实验室改造项目纳入明年部门预算。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });
});

describe('compareReport on reworded measures', () => {
  const report = [
    '关于巡察整改进展情况的报告',
    '一、整改工作推进情况',
    '局党组成立了整改工作领导小组，制定了整改方案，建立了问题、任务、责任三张清单。',
    '在财务、采购岗位上干满5年的9名人员已全部交流到其他岗位。',
    '结合整改，局里新建和修订制度12项，修订了财务报销、公务接待等管理办法。',
    '局党组先后召开党组会议6次，专题研究整改工作。',
    '组织全局干部职工开展警示教育2次，参加人员150人次。',
    '二、下一步工作',
    '下一步，局党组将持续抓好未完成事项的整改，修订完善相关制度。',
  ].join('\n');

  it('meets rotation (轮岗交流) in staff moved to other posts', () => {
    const [result] = compareReport(report, ['对在同一关键岗位任职满5年的人员实行轮岗交流。']);
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('交流到其他岗位');
  });

  it('meets fire equipment replaced and tested (消防设施 = 灭火器、消火栓; 检测 = 送检)', () => {
    const [result] = compareReport(
      report.replace(
        '二、下一步工作',
        '3个场站过期的灭火器、消火栓在反馈后一周内全部更换并送检合格。\n二、下一步工作',
      ),
      ['立即更换、检测3个场站过期的消防设施；'],
    );
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('消火栓');
  });

  it('meets a meeting every half month (调度会) in one held as often under another name (碰头会)', () => {
    const [result] = compareReport(
      report.replace('二、下一步工作', '领导小组从10月起每半个月开一次碰头会，至今已开8次。\n二、下一步工作'),
      ['领导小组每半月召开一次调度会，研究解决整改难点。'],
    );
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('碰头会');
  });

  it('weighs a measure told only by its aim (推动建章立制) in full, and meets it in rules made', () => {
    const [result] = compareReport(report, ['（四）推动建章立制。']);
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('新建和修订制度12项');
  });
});

describe('compareReport on parts of a whole', () => {
  const report = [
    '一、整改进展情况',
    '全市1260辆渣土运输车中已有1105辆完成密闭改装并接入定位监管平台。',
    '在违停多发的23个路段安装了抓拍设备，约占城区主次干道的七成。',
    '快速路初步设计已获批复，全面开工时间调整到2026年二季度。',
    '局党组理论学习中心组开展集体学习7次，其中专题研讨2次。',
    '针对排口整治进度滞后问题，市纪委监委对区住建局2名干部进行了诫勉谈话。',
  ].join('\n');

  it('reads a part of a whole (1260辆中已有1105辆, 约占七成) and a start put off (调整到…二季度) as partial', () => {
    const results = compareReport(report, [
      '渣土运输车辆全部加装密闭装置和定位系统。',
      '2026年6月底前实现城区主次干道违停抓拍设备全覆盖。',
      '快速路项目2026年一季度全面开工。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('does not read a breakdown (其中…2次) or the shortfall a measure answered (针对…滞后问题) as partial', () => {
    const results = compareReport(report, [
      '中心组每月集体学习1次，每季度开展专题研讨。',
      '对整治进度滞后的单位严肃问责，对相关干部进行诫勉谈话。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['reappears', 'reappears']);
  });
});

describe('compareReport on a heading that only names accountability', () => {
  it('meets 严格督查问责 in a reminder talk given for lagging work (提醒谈话), a mild form of accountability', () => {
    const report = [
      '一、整改进展情况',
      '局党组召开专题会议研究整改工作，制定了整改方案。',
      '对整改进度滞后的财务股，局机关纪委对该股负责人进行了提醒谈话。',
    ].join('\n');
    const [result] = compareReport(report, ['（三）严格督查问责。']);
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('提醒谈话');
  });
});

/** A report whose body is one sentence. */
function reportOf(sentence: string): string {
  return ['一、整改进展', sentence].join('\n');
}

describe('compareReport on a quantity set for the whole year', () => {
  const commitment = '全年开展食品安全专项检查不少于8次。';

  it('reads the first months of the year on course for a yearly quantity (上半年4次 of 8 a year) as reappears', () => {
    const [result] = compareReport(reportOf('上半年，县市场监管局开展食品安全专项检查4次，发现问题12个。'), [
      commitment,
    ]);
    expect(result.status).toBe('reappears');
  });

  it('still reads fewer than is due by then (上半年2次, 1至9月5次) as partial', () => {
    const results = compareReport(
      ['一、整改进展', '上半年，县市场监管局开展食品安全专项检查2次。'].join('\n'),
      [commitment],
    );
    expect(results[0].status).toBe('partial');
    const [nine] = compareReport(reportOf('1至9月，县市场监管局开展食品安全专项检查5次。'), [commitment]);
    expect(nine.status).toBe('partial');
  });
});

describe('compareReport after the plan for a remainder', () => {
  it('reads the sentence after 其余…计划于… as a report again, not as part of the plan', () => {
    const report =
      '一、整改情况\n（五）畜禽养殖污染治理。排查出设施不达标的406户中，已有352户完成改造，其余54户计划于明年3月底前完成。年底全市养殖户粪污处理设施配套比例达到97.7%，未再发现粪水直排的现象。';
    const [result] = compareReport(report, ['养殖户粪污处理设施配套率达到95%以上，粪污直排现象全面消除。']);
    expect(result.status).toBe('reappears');
    expect(result.evidence).toContain('97.7%');
  });
});

describe('compareReport on rhythm and remainders', () => {
  it('reads a slower rhythm (每半个月 → 改为每月), what is left (还剩4项) and a sample of a whole (从69个…中挑出40个) as partial', () => {
    const report = [
      '一、整改进展',
      '领导小组先后召开调度会7次，10月以后因项目集中开工，调度会改为每月召开一次。',
      '要在年底前基本完成的集中整改事项，到11月底还剩4项。',
      '复查组从69个已销号问题中挑出资金量大、难度高的40个进行实地复核。',
    ].join('\n');
    const results = compareReport(report, [
      '领导小组每半个月召开一次调度会。',
      '集中整改的事项年底前基本完成。',
      '对已销号的69个问题逐一复核。',
    ]);
    expect(results.map((r) => r.status)).toEqual(['partial', 'partial', 'partial']);
  });

  it('reads the rhythm after a change (坚持每半月…，此后改为每月) as the one kept', () => {
    const [result] = compareReport(
      '一、整改进展\n整改台账10月前坚持每半月更新一次，此后因工作繁忙改为每月更新。',
      ['领导小组办公室每半月更新一次整改台账。'],
    );
    expect(result.status).toBe('partial');
  });

  it('reads a share left above the ceiling set (20%以下 → 下降到22%) as partial, and one below it as reappears', () => {
    const commitment = '从机关科室抽调民警下沉派出所，年底前机关警力占比压降到20%以下。';
    const short = compareReport('一、整改进展\n机关科室抽调民警补充到派出所，机关警力占比由27%下降到22%。', [
      commitment,
    ]);
    const met = compareReport('一、整改进展\n机关科室抽调民警补充到派出所，机关警力占比由27%下降到18%。', [
      commitment,
    ]);
    expect([short[0].status, met[0].status]).toEqual(['partial', 'reappears']);
  });

  it('keeps a rhythm kept or quickened as reappears', () => {
    const [result] = compareReport('一、整改进展\n领导小组坚持每周召开一次调度会，共召开18次。', [
      '领导小组每半个月召开一次调度会。',
    ]);
    expect(result.status).toBe('reappears');
  });
});

describe('compareReport on report layouts', () => {
  it('does not read a shortfall the commitment names itself (对进度滞后的…约谈) as the measure left undone', () => {
    const report = '一、整改情况\n县纪委监委对整改进度滞后的2个单位主要负责人进行了约谈。';
    const [echo] = compareReport(report, ['县纪委监委对整改进度滞后单位的主要负责人进行约谈。']);
    expect(echo.status).toBe('reappears');
  });

  it('reads a heading of measures carried out (二、后续措施落实情况) as work done, not a plan', () => {
    const report =
      '一、总体进展\n3个问题全部整改到位。\n二、后续措施落实情况\n（一）食品安全监管。全市412所学校食堂均已接受食品安全检查，检查情况已书面函告市教育局。';
    const [result] = compareReport(report, [
      '完成对全市学校食堂食品安全检查全覆盖，检查结果书面通报市教育局。',
    ]);
    expect(result.status).toBe('reappears');
  });

  it('reads a title naming a report of later progress (…后续进展情况汇报) as work done, not a plan', () => {
    const report =
      '学校党委常委会听取巡视整改后续进展情况汇报\n会议听取了宣传部关于本学期阵地交叉检查的汇报，检查覆盖全部二级学院。';
    const [result] = compareReport(report, ['宣传部每学期组织一次阵地交叉检查。']);
    expect(result.status).toBe('reappears');
  });

  it('reads a plan through the rest of its paragraph (下一步，将…；同时将…)', () => {
    const report =
      '一、工作情况\n局党组召开了专题会议。\n负责人表示，下一步将加快办结剩余问题；同时探索建立群众满意度第三方评价机制。';
    const [r] = compareReport(report, ['要建立群众满意度第三方评价机制。']);
    expect(r.status).toBe('partial');
    expect(r.evidence).toBe('同时探索建立群众满意度第三方评价机制。');
  });

  it("reads a paragraph's label as part of its sentences, and reports it as a second span", () => {
    const report = '一、整改情况\n（三）实行清单管理。对反馈的21个问题逐一登记，挂账督办、对账销号。';
    const [r] = compareReport(report, ['要建立问题清单，实行清单化管理，逐一对账销号。']);
    expect(r.status).toBe('reappears');
    expect(r.evidence).toBe('对反馈的21个问题逐一登记，挂账督办、对账销号。');
    expect(r.spans[1].text).toBe('（三）实行清单管理。');
  });

  it('does not credit the words around an object to a sentence without it', () => {
    const report = '一、整改情况\n反馈会后，集团党委组建了由党委书记任组长的巡视整改工作领导小组。';
    const [ledger, group] = compareReport(report, [
      '要建立巡视整改台账，实行对账销号管理。',
      '要成立巡视整改工作领导小组。',
    ]);
    expect(ledger.status).toBe('missing');
    expect(group.status).toBe('reappears');
  });
});

describe('compareReport edge cases', () => {
  it('handles empty inputs', () => {
    expect(compareReport('', [])).toEqual([]);
    expect(compareReport(HEALTH_REPORT, [])).toEqual([]);
    const [r] = compareReport('', ['要建立整改台账。']);
    expect(r).toEqual({
      commitment: '要建立整改台账。',
      status: 'missing',
      score: 0,
      evidence: '',
      start: null,
      end: null,
      spans: [],
    });
  });

  it('calls an empty or punctuation-only commitment missing', () => {
    const out = compareReport(HEALTH_REPORT, ['', '  ', '。，']);
    expect(out.map((r) => [r.status, r.score])).toEqual([
      ['missing', 0],
      ['missing', 0],
      ['missing', 0],
    ]);
  });

  it('finds discipline promised as 严肃处理 in the sanctions a report names', () => {
    const report =
      '一、整改情况\n局党组召开了专题会议。对负有责任的2名股室负责人给予了党内警告处分，对1名工作人员进行了诫勉谈话。\n局党组修订了财务管理办法。';
    const [r] = compareReport(report, ['对涉及的相关人员依规依纪严肃处理。']);
    expect(r.status).toBe('reappears');
    expect(r.evidence).toContain('党内警告处分');
  });

  it('cuts a report without sentence marks into comma-bounded pieces', () => {
    const filler = '各项工作有序推进，'.repeat(200);
    const report = `${filler}局党组成立了巡察整改工作领导小组，${filler}`;
    const [r] = compareReport(report, ['要成立巡察整改工作领导小组。']);
    expect(r.status).toBe('reappears');
    expect(r.evidence.length).toBeLessThanOrEqual(600);
    expect(r.evidence).toContain('局党组成立了巡察整改工作领导小组');
    expect(report.slice(r.start!, r.end!)).toBe(r.evidence);
  });

  it('calls a commitment made only of filler missing', () => {
    const [r] = compareReport(HEALTH_REPORT, ['要进一步提高政治站位，切实抓好整改工作。']);
    expect(r.status).toBe('missing');
  });
});

describe('compareInSteps', () => {
  it('yields rising progress in [0, 1] and returns what compareReport returns', () => {
    // How long a slice lasts is measured by the bench (scripts/bench/compare.ts); a
    // wall-clock limit here would only make the test flaky on a busy machine.
    const commitments = HEALTH_COMMITMENTS.map((e) => e.commitment);
    const long = Array.from({ length: 300 }, () => HEALTH_REPORT).join('\n\n'); // ~0.6 M characters
    const steps = compareInSteps(long, commitments);
    const progress: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) progress.push(step.value);
    expect(progress.length).toBeGreaterThan(2);
    for (const p of progress) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(step.value).toEqual(compareReport(long, commitments));
  });
});
