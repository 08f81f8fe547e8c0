/**
 * Texts written for these tests: a county health bureau's progress report on
 * an inspection's feedback, and the measures its secretary promised at the
 * feedback meeting. The report words every measure differently from the
 * promise (tense, synonyms, numbers and dates), and reuses 台账, 领导小组 and
 * 制度 for measures that were never promised.
 */

export const HEALTH_REPORT = `首页 > 信息公开 > 工作动态

关于县卫生健康局落实县委巡察反馈意见整改进展情况的通报

发布时间：2023-06-20　来源：县卫生健康局　浏览次数：532

根据县委巡察工作统一部署，2023年3月10日，县委第二巡察组向县卫生健康局党组反馈了巡察意见。现将整改进展情况通报如下。

一、整改组织情况

（一）加强组织领导。反馈会后第二天，局党组第一时间成立了由党组书记任组长的巡察整改工作领导小组，下设办公室负责日常调度。

（二）细化整改措施。3月15日，局党组召开专题会议逐条研究反馈意见，印发了《巡察反馈问题整改实施方案》，列出整改举措38条，每条都明确了责任领导和完成时限。

（三）实行清单管理。对反馈的4个方面21个问题逐一登记造册，实行挂账督办、对账销号，截至6月15日已销号17个。

二、重点问题整改情况

1.针对医疗机构收费不规范问题，组织全县14家卫生院开展收费自查，对多收、重复收费等问题当场予以纠正，共退还群众费用1.2万元。

2.针对药品耗材采购管理漏洞，修订了《药品耗材集中采购管理办法》，对近三年签订的采购合同进行了全面清理，终止不合规合同6份。

3.对2021年专项治理中已整改的问题逐项复查，发现反弹问题5个，对整改不力的3个单位负责人进行了约谈。

4.4月下旬，举办全系统党风廉政建设专题培训班2期，培训干部职工260人次。

5.对全县村卫生室的排查已完成城关、河西两个乡镇，其余乡镇尚未开展。

三、其他工作

按照上级统一安排，局机关另行建立了安全生产隐患整改台账，相关情况单独报告。县卫生监督所开展了夏季食品安全专项检查，检查餐饮单位45家。局机关各支部严格执行“三会一课”制度。

四、存在的不足

一是部分基层单位整改进度偏慢，个别问题整改还不彻底。二是宣传报道不够，目前仅在局门户网站发布整改信息2条，电视、报纸等媒体的集中宣传尚未开展。

五、下一步工作

（一）下一步，局党组将研究制定医疗卫生行业作风建设长效机制，推动整改常态化。

（二）对尚未销号的4个问题，局整改办将加大督办力度，确保8月底前全部办结。

欢迎社会各界对整改落实情况进行监督。

监督电话：0000-1234567
版权所有 © 某某县卫生健康局`;

/** A promised measure and what the report makes of it. */
export interface Expectation {
  commitment: string;
  status: 'reappears' | 'partial' | 'missing';
  /** A piece of the evidence sentence (original text), for found ones. */
  evidence?: string;
}

export const HEALTH_COMMITMENTS: Expectation[] = [
  {
    // Tense and wording change: 立即成立…由我任组长 → 第一时间成立了由党组书记任组长.
    commitment: '立即成立由我任组长的整改工作领导小组，统筹推进整改工作。',
    status: 'reappears',
    evidence: '第一时间成立了由党组书记任组长',
  },
  {
    // Dates and counts changed: 一周内 / 38条 / 3月15日.
    commitment: '要在一周内研究制定整改方案，明确每项整改措施的责任领导和完成时限。',
    status: 'reappears',
    evidence: '印发了《巡察反馈问题整改实施方案》',
  },
  {
    // 台账/销号 → 登记造册/挂账/对账销号.
    commitment: '对反馈问题要建立整改台账，整改一个、销号一个。',
    status: 'reappears',
    evidence: '逐一登记造册',
  },
  {
    // 立行立改 → 当场予以纠正.
    commitment: '对收费不规范等能够马上解决的问题，要立行立改。',
    status: 'reappears',
    evidence: '当场予以纠正',
  },
  {
    // 回头看 → 逐项复查.
    commitment: '要对前期专项治理已整改的问题开展“回头看”，防止问题反弹。',
    status: 'reappears',
    evidence: '逐项复查',
  },
  {
    commitment: '要举办党风廉政建设专题培训，提高干部职工廉洁意识。',
    status: 'reappears',
    evidence: '专题培训班2期',
  },
  {
    // Only part done, the rest said to be outstanding (尚未开展).
    commitment: '要对全县村卫生室开展一次全面排查。',
    status: 'partial',
    evidence: '其余乡镇尚未开展',
  },
  {
    // Admitted under 存在的不足: only a little done (仅…尚未开展).
    commitment: '要加强宣传，在电视、报纸和门户网站上集中宣传整改成效。',
    status: 'partial',
    evidence: '集中宣传尚未开展',
  },
  {
    // Only planned, under 下一步工作.
    commitment: '要建立医疗卫生行业作风建设长效机制。',
    status: 'partial',
    evidence: '将研究制定医疗卫生行业作风建设长效机制',
  },
  {
    // Distractor: the report's 台账 are the inspection's and a safety one.
    commitment: '要建立信访举报件登记台账，对群众来信来访逐件登记、限期办结。',
    status: 'missing',
  },
  {
    // Distractor: the report's 领导小组 leads the rectification, not this campaign.
    commitment: '要成立医德医风专项整治领导小组，由分管副局长任组长。',
    status: 'missing',
  },
  {
    // Distractor: the report's 制度 are 三会一课 and a purchasing rule.
    commitment: '要完善公务用车管理制度，严禁公车私用。',
    status: 'missing',
  },
  {
    commitment: '要严格落实干部任前廉政谈话，新提任干部全部谈到。',
    status: 'missing',
  },
];

/** Part of the same report in Traditional characters, as a Hong Kong or Taiwan mirror would carry it. */
export const TRADITIONAL_REPORT = `關於縣衛生健康局巡察整改進展情況的通報

一、整改組織情況

（一）加強組織領導。反饋會後第二天，局黨組第一時間成立了由黨組書記任組長的巡察整改工作領導小組，下設辦公室負責日常調度。

（二）細化整改措施。3月15日，局黨組召開專題會議逐條研究反饋意見，印發了《巡察反饋問題整改實施方案》，列出整改舉措38條，每條都明確了責任領導和完成時限。

1.針對醫療機構收費不規範問題，組織全縣14家衛生院開展收費自查，對多收、重複收費等問題當場予以糾正，共退還群眾費用1.2萬元。

二、存在的不足

一是部分基層單位整改進度偏慢，個別問題整改還不徹底。二是宣傳報道不夠，目前僅在局門戶網站發佈整改信息2條，電視、報紙等媒體的集中宣傳尚未開展。

三、下一步工作

（一）下一步，局黨組將研究制定醫療衛生行業作風建設長效機制，推動整改常態化。

監督電話：0000-1234567`;

/** Commitments clipped from a Traditional page with pinyin annotations, 強(qiáng) style. */
export const TRADITIONAL_COMMITMENTS: Expectation[] = [
  {
    commitment: '立即成立由我任組(zǔ)長(zhǎng)的整改工作領(lǐng)導(dǎo)小組，統(tǒng)籌推進(jìn)整改工作。',
    status: 'reappears',
    evidence: '第一時間成立了由黨組書記任組長',
  },
  {
    commitment: '對收費不規(guī)範等能夠馬上解決的問題，要立行立改。',
    status: 'reappears',
    evidence: '當場予以糾正',
  },
  {
    commitment: '要加強(qiáng)宣傳，在電視、報紙和門戶網站上集中宣傳整改成效。',
    status: 'partial',
    evidence: '集中宣傳尚未開展',
  },
  { commitment: '要建立醫療衛生行業作風建設長效機制。', status: 'partial', evidence: '長效機制' },
  { commitment: '要完善公務用車管理制度，嚴(yán)禁公車私用。', status: 'missing' },
];
