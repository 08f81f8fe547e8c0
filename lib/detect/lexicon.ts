/**
 * The cue lexicon: every word the detector reacts to, with what it is
 * evidence of, and the weights and thresholds the classifier uses. Rules
 * live here as data; classify.ts only combines them.
 *
 * All words are general vocabulary of Chinese official and rectification
 * writing (Simplified: Traditional text is converted before matching). The
 * matcher takes the longest word at each position and skips past it, so a
 * longer word also stops the shorter ones inside it: 重要 keeps 要 from
 * reading as a directive, 了解 keeps 了 from reading as a completed action.
 * Words listed only for that purpose have the category `block`.
 */

/**
 * The words of a whitespace-separated list; `//` starts a comment that runs to
 * the end of its line. Lists are written this way to stay short and readable.
 * Without side effects: a bundle that never reads CUE_GROUPS (the extension
 * reads the compiled copy, compiled-cues.ts) leaves the lists out.
 */
/* @__NO_SIDE_EFFECTS__ */
export function words(list: string): string[] {
  return list
    .replace(/\/\/[^\n]*/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Fines, contracts ended, payments stopped and bans: sanctions, and measures a report can account for. */
const PENALTIES =
  '罚款 处以罚款 并处罚款 取消评优资格 取消评先评优资格 取消评优评先资格 解除协议 解除服务协议 解除医保服务协议 解除合同 暂停结算 暂停医保结算 失信惩戒 联合惩戒 列入黑名单 纳入黑名单';

/** `prefix` before each word of `list` (不 + 到位…). */
/* @__NO_SIDE_EFFECTS__ */
function prefixed(prefix: string, list: readonly string[]): string[] {
  return list.map((word) => prefix + word);
}

/** The lists one after the other (a plain call, so that the bundler can leave it out). */
/* @__NO_SIDE_EFFECTS__ */
function joined(...lists: readonly string[][]): string[] {
  return lists.flat();
}

/** What a cue is evidence of. */
export type CueCategory =
  /** Negative evaluation of the state of work: 不到位, 缺乏, 薄弱, 有待. */
  | 'shortcoming'
  /** Words that introduce or sum up shortcomings: 存在, 主要问题是, 暴露出. */
  | 'problem-intro'
  /** Nouns that name problems; they close the object of a `reference` verb. */
  | 'problem-noun'
  /** Verbs whose object names problems without asserting them: 解决…问题, 指出的问题. */
  | 'reference'
  /** Questions and checks: 是否, 能否, 强不强. Nothing in them is asserted. */
  | 'question'
  /** Conditions and hypotheses: 如果, 一旦, 就会. */
  | 'hypothetical'
  /** Obligation or exhortation: 要, 必须, 务必, 坚决, 切实, 请, 希望. */
  | 'directive'
  /** Plans: 将, 拟, 计划, 下一步. */
  | 'future'
  /** Time ahead without a plan of its own: 今后, 今年, 本轮, 近期. */
  | 'time'
  /** Resolve in an adverb: 坚决, 切实, 确保. Weaker than a directive: a definition or praise can carry it. */
  | 'resolve'
  /** Completed action: 已, 已经, 了, 先后, 截至. */
  | 'completed'
  /** Time past: 近年来, 去年, 会前. With no directive after it, what follows is a report. */
  | 'past'
  /** Verbs of perceiving: 看到, 认识到. What follows them is seen, not done. */
  | 'cognition'
  /** Verbs that carry out a measure; their objects are in `MEASURE_PAIRS`. */
  | 'measure-verb'
  /** Objects of measures: 制度, 方案, 台账, 领导小组, 专题会议, 专项整治. */
  | 'measure-object'
  /** Checkable measures on their own: 销号, 挂图作战, 亲自, 选优配强. */
  | 'measure'
  /** Time limits: 限时, 月底前, 时间节点. */
  | 'deadline'
  /** Triage of problems by how soon they can be fixed: 能够立即解决的. */
  | 'triage'
  /** Who answers for a measure: 牵头, 责任单位, 第一责任人. */
  | 'owner'
  /** Attitude and resolve without a checkable action: 提高政治站位, 照单全收. */
  | 'attitude'
  /** Acceptance of the findings, a pledge even without a directive: 照单全收. */
  | 'acceptance'
  /** Adverbs of manner that may precede an imperative verb: 进一步, 切实, 深入. */
  | 'manner'
  /** Praise and results: 取得了…成绩, 实事求是, 一致好评. */
  | 'praise'
  /** Definitions and significance: 是…的重要举措, 的需要, 集中体现. */
  | 'definition'
  /** The copula 是: a statement of what something is. */
  | 'copula'
  /** Speech procedure and meeting reports: 下面，我讲, 出席会议, 谢谢大家. */
  | 'procedural'
  /** Quotations of national leaders and classics: 总书记指出, 古人云. */
  | 'quotation'
  /** Statements about the situation: 时间紧, 任务重, 大有可为. */
  | 'situation'
  /** Conjunctions that open a new statement: 但是, 然而, 无论, 因此, 此外. */
  | 'conjunction'
  /** First person and collective subjects: 我们, 我, 大家. */
  | 'subject'
  /** Words that only stop shorter cues inside them (重要, 了解, 一定时间). */
  | 'block';

/** Classes of measure objects; measure verbs name the classes they take. */
export type ObjectClass =
  | 'institution' // 制度, 机制, 办法, 条例
  | 'plan' // 方案, 措施, 清单, 台账, 时间表
  | 'organ' // 领导小组, 专班, 工作机构
  | 'meeting' // 专题会议, 民主生活会
  | 'campaign' // 专项整治, 排查, 培训, 警示教育, 活动
  | 'project' // 工程, 项目, 品牌
  | 'field' // 时限, 责任人, 责任单位
  | 'risk' // 漏洞, 隐患, 风险点
  | 'lead' // 问题线索
  | 'agenda' // 考核, 重点工作, 议事日程
  | 'report' // 报告, 巡察报告
  | 'liability' // 责任 of those at fault: 追究…责任
  | 'scrutiny'; // 监督 the public is invited to: 接受…监督

export const OBJECT_CLASSES: readonly ObjectClass[] = [
  'institution',
  'plan',
  'organ',
  'meeting',
  'campaign',
  'project',
  'field',
  'risk',
  'lead',
  'agenda',
  'report',
  'liability',
  'scrutiny',
];

/** A group of words that are evidence of the same thing. */
export interface CueGroup {
  category: CueCategory;
  words: readonly string[];
  /** Strength of the evidence; 1 when left out. */
  weight?: number;
  /** For `measure-object`: the class of the object. */
  objectClass?: ObjectClass;
  /** For `measure-verb`: the classes of object the verb takes. */
  takes?: readonly ObjectClass[];
  /** For `measure-verb`: a quoted name (“…” or 《…》) right after the verb is a named measure. */
  takesNamed?: boolean;
  /** For `reference`: the scope runs to the end of the clause, not only to the problem it names. */
  clauseScope?: boolean;
  /**
   * Words of page furniture (see furniture.ts): `chrome` marks a short line
   * wherever it stands, `short` only a very short line, `byline` a byline.
   */
  furniture?: 'chrome' | 'short' | 'byline' | 'separator';
  /** The word can open an imperative sentence (加强…, 开展…). */
  opensImperative?: boolean;
  /** The word counts only right after a number (5月24日前; 日前 alone is "recently"). */
  afterNumber?: boolean;
  /**
   * A directive that gives advice (建议): it directs a measure it names, but advice
   * without a measure (建议早点出发) is no one's pledge.
   */
  advice?: boolean;
  /**
   * A deadline word that names when something starts (12月1日起): in a report of work done
   * it dates what is done, where a time limit looks ahead.
   */
  startDate?: boolean;
  /**
   * A deadline word that ends a date range (5月21日至6月21日): a phase's time limit where it
   * stands in parentheses after the phase, else the period an act took (11月4日至6日，…反馈).
   */
  dateRange?: boolean;
}

// Negative evaluations that follow 不 (不到位, 不严格…) are written once here.
const NOT_ADJECTIVES = words(`
      到位 够 足 强 严 实 细 深 高 力 紧 全 硬 准 精 规范 健全 完善 充分 扎实 合理
      全面 紧密 均衡 平衡 匹配 清醒 及时 明确 到底 彻底 经常 有效 深入 具体 严格 落实 作为
      担当 精准 畅通 科学 统一 协调 适应 顺畅 牢 透 正 优 佳 理想 突出 主动 积极 认真
      规范化 系统 专业 充足 完整 严肃 严谨 扎实有效 敢 愿 善 会 知敬畏 作为、慢作为
      清 清楚 清晰 明 一致 公开 透明 合规 完备 符 相符 相适应 相匹配 便捷 便利 稳定 准确 得力
    `);

/**
 * Words that set a figure as the target (控制在0.3‰以内, 提高到95%): with the figure right after
 * them, the measure names what a report can check.
 */
export const TARGET_WORDS = words(
  '达到 提高到 提升到 提升至 提高至 降至 降低到 下降到 下降至 降低至 控制在 稳定在 保持在 缩短到 缩短至 压缩到 压缩至 增加到 增加至 增至 扩大到 扩大至 减少到 减少至 不低于 不少于 不高于 不超过',
);

/**
 * The lexicon. Order matters only for duplicates: a word keeps the first
 * group it appears in (the tests check there are none).
 */
export const CUE_GROUPS: readonly CueGroup[] = [
  // ——— Words that only protect others ———
  {
    category: 'block',
    words: words(`
      // 要 inside other words
      重要 主要 必要 首要 要求 要害 要素 要点 纪要 只要 要么 要是 摘要 简要 要闻 要件 扼要 概要
      要务 要职 要案 要地 机要 提要 紧要 要津 要领
      // 了 inside other words
      了解 为了 除了 了然 了结 罢了 不了 了不起 受不了 少不了 免不了
      // 将 and 应 and 请 inside other words
      将近 将军 将士 相应 适应 反应 响应 应对 供应 应急 答应 应用 对应 申请 邀请 请示 请假 请销假 请休假
      应有 应收 应付 应届 应征 应聘 应邀 应试 应变 应酬 顺应 呼应 效应 感应 照应 回应 应答
      应运 报应 应保尽保 应保未保 应享未享 应收尽收 应缴未缴 应收未收 应缴 应交 应上缴
      提请 宴请 吃请 聘请 报请 恳请 约请 呈请 请托 请吃
      // 组织 inside nouns
      党组织 基层组织 组织部门 组织生活 组织人事 组织部 群团组织 社会组织 协会组织 组织领导
      组织体系 组织建设 组织纪律 组织信任 组织监督
      // 一定 as "a certain"
      一定时间 一定程度 一定的 一定数量 一定范围 一定期限
      // 是 inside other words
      但是 还是 是否 实事求是 于是 凡是 只是 总是 是非 大是大非 或是 若是 倒是 可是 是不是
      不是 算是 而是 即是 真是 硬是 自是
      // 不 inside words that are not evaluations
      不断 不仅 不但 不论 不管 不得 不忘初心 不负 不越 不碰 不敢腐 不能腐 不想腐 不容 不少
      不同 不久 不再 不必 不能 不要 不准 不宜 不变 不懈 不移 不渝 不折不扣 不放 不松 不息
      不怕 不搞 不让 不以 毫不动摇 不动摇 常抓不懈 坚定不移 驰而不息 始终不渝 一刻不停 决不
      绝不 坚决不
      // words that contain a shortcoming word but are not one
      问题导向 短板弱项 查漏补缺 差距意识 风险防控 作风建设 制度建设 思想认识 不足之处 形式多样
      解决不了 问题意识 敢于 善于 缺一不可 需求 所需 必需 无需 无须 急需 党要管党 反弹琵琶
      供需 按需 按计划 按照计划 招生计划 培训计划 计划生育 反映不实 举报不实 查无实据 一定影响
      一定成效 一定成绩 一定困难 一定进展 一定作用 一定基础 提出的 问题清单
      // words read across two (完成绩效方案修订, 整改进度 is no 改进), and results that are no praise
      成绩效 改进度 整改成绩
      // 将 as 把 after a modal, 需要 of a duration (可以将车停在…, 大约需要三个小时)
      可以将 大约需要 约需要
      // objects of a check and names of campaigns, not findings (发现违规线索, 漏洞扫描)
      违规线索 违纪线索 违纪违法线索 违法违纪线索 违法线索 群众身边不正之风 漏洞扫描 党课记录
      // 年内 inside other words (2024年内部审计)
      年内部 年内容 年内涵
      // 定期 inside 规定期限 (办理超过了规定期限)
      规定期限
      // 抓 that is no effort
      抓获 抓捕 抓拍 抓取
      // a range up to now is time past, not a time limit
      日至今
      // 建议 as a noun
      意见建议 建议书 监察建议 审计建议 整改建议 提出建议 合理化建议 建议稿 意见和建议 的建议 建议权
      // 未 inside words, and 未 of a good record (未发生事故)
      未来 未成年 未成年人 未必 未知 未雨绸缪 未然 未婚 未免 未尝 未病 未发生 未出现 未发现
      没有发生 没有出现 没有发现 没有问题 没有理由 没有借口 没有任何理由 没有任何借口 没有退路
      // a comparison with last year is a baseline, not time past (发文数量比去年减少20%以上)
      比去年 较去年 比上年 较上年 比上一年 较上一年
      // the progress of a rectification (整改进展), not 改进; a complaint's number, not its handling
      整改进展 整改进度 整改进程 受理编号 受理号 受理序号
      // 处理 inside the names of plants (污水处理厂), not dealing with something
      处理厂 处理站 处理设施 处理能力 处理率
      // 修复 of the land as the name of a work (矿山生态修复成效, 修复工程), not a defect put right
      生态修复 矿山修复 修复工程 修复治理 修复成效
      // 治理 as the governing of a place, a noun (基层治理作用发挥不充分), not the treating of a problem
      基层治理 社会治理 城市治理 乡村治理 社区治理 基层社会治理 治理体系 治理能力 治理效能 治理水平
      // records kept of misconduct, a sanction named (记入不良行为记录)
      不良行为记录 不良记录 不良信用记录 不良行为
    `),
  },

  // ——— Problems ———
  {
    category: 'shortcoming',
    words: joined(
      prefixed('不', NOT_ADJECTIVES),
      words(`
      不够 不足 不力 不严不实 不严不细 不作为 慢作为 乱作为 不担当 不规范 缺乏 缺少 缺位 缺失
      欠缺 短缺 匮乏 薄弱 弱化 虚化 淡化 边缘化 泛化 有待 亟待 差距 短板 弱项 漏洞 盲区
      死角 偏差 瓶颈 宽松软 失之于宽 失之于软 失之于松 形式主义 官僚主义 享乐主义
      奢靡之风 四风 违规 违纪 违法 不良 滞后 缓慢 偏低 偏少 偏弱 较低 较弱 较差 流于形式
      走过场 打折扣 搞变通 做选择 上热中温下冷 两张皮 层层递减 心存侥幸 侥幸心理 淡薄 松懈 懈怠
      麻痹 庸懒散 推诿扯皮 敷衍塞责 敷衍了事 应付了事 草草了事 失职 渎职 不彻底 矛盾突出 问题突出 依然突出
      仍然突出 不容乐观 老大难 顽瘴痼疾 屡禁不止 屡查屡犯 屡改屡犯 尚未 仍未 未能 未按 未及时
      未落实 未建立 未开展 未完成 未执行 未严格 未形成 未达到 没有形成 没有建立 没有落实
      没有完成 没有及时 没有严格 有差距 还有差距 重部署、轻检查 讲得多、做得少 重业务、轻党建
      只讲不做 不严不实 不平衡 不充分 不均衡 受损 不彰 不紧不实 不深不透 不细不实 低于 未达标
      不达标 逐级递减 层层衰减 上紧下松 上热下冷 偏松偏软 偏松 偏软 不尽合理 不尽完善 不尽规范
      不尽如人意 过长 过多 过频 过高 过低 过慢 过松 过宽 过软 过重 负担重 反复出现 时有发生
      屡有发生 对不上 繁琐 烦琐 缺口 意识差 能力弱 效率低 服务差 质量差 迟缓 形同虚设 偏高
      不容忽视 说了算
      // leaning the wrong way (范围偏窄, 处理偏轻) and records left incomplete (记录残缺)
      偏窄 偏轻 偏慢 残缺 残缺不全
      // a share short of what was due (完成投资仅为计划的47%)
      仅为 仅占 仅完成 仅达到
      // what the public finds hard, named as such (停车难, 办事难)
      停车难 看病难 就医难 办事难 融资难 入学难 上学难 入园难 出行难 招工难 用工难 办证难 挂号难
      // a duty refused (只签收、不处理)
      不处理 不办理 不解决 不回应 不答复 不执行 不上报
      // burdens and waste named by what they are (重复检查, 资产闲置)
      重复检查 多头检查 重复填报 多头填报 重复报送 闲置 长期停用
      // equipment found wanting (灭火器已经失效, 安防设施老化, 2具已超过有效期)
      失效 过期 损坏 破损 老化 超过有效期 超出有效期 超过保质期
      // room left to improve, as officials put it (审判质效还有提升空间), and what is still widespread
      提升空间 改进空间 改善空间 提高空间 较普遍 较为普遍 比较普遍 仍然普遍 仍普遍
      // progress behind what was planned (进度慢于预期, 落后于计划), and a remainder hard to clear
      慢于 落后于 难度较大 难度大 难以全部 难以按期 难以如期
      // a shortcoming told in the past tense: its 了 reports no work done (整改打了折扣)
      打了折扣 走了过场 搞了变通 不履约
      // states found wanting, named as such (应收账款居高不下, 底数不清, 管理松散)
      居高不下 松散 混乱 以包代管 以会代学 应招未招 底数不清 家底不清 脱节 碎片化 随意性大 乏力
      结构不合理 断档 青黄不接 失管 懒政 怠政 顽疾 各自为政 多头管理 重复建设 久拖不决 悬而未决
      大而化之 文山会海 账实不符 资不抵债 失衡
      // oversight neglected (长期疏于监管, 监督失察)
      疏于 失察
      // one thing done in place of another, or done in form only (以罚代管, 签而不约, 重痕不重效)
      以罚代管 以查代管 以拆代管 以文件落实文件 以会议落实会议 签而不约 建而不用 重痕不重效
      重留痕轻实效 不升反降 欠交
      重巡查、轻处置 重形式、轻实效 重留痕、轻实效 重建设、轻管理 重审批、轻监管 重投入、轻管理
      重建轻管 重审批轻监管 重形式轻实效 重检查轻整改
    `),
    ),
  },
  {
    // Misconduct named by its act (typical cases in a 通报: 公款宴请, 收受礼金, 未经审批发放…);
    // the names of crimes (受贿, 贪污) are mostly the objects of 查处 and stay out.
    category: 'shortcoming',
    words: words(`
      收受 索取 索要 违规收送 公款吃喝 公款宴请 公款旅游 公车私用 私车公养 大操大办 借机敛财 挪用
      侵占 套取 截留 骗取 冒领 虚报冒领 优亲厚友 吃拿卡要 以权谋私 权钱交易 利益输送 滥用职权
      玩忽职守 小金库 超标准 超范围 违反 弄虚作假 虚报 瞒报 谎报 擅自 私自 未经 滞留 挤占 虚列
      化整为零 规避 欠账 挪作他用
      // fees, punishments and delays the public suffers (代办乱收费, 体罚学生, 超时办结)
      乱收费 乱摊派 乱罚款 乱检查 体罚 变相体罚 超时办结 超期办结 超出法定时限 超时限
      // data let out (敏感信息泄露)
      泄露 泄密 外泄
      // disorder on the street (垃圾堆积、污水外溢, 乱堆乱放) and slowness named as such (发现慢、预警慢)
      垃圾堆积 污水外溢 污水横流 乱堆乱放 乱搭乱建 私搭乱建 乱停乱放 脏乱差 违章搭建
      发现慢 预警慢 处置慢 反应慢 响应慢 办理慢 审批慢 难以奏效
      // work that lags or a wrong let pass (动态管理跟不上, 默许中介代为预审), a rank at the bottom
      跟不上 默许 排在末位 全市末位 全县末位 排名靠后 排名末位 排名倒数
      超过承诺时限 超过法定时限 超过规定时限 超过时限
      未纳入 未报告 未报批 未如实 未履行 未按规定
      // …未设置泄爆装置, 未取得证书, 至今没有销号: any action not taken
      未 没有 从未 从来没有
      // not able to, rather than not allowed to (部分问题不能及时解决)
      不能及时 不能按时 不能按期 不能有效 不能全面
      // rectification on paper (把制定制度等同于完成整改, 纸面销号)
      等同于 纸面销号
    `),
  },
  {
    category: 'shortcoming',
    weight: 0.5,
    words: words(`
      有的 个别 部分单位 少数 一些单位 仍然 依然 依旧 仍 不同程度 较为突出 反弹 仍需 尚需 仍要
    `),
  },
  {
    category: 'problem-intro',
    weight: 2,
    words: words(`
      主要问题是 主要问题有 问题主要有 问题主要是 问题主要表现在 主要表现在 主要表现为
      存在的主要问题 存在的突出问题 存在问题 存在的问题 存在不足 存在的不足 存在着 还存在 仍然存在
      依然存在 仍存在 也存在 普遍存在 存在薄弱环节 薄弱环节 暴露出 暴露了 反映出 亟需解决
      亟待解决 亟须解决
    `),
  },
  {
    category: 'problem-intro',
    weight: 0.5,
    words: words(`
      存在 突出问题 等问题 等情况 等现象
    `),
  },
  {
    category: 'problem-noun',
    words: words(`
      问题 现象 情况 问题线索 隐患 风险 苗头 倾向 矛盾 症结 根源 短板 弱项 漏洞 差距 不足
      偏差 盲区 死角 薄弱环节 风险点 制度漏洞 廉政风险 安全隐患
    `),
  },
  {
    category: 'reference',
    words: words(`
      解决 解决好 整治 纠治 纠正 查找 查摆 查处 排查 梳理 克服 针对 聚焦 围绕 化解 破解
      补齐 弥补 堵塞 防范 消除 遏制 治理 根治 处理 对照 盯住 紧盯 关注 正视 剖析 分析 反思
      列出 发现 指出的 指出了 反馈的 反馈了 查出 查实 认领 领办 销号 防微杜渐 纠偏 把控 扭转
      改进 改正 攻坚 整顿 清除 根除 严防 严查 严惩 惩治 打击 坚决纠正 坚决整治 挖出 找准
      找出 堵住 封堵 堵上 补上
    `),
  },
  {
    // Negated or felt rather than asserted: nothing up to the end of the clause is a finding.
    category: 'reference',
    clauseScope: true,
    words: words(`
      决不搞 绝不搞 不搞 严禁 杜绝 防止 避免 反对 坚决防止 坚决杜绝 痛恨 不满 反感 厌恶 担心
      最关心
      // a clean record: what was not found or did not happen (未发现违规情况, 未发生事故)
      未发现 没有发现 未出现 没有出现 未发生 没有发生
    `),
  },
  {
    category: 'question',
    words: words(`
      是否 能否 可否 有没有 是不是 如何 怎样 怎么 什么 哪些 为什么 吗 强不强 好不好 实不实
      严不严 够不够 到不到位 能不能 会不会 有无 与否
      // a reporter's question, not the order 请
      请问
    `),
  },
  {
    category: 'hypothetical',
    words: words(`
      如果 假如 一旦 若 否则 就会 将会 可能会 可能 倘若 要是 不然
    `),
  },

  // ——— Directives, plans, tense ———
  {
    category: 'directive',
    words: words(`
      要 必须 务必 一定要 须 需 应当 应该 理应 请 希望 让我们 需要我们 需要大家 严禁 不准
      不得 不要 决不 绝不 坚决不 要把 决不能 绝不能 不能 应
      // the register of Taiwan's 监察院 and audit reports (该府允宜建立…机制)
      允宜
      // a floor or a ceiling set as a rule: an order and a figure a report can check
      不得低于 不得少于 不得超过 不得高于
    `),
  },
  {
    // A recommendation of a feedback, an audit or a 监察建议书 directs what is to be done.
    category: 'directive',
    advice: true,
    words: words('建议 请注意 敬请'),
  },
  {
    category: 'resolve',
    words: words(`
      坚决 切实 确保 力争 着力 全力 务求 一定 需要
    `),
  },
  {
    category: 'future',
    words: words(`
      将 拟 计划于 计划在 计划将 计划到 下一步 下步 即将 将要 下阶段 下一阶段 接下来
      将会同 将联合 将协同 承诺于 承诺在 承诺将
      将于 拟于 预计于
      // from now on: a rule set for the time ahead (今后每月公布一次, 以后凡是…一律)
      今后 从现在起 从今天起 以后
    `),
  },
  {
    category: 'time',
    words: words(`
      近期 明年 下半年 年内 本轮 会后 随后 今年 本年度 下一轮 明天 下周 下个月 反馈会后 动员会后
      下季度 四季度
      // 今后 as an attribute (今后的工作, 今后一个时期) plans nothing
      今后的 今后一个时期 今后一段时期 今后一段时间
    `),
  },
  {
    category: 'completed',
    words: words(`
      了 已 已经 先后 截至 截止 累计 共计 均已 全部完成 已完成 已全部 已于 业已 完成了
      取得了 实现了 目前已 曾
      // a punishment received is told after the case
      受到党内 受到党纪 受到政务 受到诫勉 被免去 被免职 被立案
      // the inspection team's stay, told as the background of what follows (巡察组进驻…, 分赴…)
      进驻 分赴
      // a total of work done (整治期间，全局共出动执法人员3460人次)
      共出动
    `),
  },
  {
    category: 'past',
    words: words(`
      会前 此前 多年来 近年来 以来 去年 过去的一年 上一年 前期 年初以来
    `),
  },
  {
    category: 'cognition',
    words: words(`
      看到 认识到 意识到 清醒认识 深刻认识 充分认识 认清 看清 明白 懂得 认识 领会 深刻把握
      把握好 考虑 思考 弄清楚 搞清楚 想清楚 看问题
    `),
  },

  // ——— Measures ———
  {
    category: 'measure-verb',
    takes: ['institution', 'plan', 'organ'],
    // 修订《…职责规定》: a document named by its title is what is made
    takesNamed: true,
    words: words(`
      建立 建立健全 健全完善 研究制定 制定 制订 出台 修订 修订完善 完善 健全
      // Taiwan's words for drawing one up (訂定…方案, 研訂…辦法), the same after conversion
      订定 研订
    `),
  },
  {
    category: 'measure-verb',
    takes: ['institution'],
    words: words(`
      构建 规范 建章立制 创新 推行 会签 联合印发
    `),
  },
  {
    // 形成…情况报告, 形成…整改方案: a document made
    category: 'measure-verb',
    takes: ['institution', 'report', 'plan'],
    words: words('形成'),
  },
  {
    category: 'measure-verb',
    takes: ['plan'],
    words: words(`
      拟定 编制 起草 印发 下发 细化完善
    `),
  },
  {
    // 接受家长和社会监督: publishing the rectification for whoever is named to check it.
    category: 'measure-verb',
    takes: ['scrutiny'],
    words: words('接受'),
  },
  {
    category: 'measure-object',
    objectClass: 'scrutiny',
    words: words('监督'),
  },
  // Holding those at fault to account (对…的，要严肃追究相关人员责任) is a measure a
  // later report can check: who was held liable.
  {
    category: 'measure-verb',
    takes: ['liability'],
    words: words('追究 严肃追究 依规依纪追究 依纪依规追究 依法追究'),
  },
  {
    category: 'measure-object',
    objectClass: 'liability',
    words: words('责任 党纪责任 纪律责任 法律责任 领导责任'),
  },
  {
    category: 'measure-verb',
    takes: ['organ'],
    words: words(`
      成立 组建 设立 下设 调整充实
    `),
  },
  {
    category: 'measure-verb',
    takes: ['meeting'],
    words: words(`
      召开 组织召开 开好 主持召开
    `),
  },
  {
    category: 'measure-verb',
    // a meeting, or a course or contest held like one (举办业务培训班, 举行技能比武)
    takes: ['meeting', 'campaign'],
    words: words(`
      举办 举行
    `),
  },
  {
    category: 'measure-verb',
    takes: ['campaign', 'project', 'meeting'],
    takesNamed: true,
    words: words(`
      开展 组织开展 深入开展 开展好 进行 实施 启动 实行 组织
    `),
  },
  {
    category: 'measure-verb',
    takes: ['project'],
    takesNamed: true,
    words: words(`
      推进 大力推进 建设 打造 创建 深化打造
    `),
  },
  {
    category: 'measure-verb',
    takes: ['field', 'plan'],
    words: words(`
      明确 确定 设定
    `),
  },
  {
    category: 'measure-verb',
    takes: ['institution'],
    takesNamed: true,
    words: words(`
      严格落实 严格执行 严格遵守 认真执行 执行 遵守 对照 严格对照 贯彻执行 检查 督查 抽查
    `),
  },
  {
    category: 'measure-verb',
    takes: ['institution'],
    words: words(`
      认真落实 落实 按照 严格按照 推进落实 依照 依据
    `),
  },
  {
    category: 'measure-verb',
    takes: ['risk'],
    words: words(`
      梳理 排查 清理 查找 查摆 检查
    `),
  },
  {
    category: 'measure-verb',
    takes: ['lead'],
    words: words(`
      办理 处置 核查 查办 移交 优先办理 转交 转办 移送
    `),
  },
  {
    // 纳入整改台账, 列入问题清单: an item tracked from now on
    category: 'measure-verb',
    takes: ['agenda', 'plan'],
    words: words(`
      纳入 列入 计入 列为
    `),
  },
  {
    category: 'measure-verb',
    takes: ['report'],
    words: words(`
      撰写 报送 上报 提交 听取 定期听取
    `),
  },

  {
    category: 'measure-object',
    objectClass: 'institution',
    words: words(`
      制度 机制 长效机制 工作机制 体制机制 责任制 负责制 办法 实施办法 细则 条例 准则 规则
      章程 规程 流程 规章制度 八项规定 制度体系 联动机制 激励机制 约束机制 考核机制 问责机制
      议事规则 工作规则 管理办法 工作规程 基准 裁量基准 标准 规范 工作规范 指引 工作指引 操作指引
      操作规程 负面清单 目录 结算目录 守则 工作守则
      // systems built to keep records or raise alarms (建立个案记录系统, 搭建监管平台)
      信息系统 管理系统 记录系统 纪录系统 预警系统 监控系统 信息平台 管理平台 服务平台 监管平台 数据库
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'plan',
    words: words(`
      方案 实施方案 整改方案 工作方案 工作计划 措施 整改措施 具体措施 举措 清单 任务清单
      责任清单 负面清单 台账 整改台账 问题台账 工作台账 路线图 时间表 任务书 规划 预案
      任务分解表 整改任务清单 档案 工作档案 健康档案 电子档案
      // a plan named by what it plans (培养计划, 清偿计划), not 计划 alone, which also means "intend"
      培养计划 清偿计划 实施计划 行动计划 还款计划 整改计划 学习计划 采购计划 推进计划 改造计划
      // stores and guides kept for others to use (建立听证员库, 编制办事指南)
      专家库 人才库 数据库 案例库 资源库 题库 信息库 听证员库 办事指南 服务指南
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'organ',
    words: words(`
      领导小组 工作小组 专班 工作专班 工作组 督导组 专项小组 工作班子 专门班子 工作机构 办公室
      专门工作班子 督查组 专项工作组 党支部 临时党支部 功能型党支部 党小组 专家组 队伍 维修队伍
      服务队 工作队 整改办 整改办公室 专项办 先锋岗 示范岗
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'meeting',
    words: words(`
      会议 专题会议 专题会 党组会 党委会 党组会议 党委会议 民主生活会 组织生活会 专题民主生活会
      座谈会 动员会 推进会 部署会 调度会 警示教育大会 培训会 讲评会 通报会 现场会 例会
      书记专题会 专题学习会 反馈会 反馈会议 评议会 汇报会 总结会 启动会 动员大会 推进会议
      联席会议 办公会 常委会 扩大会议 交流会 整改动员会 议事会 听证会 协调会 恳谈会 党员大会 说明会
      分析会 研判会 村民代表会议 居民代表会议 评审会 论证会
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'campaign',
    words: words(`
      专项整治 专项行动 专项治理 专项检查 集中整治 自查 自查自纠 自查自改 回头看 督查 督导 巡察
      巡视 抽查 培训 警示教育 教育活动 活动 行动 学习研讨 研讨 谈心谈话 谈话 个别谈话 约谈
      审计 调研 走访 评议 考核 评估 专项审计 巡查 明察暗访 监督检查 集中排查 全面排查 排查 大排查 自查自纠 专项督查
      交叉检查 学习交流 教育培训 集中学习 业务培训 专题培训 系列活动 主题活动 主题教育
      复查 全面复查 评查 专项评查 测评 满意度测评 轮训 全员轮训 联合检查 现场检查 清查 专项清查
      随机抽查 暗访 专项巡查 督导检查 专项审计调查 评比 评选 竞赛 比武 监测 检测 筛查 应急处置
      全面清理 全面核查 清理整顿 全面清查 逐笔核查 宣传推广 宣传报道 招标 公开招标 招聘 公开招聘
      合法性审查 合规审查 公平竞争审查 联合执法 专项执法 执法检查 集中执法 夜查
      // checks made after the work (组织回访, 组织复验, 开展信用评价)
      回访 电话回访 上门回访 复验 竣工验收 整改验收 专项验收 信用评价 核查 专项核查
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'project',
    words: words(`
      工程 项目 示范 标杆 品牌 试点 示范点
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'field',
    words: words(`
      时限 期限 完成时限 整改时限 整改期限 时间节点 责任人 责任单位 责任领导 责任主体 责任部门
      责任科室 责任人员 整改目标 目标任务 阶段目标 任务分工 整改责任 完成时间
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'risk',
    words: words(`
      漏洞 制度漏洞 风险点 廉政风险点 廉政风险 安全隐患 偏差
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'lead',
    words: words(`
      问题线索 线索
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'agenda',
    words: words(`
      重点工作 议事日程 年度考核 绩效考核 目标管理 重要议事日程 年度计划 考核 目标考核 年度目标考核
      述职评议 述职评议考核 考核内容 考核指标 监督重点 巡察重点 审计重点 预算 年度预算 部门预算
      综合考评 年度综合考评 年度考评 考评 整改评价 巡察整改评价 绩效评价
    `),
  },
  {
    category: 'measure-object',
    objectClass: 'report',
    words: words(`
      报告 巡察报告 整改报告 情况报告 自查报告 专题报告 汇报 情况汇报 进展汇报 工作汇报
    `),
  },
  {
    category: 'measure',
    weight: 2,
    words: words(`
      销号 对账销号 销号管理 挂图作战 清单管理 清单化管理 台账管理 清单化 台账化 销号式 亲自 选优配强 配齐配强 配齐
      轮岗交流 交流轮岗 轮岗 离任审计 经济责任审计 责任书 承诺书 优先办理 限时办结 跟踪督办
      挂牌督办
      // a talk with a named person and a schedule worked back from the date: checkable as they stand
      约谈 倒排工期
      // a ledger per item, with its person, duty and time (逐条建账，…定人、定责、定时限)
      建账 逐条建账 定人定责 定责
      // getting back what was paid or taken wrongly: a sum a report can account for
      追缴 清退 追回 收回 退缴 收缴 清退收缴 扣回 全额退还 如数退还 退还 全部退还 退赔 退回 停发 补发
      // an answer in writing to a named body: it is filed or not
      书面报告 书面回复 书面说明
      // dealing with those at fault: a report can say who was dealt with
      严肃处理 从严处理 处分 党纪处分 政务处分 诫勉 诫勉谈话 免职 撤职 立案审查 移送司法机关
      行政处罚 停产整顿 停业整顿 责令停产 予以关闭 予以处理 停产整改 停业整改 停工整改
      从重处理 从重处罚 顶格处罚 依法处罚 严肃查处 从严查处 依法查处 立案查处
      // fines, contracts ended, payments stopped and credit records (处以罚款, 解除服务协议, 记入信用档案)
      ${PENALTIES} 信用档案 信用记录
      // made known to the public, where a report can check it was (向社会公开, 公开曝光典型案例)
      公开曝光 通报曝光 集中公开
      // a channel opened for complaints (a bare 举报电话 is a notice's contact line)
      公布举报电话 设立举报电话 开通举报电话 公布监督电话 设立监督电话 开通监督电话 设立举报箱
      设立意见箱 公布举报信箱 设立举报信箱
      // holding to account those who fail (整改不到位的，镇纪委要跟进问责)
      跟进问责 严肃问责
      // results counted in an evaluation (作为…考核的重要依据, 扣分依据)
      重要依据 扣分依据 考核依据 评价依据
    `),
  },
  {
    category: 'measure',
    words: words(`
      一对一 逐条逐项 逐项 逐条 逐案 逐户 逐村 逐人 逐一 逐台 逐车 逐家 逐笔 逐个 挂钩 直接挂钩
      逐件 逐宗 逐月 逐日 逐周 逐餐 逐批 逐单 逐校
      // a channel named for what is made public (在门户网站公开, 在村务公开栏公示)
      门户网站 公开栏 公示栏 微信公众号
    `),
  },
  {
    category: 'measure',
    // a target set in numbers (…落实率达到100%, 控制在35微克以内): with its number, checkable
    words: joined(
      TARGET_WORDS,
      words(`
      督促 定期 认领 领办 职责分工 工作分工 分工负责 专人 专班 靠前指挥 监督管理 日常监督 个别谈话 调阅
      // opening the rectification to scrutiny
      接受社会监督 接受群众监督 主动接受监督 接受监督
      抽查核实 受理 分解交办 督办 通报 公示 公开 常态化 全覆盖 审核把关 考核 问责 追责
      追责问责 报告 汇总 宣传 评比 监测 检测
      延长到 延长至 不多于 不晚于 减少 压减 不得低于 不得少于 不得超过 不得高于
      // works to build or repair: a report can count them
      新建 建成 改建 扩建 改造 安装 配备 增设 购置 更换 维修 修缮 铺设 加装
      // a defect put right, a permit made good, a use stopped until it is (修复接闪带, 补办验收手续)
      修复 补办 补设 补装 暂停使用 停止使用 恢复使用
      // a rule without exception, and dealing with those at fault
      一律 催收 依法催收 公开招租 曝光 公开曝光
      // activities that are measures even without a verb
      警示教育 专项整治 专项行动 专项治理 自查 自查自纠 排查 回头看 督查 培训 约谈 审计
      全面清查 全面清理 全面排查 全面核查 全面复查 集中排查 清理整顿 专项核查
      学习研讨 谈心谈话 明察暗访 招标 招聘 党课 专题党课 结对帮扶 建章立制
      // looking back over cases already closed (逐件倒查, 倒查相关人员责任)
      倒查
      // checks, sanctions and services a report can count (入户核实, 回访, 一窗受理)
      复核 公布 张榜公示 包联 包保 述职 回访 盘点 建档立卡 验收 移送 立案 函询 撤换 上线
      关停 取缔 补缴 补正 跟踪问效 逐户核实 入户核实 预警 集中采购
      政府采购 听证 接待日 轮班 值守 延时服务 一窗受理 一网通办 容缺受理 首问负责
      责任追究 没收 吊销 家访 蹲点 暗查暗访
      // a case handed up to the body that decides it (提请县纪委监委问责, 提请县政府关闭)
      提请
      // a contract let again in the open, the public consulted or told at home, payment made traceable
      公开发包 竞价发包 重新发包 公开竞价 终止合同 终止原合同 征求居民意见 征求群众意见
      征求村民意见 上门告知 入户告知 书面告知 非现金结算 银行转账
    `),
    ),
  },
  {
    category: 'measure',
    weight: 0.5,
    words: words(`
      一岗双责 第一议题 三会一课 三重一大 依规依纪 依纪依规 依法依规 依纪依法
    `),
  },
  {
    category: 'deadline',
    weight: 2,
    words: words(`
      限时 限期 月底前 年底前 月底 年底 月末 月中旬前 月上旬前 月下旬前 时间节点 个月内 日内 天内
      周内 工作日内 最短时间内 第一时间 按期 按时完成 限时完成 限期整改 限期完成 前完成 之前完成
      以前完成 底前 年内完成 立即整改 小时内 年内 时限内 规定时间内 规定期限内 天之内 日之内
      周之内 个月之内
      // 今年 is a time word of its own: the limit needs the whole phrase
      今年内 本年内 今年年内 今年年底前
      // a quarter as the limit (2026年一季度内, 三季度末前), not as a frequency (每季度末)
      季度内 季度前 季度末前 季度底前 季度之前
    `),
  },
  {
    category: 'deadline',
    weight: 2,
    // A plan set for a time (将于2026年春季学期, 拟于10月, 计划于一季度): 于 after 将 names when.
    words: words('将于 拟于 计划于 预计于'),
  },
  {
    category: 'deadline',
    weight: 2,
    afterNumber: true,
    // 日前 alone is "recently"; after a date it is a time limit.
    words: words('日前 号前 日之前 日以前 月前 月以前 月之前'),
  },
  {
    category: 'deadline',
    weight: 2,
    afterNumber: true,
    dateRange: true,
    words: words('日至 日— 日-'),
  },
  {
    category: 'deadline',
    weight: 2,
    afterNumber: true,
    startDate: true,
    // The date a new rule starts from (自12月1日起实行, 从2026年1月起改为) sets its time as a limit does.
    words: words('月起 日起'),
  },
  // …but a period from one date to another (公示自11月27日起至12月3日止) is no limit.
  { category: 'block', words: words('日起至 日起，至 月起至 月起，至') },
  {
    category: 'triage',
    weight: 2,
    words: words(`
      立即解决的 能够立即解决的 能立即解决的 马上能改的 当下改的 能够当下改的 立行立改的
      需要一定时间解决的 一时难以解决的 短期内解决不了的 短期内难以解决的 需要长期坚持的 长期坚持的
      需要长期解决的 能够马上解决的 立即整改的 能马上改的 马上改的 能立即改的 能马上解决的 能马上整改的
    `),
  },
  {
    category: 'measure',
    weight: 1,
    words: words(`
      立行立改 立查立改 即知即改 马上就办 边查边改 限期整改 持续整改
    `),
  },
  { category: 'measure', weight: 0.5, words: words('长期坚持 常抓不懈') },
  // A frequency makes a measure checkable: 每季度开展一次….
  {
    category: 'measure',
    words: words('每月 每季度 每半年 每年 每周 每学期 每个月 每个季度 每半月 每两周 每日 每天 定期'),
  },
  // …and so does the count of times (每半年至少专题研究一次, 每月通报一次).
  { category: 'measure', words: words('一次') },
  { category: 'block', words: words('第一次 再一次 又一次 一次次 一次性') },
  // 以后 after a date or an act (2019年以后, 听了以后) says when, not from now on
  { category: 'block', words: words('年以后 月以后 日以后 号以后 了以后 以后的') },
  // the stay as a time of the plan (进驻后3个工作日内, 进驻时间定在3月10日), not its background
  { category: 'block', words: words('进驻后 进驻前 进驻时间 进驻期间') },
  // 统一 before 定 (统一定在3月10日), not the resolve 一定
  { category: 'block', words: words('统一定') },
  // clean conduct declared (不收受礼品礼金, 从不收受): no misconduct
  { category: 'block', words: words('不收受 从不收受 从未收受 没有收受 未收受') },
  {
    // The opening of a plan or report, not a measure of it.
    category: 'procedural',
    words: words(
      '制定本方案 特制定本方案 制定如下方案 制定本实施方案 现将有关情况 现予印发 现印发给你们 现将清单印发',
    ),
  },
  {
    category: 'owner',
    words: words(`
      牵头 牵头部门 牵头单位 牵头领导 第一责任人 主要负责同志 主要负责人 分管领导 班子成员
      党组书记 党委书记 书记 组长 任组长 担任组长 负总责 直接责任人 一把手 主体责任 牵头负责 牵头抓总
      责任主体 负直接责任 直接责任 负第一责任 具体责任人 第一责任
      // taking the blame (这些问题，责任在党组；板子要打在我身上)
      责任在 根子在 板子 负有主要责任 负主要责任
    `),
  },

  // ——— Attitude and pledges ———
  {
    category: 'acceptance',
    words: words(`
      照单全收 诚恳接受 完全认同 全盘接受 虚心接受 坚决拥护 坚决整改 完全赞同 诚恳认领 全部认领
      照单全收、立行立改
      // taking the findings without reserve (没有任何保留，全部认账), not a shortcoming of 没有
      没有任何保留 毫无保留 全部认账 全盘认账 照单认领 全盘认领
    `),
  },
  {
    category: 'attitude',
    opensImperative: true,
    words: words(`
      提高政治站位 提高站位 政治站位 高度重视 责任担当 政治担当 政治自觉 思想自觉 行动自觉 扛起
      扛牢 扛起来 压实 落到实处 以身作则 下功夫 狠下功夫 钉钉子 抓落实 抓整改 抓好 做好 落实好
      抓实 抓细 抓牢 抓紧 持之以恒 久久为功 真抓实干 以上率下 带头 全力以赴 增强 强化 加强
      提高 提升 树立 牢固树立 坚持 深化 夯实 发挥 学习贯彻 贯彻落实 贯彻 担负起 负起 履行
      履行好 统一到 把握 坚定 维护 践行 守牢 筑牢 推动 促进 确保 保持 弘扬 锤炼 激励 引导
      营造 凝聚 聚焦 突出 注重 统筹 把好 用好 管好 带好 守护 划定 支持 指导 反思 探索 吸取
      算好 克服 严明 严肃 坚守 珍惜 打造 紧跟 结合 紧密联系 瞄准 传递 唤醒 发扬 承担 担当
      紧扣 对标 看齐 推进 加大 扎紧 严格 转化 运用 拓展 借鉴 监督 学会 肩扛 深挖 坚守
      强基固本 正风肃纪 形成合力 齐抓共管 压紧压实 找准 巩固 严守 优化 改善 提档升级
      // owning the work in person, with no act named (亲自抓、负总责, 亲自过问、靠前指挥)
      亲自抓 亲自过问 靠前指挥
      // resolve in a speech's points (在思想上真正重视起来, 在执法问题上动真碰硬)
      重视起来 动真碰硬 较真碰硬 动真格
    `),
  },
  {
    // A shortcoming disowned (不走过场, 不打折扣) and the slogans of resolve: attitude, not findings.
    category: 'attitude',
    words: words(`
      不走过场 不打折扣 不搞变通 不做选择 不讲条件 不回避 不推脱 不推诿 不遮掩 不护短 不松劲
      不收兵 没有完成时 只有进行时 永远在路上
      // a gap to close, named by the resolve to close it (堵塞漏洞, 补齐短板)
      堵漏洞 堵塞漏洞 补漏洞 弥补漏洞 补短板 补齐短板 强弱项 补齐弱项 补齐短板弱项 填补空白
      // an item that names a field of effort (一是抓学习。)
      抓
    `),
  },
  {
    category: 'manner',
    words: words(`
      进一步 切实 持续 深入 全面 认真 严格 着力 大力 积极 扎实 不断 始终 一以贯之 继续 主动
      及时 加快 稳妥 科学 精准 深刻 牢牢 牢固 自觉 努力 真正 逐步 尽快 立即 迅速 重点 层层
      一项一项 一条一条 坚决 全力 务实 精心 准确 从严 从严从实 从紧从实 高质量 常态化 有序
      集中 亲自 一体 多渠道 同时 更加 共同 切切实实 扎扎实实 认认真真 全方位 统筹 举一反三
      马上 立刻 即刻
    `),
  },

  // ——— Statements that are none of the above ———
  {
    category: 'praise',
    words: words(`
      成绩 成效明显 成效显著 明显成效 显著成效 一致好评 好评 充分肯定 客观公正 切中要害 一针见血
      精准深刻 中肯 严肃中肯 不断提高 明显提升 大幅提升 稳步提升 持续向好 向善向好 良好 圆满完成
      顺利完成 获得感 针对性 指导性 取得了 下降态势 好转 提升明显 实现了 实事求是
    `),
  },
  {
    category: 'definition',
    words: words(`
      重要举措 重要手段 重要抓手 重要保障 重要职责 有力支撑 有力举措 根本保证 重要形式 具体行动
      重要实践 必然要求 的需要 集中体现 系统工程 生动实践 具体化 政治体检 全面检阅 战略安排
      制度性安排 来源于 事关 关乎 根本目的 是基础 才是 前提和基础 前提 根本前提 重要前提
      必由之路 题中应有之义
    `),
  },
  {
    category: 'copula',
    words: words(`
      是 就是 也是 更是 既是 正是 都是 乃是
    `),
  },
  // The inspection itself, told as background (县委第三巡察组对…开展了常规巡察): the
  // inspectors' work, not a measure the unit has carried out.
  {
    category: 'procedural',
    words: words(`
      开展了常规巡察 开展了常规巡视 进行了常规巡察 进行了常规巡视 开展了专项巡察 开展了专项巡视
      进行了专项巡察 进行了专项巡视 开展了提级巡察 进行了提级巡察
    `),
  },
  // Closing lines of a public notice: an invitation, not a pledge.
  {
    category: 'procedural',
    words: words(`
      欢迎 监督电话 联系电话 举报电话 电子邮箱
      // a contact person named (联系人：某某某), not a role in a measure (培养联系人每季度…)
      联系人：
      // courtesies of a report, a speech or a contact line (请予审议, 请同志们批评帮助, 来信请寄)
      请予审议 请予审阅 请予批准 请同志们 请大家 请寄 请致电 请来电 请来函 请发送 请通过以下
      请联系 请收好 请保留 先请 下面请
      // a report put to a congress (请审议), a hotline offered, a comment box's rules, thanks to a reader
      请审议 请拨打 可拨打 请文明发言 感谢您 谢谢您 如有出入
      // a report's closing courtesy, a page's search box, a notice's contact and disclosure lines
      请批评指正 批评指正 请输入关键词 请输入关键字 举报热线 监督举报： 通讯地址 邮政编码 邮编 公开方式
      // the period a notice stands (公示期为7月28日至8月6日), not a time limit
      公示期为 公示时间为 公示期限为 公示日期为 公示期间 公示期： 公示时间： 公示日期：
    `),
  },
  {
    category: 'procedural',
    words: words(`
      下面，我 下面我 讲几点意见 讲三点意见 讲两点意见 几点意见 提几点要求 作如下 谈几点 表态发言
      出席会议 列席会议 参加会议 谢谢大家 会议的主要任务 主持会议 作了讲话 我讲三点 我主要讲
      // who chaired and who sat in (约谈由…主持，…列席。): the meeting's procedure
      主持， 主持。 列席， 列席。
      讲几点 提几点 作表态发言 发言如下 汇报如下 报告如下 通报如下 现将 特此通报 再提几点要求
      // a lead-in announcing the list after it (下一步，我局将重点做好以下工作：)
      以下工作 以下几项工作 如下要求 以下要求
      // an invitation or a notice of rights, not a measure (如有意见建议，可通过…反映; 申请行政复议)
      如有意见 如有异议 申请行政复议 提起行政诉讼
    `),
  },
  {
    category: 'quotation',
    words: words(`
      总书记强调 总书记指出 总书记提出 总书记要求 总书记说 古人云 古语云 俗话说 常言道 古人说
      正如 有句话 总书记深刻指出 总书记曾指出 总书记反复强调
    `),
  },
  {
    category: 'situation',
    words: words(`
      时间紧 任务重 责任重大 大有可为 任重道远 意义重大 涉及内容多
    `),
  },
  {
    category: 'conjunction',
    words: words(`
      但 但是 然而 可是 不过 但也 但从 无论 不管 虽然 尽管 因此 所以 此外 另外 另一方面
      一方面 为此 对此
    `),
  },
  {
    category: 'subject',
    words: words(`
      我们 我 大家 各级 全体 我局 我委 我校
    `),
  },
];

/** Page furniture, found by the same scan as the cues (see furniture.ts). */
export const FURNITURE_GROUPS: readonly CueGroup[] = [
  {
    category: 'block',
    furniture: 'chrome',
    words: joined(
      words(`
      当前位置 您的位置 所在位置 现在的位置 站内搜索 全站搜索 全文检索 高级搜索 搜索： 搜索:
      版权所有 版权声明 免责声明 网站声明 Copyright COPYRIGHT copyright © ICP备 ICP证 公网安备
      网站标识码 网站地图 联系我们 关于我们 设为首页 加入收藏 收藏本文 下载本文 打印本页 打印此页 关闭窗口
      【打印】 【关闭】 打印关闭 打印】【关闭 字体：大 字号：大 字体大 字号大 【字体 分享到 上一篇 下一篇
      上一条 下一条 相关文章 相关阅读 相关新闻 相关链接 推荐阅读 热点推荐 推荐栏目 猜你喜欢 热门文章
      最新文章 责任编辑 本文标题 本文链接 原文链接 链接地址 浏览次数 阅读次数 点击数 访问量 返回顶部
      返回首页 您的权益
    `),
      ['All Rights Reserved', 'All rights reserved', 'all rights reserved'],
    ),
  },
  // Only on a very short line: 转载 may stand in an article.
  {
    category: 'block',
    furniture: 'short',
    words: words('著作权 侵权 转载 投稿 扫一扫 二维码 关注该公众号 关注本公众号 点击关注 长按识别'),
  },
  // Breadcrumbs (首页 > 新闻) and menus (首页 | 概况) are told by their separators.
  { category: 'block', furniture: 'separator', words: ['>', '»', '›', '＞', '|', '｜'] },
  {
    category: 'block',
    furniture: 'byline',
    words: words(
      '发布时间 发布日期 发布机构 信息来源 来源： 作者： 编辑： 审核： 识别码 时间： 公开日期 公开单位 公示日期 公示单位',
    ),
  },
];

/** Classifier weights and thresholds (see classify.ts for how they combine). */
export const THRESHOLDS = {
  /** Shortcoming evidence a statement needs to be a problem. */
  problem: 1,
  /** Shortcoming evidence that stays a problem even in a report of work done. */
  strongProblem: 2,
  /** Measure evidence a directive needs to be a commitment rather than a pledge. */
  commitment: 2,
  /** Weight of a measure verb together with an object it takes. */
  pairWeight: 2,
  /** Weight of a named measure: a verb with a quoted name (打造“…”, 对照《…》). */
  namedWeight: 2,
  /** How far (in characters) an object may follow its verb, within one clause. */
  pairGap: 30,
  /** How far a quoted name may follow its verb. */
  namedGap: 8,
  /** How far into a clause its subject may reach before a directive (党组班子成员要…). */
  subjectSpan: 14,
  /** Longest statement that can be a lead-in (例如，在肯定成绩的同时) absorbed by the next one. */
  leadInMax: 24,
} as const;

/**
 * Heading words that open a section of problems: the neutral statements
 * under it are problems until the next heading of the same or a higher level.
 */
export const PROBLEM_HEADINGS = [
  '存在问题',
  '存在的问题',
  '主要问题',
  '存在的不足',
  '存在不足',
  '问题清单',
  '问题表现',
  '不足之处',
  '发现的问题',
  '共性问题',
  '存在的主要问题',
  '存在的突出问题',
  '问题和不足',
  '差距和不足',
  '短板和不足',
  '困难和问题',
  // what a check or a self-examination turned up (检查发现的突出问题, 自查查摆出的问题)
  '发现的突出问题',
  '发现的主要问题',
  '查摆出的问题',
  '查摆的问题',
  '排查出的问题',
  '检视出的问题',
  '查出的问题',
  // hazards a safety check turned up (二、发现的主要隐患)
  '发现的隐患',
  '主要隐患',
  '存在的隐患',
  '查出的隐患',
  '隐患清单',
  // what a review says needs improving (尚需改善之处, 需要改进的地方)
  '需改善之处',
  '需改进之处',
  '需要改进的地方',
  '需要改善的地方',
];

/** Heading words that open a section of plans: bare measures under them are commitments. */
export const PLAN_HEADINGS = [
  '下一步',
  '下步',
  '工作打算',
  '下步打算',
  '工作计划',
  '努力方向',
  '下阶段',
  '今后',
  // what is promised lies ahead (二、整改承诺事项)
  '承诺事项',
  '整改承诺',
  // 三、我们的承诺, 郑重承诺
  '的承诺',
  '郑重承诺',
  // what comes after the report (三、后续整改安排)
  '后续整改',
  '后续工作',
  '后续安排',
];

/**
 * Heading words that name measures without saying when: they open a section
 * of plans only where no enclosing section says otherwise (a 整改措施 heading
 * inside a report of work done is about work done).
 */
export const MEASURE_HEADINGS = [
  '工作安排',
  '整改措施',
  '整改举措',
  '工作措施',
  '意见建议',
  '整改意见',
  '工作要求',
  '工作目标',
  '重点任务',
  '主要任务',
  '工作任务',
  '整改方向',
  '保障措施',
  '工作步骤',
  '方法步骤',
  '实施步骤',
  '时间安排',
  '进度安排',
  '检查内容',
  '检查重点',
  '督查内容',
  '督查重点',
  '督办要求',
  '督办事项',
  '整改要求',
  '整改建议',
  '监察建议',
  '审计建议',
  '整改清单',
  '措施清单',
  // what a review proposes (四、改善对策, 改进建议)
  '改善对策',
  '改进对策',
  '改善建议',
  '改进建议',
];

/** Labels that open a paragraph of measures (整改措施：1.…2.…): its items are commitments. */
export const MEASURE_LABELS = words(
  '整改措施 主要措施 具体措施 工作措施 措施 整改举措 主要举措 工作举措 整改要求 怎么改 下一步措施 整改目标 承诺内容 承诺事项',
);
/**
 * Prepositions that open a clause naming a target (对尚未完成整改的问题，实行…): read
 * like a reference verb, its shortcomings are asserted only where no problem noun
 * names them as the target. A cue word starting with one (对照, 对标) is a word of its own.
 */
export const TARGET_PREPOSITION = '对';

/**
 * Owner words that hand out a task (由分管领导牵头，…): with a measure, a plan. Other owner
 * words (书记, 主体责任) also name people and duties in problems and reports.
 */
export const ASSIGNMENT_WORDS = words('牵头 牵头负责 负总责 牵头抓总 任组长 担任组长');

/**
 * Owner words that name a duty rather than a title (局党组书记是第一责任人，…负直接责任): a
 * statement of who answers for the rectification pledges it, though it names no measure.
 */
/**
 * Words of dealing with those at fault: after a target described in a clause of its own
 * (对弄虚作假的，…), they set a rule for what is yet to happen.
 */
export const SANCTION_WORDS = words(
  '问责 追责 追责问责 严肃问责 跟进问责 严肃处理 从严处理 处分 党纪处分 政务处分 诫勉 诫勉谈话 移送 移交 责任追究 严肃追究 立案审查 免职 撤职 约谈 从重处理 从重处罚 顶格处罚 依法处罚 严肃查处 从严查处 依法查处 立案查处 行政处罚 追究 依法追究 倒查 ' +
    PENALTIES,
);

/**
 * Words of a period that, with a count after them (每半年开展一次, 每月至少2次), set a standing
 * rule: a measure said that way is to be kept, not reported done, unless the words say so.
 */
export const FREQUENCY_WORDS = words(
  '每月 每季度 每半年 每年 每周 每学期 每个月 每个季度 每半月 每两周 每日 每天',
);

/**
 * A blanket rule (超出预算的一律不予报销): what falls under it is always dealt with one way, a rule
 * to be kept, not a report of something done, unless the words say so.
 */
export const BLANKET_WORDS = words('一律');

export const DUTY_WORDS = words(
  '第一责任人 直接责任人 责任主体 负总责 负直接责任 直接责任 负第一责任 具体责任人 第一责任 责任在 根子在 板子 负有主要责任 负主要责任',
);

/** Labels that open a paragraph of work done (整改情况：…, 整改成效：…): its bare measures are progress. */
export const PROGRESS_LABELS = words(
  '整改情况 整改成效 整改进展 完成情况 进展情况 落实情况 整改结果 办理情况 处理情况 处理结果 办理结果 回访情况 目前进展 当前进展 办理进度 处分 处罚 处罚结果 处罚决定 处理和整改情况 处理整改情况 责任人被处理情况',
);

/** Labels that open a paragraph of causes (未完成原因：…): it explains, and finds nothing new. */
export const CAUSE_LABELS = words(
  '未完成原因 原因分析 主要原因 原因剖析 存在原因 问题原因 原因 滞后原因 未完成的原因',
);

/** Labels that open a paragraph of problems (主要表现：…): its items are problems. */
export const PROBLEM_LABELS = words(`
  主要表现 具体表现 问题表现 表现 存在问题 主要问题 问题描述 问题 巡察发现 巡视发现 督查发现 检查发现
  巡察指出 巡视指出 督察指出 审计指出 检查指出 反馈指出
  审计发现 督察发现 发现问题 反馈问题 巡察发现问题 巡视发现问题 督查发现问题 检查发现问题 审计发现问题
  督察发现问题 反映问题 群众反映 诉求内容 反映内容 投诉内容 举报内容 检视问题 查摆问题 问题查摆
  群众诉求 违规事实 违法事实 主要违法事实 违法行为 违规行为
  交办问题基本情况 问题基本情况 交办问题
`);

/**
 * Labels of an aside: a picture's caption (照片说明：图1 …) shows what the text says, a citation
 * (违反法条：…第24条) names the rule broken; neither adds a finding.
 */
export const ASIDE_LABELS = words(
  '照片说明 图片说明 图注 违反法条 违反条款 违反条文 违法条款 处罚依据 法律依据',
);

/**
 * Lines that give a field of the measures above them in a plan (责任单位：办公室,
 * 完成时限：6月底前): group 1 is the field, group 2 its value.
 */
export const FIELD_LINE =
  /^((?:责任|牵头|配合|协同|协办|主责|包案|包联)(?:单位|部门|科室|股室|处室|部室|领导|人)|[\u4e00-\u9fff]{0,3}(?:时限|期限)|完成时间|(?:时间|完成)节点)[：:]\s*(.+?)[。；]?$/;

/**
 * The name of a field after another on the same line (牵头股室：基层卫生股 完成时限：2025年12月底,
 * whose space the normalised text drops between Chinese characters).
 */
export const NEXT_FIELD =
  /[\s；;，,]*(?=(?:(?:责任|牵头|配合|协同|协办|主责|包案|包联)(?:单位|部门|科室|股室|处室|部室|领导|人)|(?:完成|整改|办结)(?:时限|期限)|(?<![成改结])(?:时限|期限)|完成时间|(?:时间|完成)节点)[：:])/g;

/** Heading (or title) words that open a report of work done: bare measures under them are progress. */
export const PROGRESS_HEADINGS = [
  '进展情况',
  '落实情况',
  '开展情况',
  '完成情况',
  '整改情况',
  '推进情况',
  '工作成效',
  '主要做法',
  '工作总结',
  '取得的成效',
  '主要成效',
  '组织领导情况',
  '整治情况',
  '自查情况',
  // 关于巡察整改阶段性进展的通报
  '阶段性进展',
];
