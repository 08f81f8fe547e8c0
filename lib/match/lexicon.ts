/**
 * Concept groups of Chinese official language, as data. A report rarely
 * repeats a promise word for word: 立行立改 comes back as 当即纠正, 建立台账
 * as 登记造册、逐条销账, 回头看 as 复查. Each group gathers the wordings of one
 * idea, so a commitment and its evidence meet on the idea, not the characters.
 *
 * The groups come from general usage in inspection, rectification and
 * Party-building texts, not from any particular document. Forms are written
 * in Simplified characters (text is normalised before matching) and are at
 * least two characters long, so that a form never fires inside an unrelated
 * word by accident of one character.
 *
 * Kinds say what role the idea plays in a measure, and weigh it:
 * - `object`: what the measure is about (台账, 领导小组, 方案, 制度, 会议, 培训…);
 * - `topic`: the field it belongs to (党风廉政, 作风, 师德, 意识形态), shared by many measures;
 * - `action`: what is done to it (成立, 制定, 召开, 排查, 宣传…);
 * - `actor`: who acts (书记, 分管领导, 纪检机关…);
 * - `manner`: how or when (立即, 逐项, 定期, 亲自…).
 */

export type ConceptKind = 'object' | 'topic' | 'action' | 'actor' | 'manner';

/** One concept: its id, kind and the space-separated wordings that express it. */
export type ConceptEntry = readonly [id: string, kind: ConceptKind, forms: string];

/** The concept groups, by role in a measure. */
export const CONCEPTS: readonly ConceptEntry[] = [
  // ── Bodies and roles ──────────────────────────────────────────────
  [
    'working-body',
    'object',
    '领导小组 工作小组 工作专班 专班 领导机构 工作机构 专门机构 指挥部 整改办 专项办 工作组 专门班子 委员会 领导委员会',
  ],
  ['group-leader', 'actor', '组长 亲自挂帅 挂帅 负总责 第一责任人 任组长 担任组长 牵头抓总'],
  ['in-person', 'manner', '亲自 带头 带队 靠前指挥 一线 现场 实地 当面 蹲点 亲力亲为'],
  ['chief', 'actor', '书记 主要负责人 主要负责同志 一把手 主要领导 党政主要负责人'],
  ['deputy-in-charge', 'actor', '分管领导 分管负责人 分管同志 分管副职 分管校领导 分管局领导'],
  ['leadership-team', 'actor', '领导班子 班子成员 班子 领导集体'],
  ['discipline-body', 'actor', '纪检机关 纪委 纪检组 纪检监察机关 纪检监察组 纪工委 监委 纪检监察'],
  ['organization-dept', 'actor', '组织部门 组织部 组织人事部门 组织人事科'],
  ['party-committee', 'actor', '党委 党组 党总支 党工委 党支部'],
  ['lead-unit', 'actor', '牵头部门 牵头单位 牵头科室 牵头处室 牵头领导'],
  ['responsible-party', 'actor', '责任主体 责任人 责任单位 责任科室 责任部门 责任领导 专人'],
  ['the-masses', 'actor', '人民群众 群众 师生 干部群众 老百姓 市民'],

  // ── Documents, rules and lists ────────────────────────────────────
  ['plan', 'object', '方案 实施方案 工作方案 行动方案 整改方案 工作计划 实施意见 工作要点'],
  ['measures', 'object', '措施 举措 对策 具体措施 整改措施 防控措施'],
  // A mechanism promised (建立X机制) comes back as the rule that set it up (印发《X办法》):
  // one idea. 长效机制 is left to its two words, lasting and mechanism.
  [
    'rules',
    'object',
    '制度 规定 办法 细则 规则 规章 条例 准则 实施办法 管理办法 规章制度 行为规范 建章立制 机制 制度机制 工作机制',
  ],
  ['lasting', 'object', '常态化 长效 常治长效 长效常治'],
  [
    'ledger',
    'object',
    '台账 登记造册 销号 销账 挂账 建账 底账 问题清单 整改清单 任务清单 清单化 对账销号 总账 一本账',
  ],
  ['responsibility-list', 'object', '责任清单 权力清单 负面清单 任务分解表'],
  ['responsibility-letter', 'object', '责任书 承诺书 军令状 目标责任书'],
  ['report-doc', 'object', '报告 总结报告 情况报告 专题报告 自查报告 书面报告'],
  ['briefing', 'object', '汇报 专题汇报 工作汇报 情况汇报 情况介绍 专题介绍 述职'],
  ['bulletin', 'object', '简报 工作信息 工作动态 信息专报 专刊'],
  ['materials', 'object', '资料 档案 卷宗 账册 材料 文件资料 档案资料 会议记录'],
  ['timeline', 'object', '时间表 时限 期限 完成时限 时间节点 截止时间 完成时间 整改期限'],
  ['roadmap', 'object', '路线图 步骤 推进步骤 任务书 施工图 时间步骤'],
  ['goal', 'object', '目标 目标任务 工作目标'],
  ['root-cause', 'object', '根源 原因 成因 症结 根子'],
  ['party-rules', 'object', '党内法规 党内规章 党规党纪 党章党规 党纪党规 党规'],
  ['main-responsibility', 'object', '主体责任 管党治党责任 管党治党 两个责任 政治责任'],
  ['duty-system', 'object', '责任制 工作责任制 责任体系 责任落实机制'],
  ['integrity', 'topic', '党风廉政 廉政 廉洁 清廉 反腐倡廉'],
  ['work-style', 'topic', '作风 四风 作风建设 工作作风 形式主义 官僚主义'],
  [
    'work-discipline',
    'topic',
    '工作纪律 上下班纪律 上班纪律 考勤 迟到早退 脱岗 离岗 擅离职守 在岗在位 庸懒散 慵懒散 吃拿卡要 酒驾醉驾 工作日饮酒 午间饮酒',
  ],
  ['ethics', 'topic', '师德 师风 师德师风 职业道德'],
  ['ideology', 'topic', '意识形态 思想政治 政治思想'],

  // ── Activities ────────────────────────────────────────────────────
  [
    'meeting',
    'object',
    '会议 专题会 专题会议 党组会 党委会 常委会 办公会 例会 动员会 部署会 推进会 座谈会 调度会 现场会 动员大会 碰头会 联席会议 工作例会',
  ],
  ['life-meeting', 'object', '民主生活会 组织生活会 专题民主生活会'],
  ['training', 'object', '培训 轮训 培训班 专题培训 集中学习 专题学习 学习教育 研讨班 专题辅导 专题讲座'],
  ['publicity', 'object', '宣传 推送 刊发 报道 专栏 宣讲 媒体 新闻 信息发布 公众号 舆论 广而告之 发布会'],
  ['media', 'object', '报纸 电视 广播 网站 门户网站 微信 微博 新媒体 传统媒体 网络媒体 客户端'],
  ['clue', 'object', '问题线索 线索 信访举报 来信来访 信访件 举报件 信访'],
  ['talk', 'object', '个别谈话 谈心谈话 谈话 谈心 约谈'],
  ['survey', 'object', '调研 走访 实地调研 调查研究 摸底 摸清 明察暗访 暗访'],
  ['special-campaign', 'object', '专项整治 专项治理 专项行动 集中整治 专项检查 专项清理 专项督查'],
  ['warning-education', 'object', '警示教育 以案促改 以案为鉴 案例警示 以案说法'],
  [
    'accountability',
    'object',
    '问责 追责 追究责任 责任追究 严肃追究 通报批评 纪律处分 党纪政务处分 处分 警告处分 严肃处理 依规依纪处理 依纪依规处理 依纪处理 组织处理 诫勉 诫勉谈话 提醒谈话 谈话提醒',
  ],
  ['evaluation', 'object', '评价 评估 测评 考评 考核 评议 画像'],
  ['risk-control', 'object', '风险点 廉政风险 风险防控 防控 风险排查'],
  ['rotation', 'action', '轮岗 轮岗交流 交流轮岗 岗位交流 轮换 调岗 换岗 交流到其他岗位 调整岗位'],
  ['personnel', 'object', '干部队伍 人才队伍 教师队伍 队伍建设 干部选拔 选人用人'],

  // ── Actions ───────────────────────────────────────────────────────
  ['establish', 'action', '成立 组建 设立 建立 建成 搭建 组成 成立了 建起 挂牌'],
  ['improve', 'action', '完善 健全 修订 修改 建立健全 补充完善 修改完善 健全完善 完善健全 修订完善'],
  ['draft', 'action', '制定 制订 出台 印发 起草 拟定 研究制定 编制 下发 颁布 撰写 拟订 编写'],
  ['hold', 'action', '召开 举行 举办 主持召开 组织召开 主持'],
  ['carry-out', 'action', '开展 组织开展 实施 启动 组织实施'],
  ['self-check', 'action', '自查 自查自纠 自我检查 查摆 自检 对照检查'],
  ['screen', 'action', '排查 摸排 筛查 拉网式 过筛 清查 全面排查 起底 梳理排查'],
  ['recheck', 'action', '回头看 复查 再检查 复核 回访 再排查 再梳理 二次核查'],
  ['verify', 'action', '核实 核查 查实 核对 核验 甄别 查核'],
  ['inspect', 'action', '检查 抽查 督查 巡查 查看 抽检 暗查'],
  ['test', 'action', '检测 送检 检验 监测 化验'],
  ['fire-equipment', 'object', '消防设施 消防器材 消防设备 灭火器 消火栓 消防栓 喷淋'],
  ['find', 'action', '查找 查摆问题 找准 发现问题 找出 查出'],
  ['rectify', 'action', '整改 纠正 改正 整治 整改到位 纠治 化解 解决'],
  [
    'immediate-fix',
    'action',
    '当下改 立行立改 立查立改 即知即改 马上就办 立即整改 当即纠正 当场解决 当场纠正 现场解决 即查即改 边查边改 当即整改 立改立行 即改即办 当场整改 马上改',
  ],
  [
    'long-running',
    'manner',
    '短期内解决不了 短期内难以解决 一时难以解决 短期难以解决 长期性 跨年度 跨学期 分阶段 分步骤 持续整改 盯住不放 久久为功 逐步解决 长期坚持 阶段性目标',
  ],
  ['supervise', 'action', '督促 督导 督办 跟踪督办 跟进 盯办 挂牌督办 督查督办 压实'],
  ['oversight', 'action', '监督 监督检查 日常监督 政治监督 接受监督'],
  ['guide', 'action', '指导 帮助指导 工作指导 业务指导 指挥 帮扶'],
  ['report-up', 'action', '上报 报送 呈报 请示 报告了 报备'],
  ['listen', 'action', '听取 听了 收听'],
  ['read-docs', 'action', '调阅 查阅 翻阅 审阅 调取 查看资料'],
  ['handle', 'action', '办理 受理 处置 办结 查办 查处 处理'],
  ['recover', 'action', '追回 收回 追缴 收缴 退缴 扣回 退还 全额退还 如数退还 清缴 退回 全部退回'],
  ['vacate', 'action', '腾退 腾空 搬离 搬出 清退'],
  ['lease', 'action', '招租 出租 公开招租 竞价出租 发包 公开发包 租赁'],
  ['apply-for', 'action', '申领 领取 冒领 申请领取'],
  ['proof', 'object', '佐证材料 证明材料 佐证 支撑材料 印证材料'],
  ['priority', 'manner', '优先 急件 优先办理 优先处置 优先受理 快查快办 从快'],
  ['select-staff', 'action', '选优配强 选派 选拔 配备 充实 配齐配强 调整充实 选配'],
  ['sign', 'action', '签订 签署 层层签订'],
  ['assign', 'action', '分解 交办 分解交办 分工 任务分解 领办 认领 包干 包案 包保 分包'],
  ['summarize', 'action', '汇总 总结 梳理 归纳 提炼 汇编'],
  ['collect-info', 'action', '采编 编发 信息报送 采写 编报'],
  ['disclose', 'action', '公开 公示 公布 通报'],
  ['consult', 'action', '借鉴 参照 参考 学习借鉴 对标'],
  ['comply', 'action', '遵守 遵循 依照 严格执行 严格遵守 遵照'],
  ['cooperate', 'action', '协同 联动 配合 协作 联合 会商 协调'],
  ['study', 'action', '传达学习 学习贯彻 专题研究 研究部署'],
  ['propose', 'action', '提出建议 意见建议 建议 提出意见'],
  ['coordinate-up', 'action', '对接 沟通 衔接 对接联系'],
  ['specify', 'action', '明确 确定 确立 厘清 细化 选定 敲定'],

  // ── Manner ────────────────────────────────────────────────────────
  ['immediately', 'manner', '立即 马上 当即 当场 第一时间 即刻 迅速 随即'],
  ['one-by-one', 'manner', '逐一 逐条 逐项 逐个 一项一项 一个一个 一件一件 一条一条 逐人 一一'],
  ['top-priority', 'manner', '摆在首位 放在首位 首要任务 第一议题 首位 第一项 头等大事 重中之重 首要'],
  ['regularly', 'manner', '定期 每月 按月 每季度 按季度 每年 每周 每半月 每半个月 经常性 常态化开展'],
  ['comprehensive', 'manner', '全覆盖 地毯式 无死角 全方位'],
];

/**
 * Words that say how strongly, not what: filler of official language
 * (进一步, 切实, 认真…) and pure attitude (高度重视, 狠下功夫…). A measure is
 * not more present because these recur, so they are dropped before terms are
 * taken. Longer entries win over shorter ones at the same place.
 */
export const FILLER_WORDS: readonly string[] = (
  '进一步 切实 认真 不断 着力 深入 坚持 坚决 确保 加强 强化 推动 推进 务必 必须 一定 努力 积极 主动 ' +
  '扎实 有效 全力 大力 持续 始终 真正 充分 精心 严格 狠下功夫 下功夫 高度重视 政治站位 提高政治站位 ' +
  '政治担当 担当 为契机 契机 紧紧围绕 围绕 聚焦 着眼 立足 结合 按照 根据 依据 关于 有关 相关 方面 工作 ' +
  '情况 问题 各项 各级 本单位 本系统 我们 同志们 全体 以及 实效 取得实效 落到实处 落地落实落细 落实 ' +
  '做实做细 做好 抓好 抓实 用好 发挥 作用 提高 提升 加大 力度 不断提升 意识 能力 水平 全面 深化 ' +
  '要求 精神 重要 进行 实现 形成 注重 把握 准确 精准 及时 适时 一步 一项 此次 本次 这次 ' +
  '目前 当前 已经 以来 期间 同时 其中 另外 此外 今年 去年 明年 年度 坚定不移 不折不扣 全力以赴 ' +
  '动真碰硬 真抓实干 敢于担当 履行 职责 工作中 共同 统一 方式 进一步提高 高质量 确保取得 ' +
  // Slogans that open or close directives whatever the measure; they name no measure.
  '习近平新时代中国特色社会主义思想 新时代中国特色社会主义 中国特色社会主义 习近平总书记 习近平 ' +
  '党的十九大精神 十九大精神 党的二十大精神 二十大精神 十九届 二十届 中央大政方针 高质量发展 ' +
  '获得感幸福感安全感 获得感 幸福感 安全感 两个维护 四个自信 两个确立 中国共产党 新时代 新形势 ' +
  '全面从严治党 从严治党 党的领导 党的建设 ' +
  // Scope: where the measure applies, said of nearly every measure in a document.
  '全市 全县 全区 全省 全国 全校 全局 全系统 系统 各地 各单位 各部门 基层 ' +
  // Words of every administrative sentence.
  '单位 部门 内容 完成 发展 建设 管理 主要 重点 责任 ' +
  // Plans and their time limits: every commitment has them, a report of work done rarely.
  '计划 力争 争取 年底前 月底前 年底 月底 底前 达到 以上 通过 ' +
  // By the rules, in due form: how any sanction is given.
  '依规依纪 依纪依规 依法依规 依规依纪依法 依纪依法 作出 给予 分别'
)
  .split(' ')
  .filter(Boolean);

/**
 * Characters that never start or end a content word in this register
 * (particles, prepositions, conjunctions, pronouns); a character pair that
 * holds one is not a term. 有, 中, 上, 下 stay: 有偿, 中央, 以上, 下一步.
 */
export const FUNCTION_CHARS =
  '的了和与及并等对把将被在是要为以从于之其也都而或由向给让使这那此各每个凡均又还已再就才着过得地啊吗呢该所即';
