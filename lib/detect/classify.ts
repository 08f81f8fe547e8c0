/**
 * The classifier: what kind of statement the evidence (evidence.ts) makes.
 *
 * The model, in short. Every statement is read for four things: does it
 * assert a shortcoming (negative evaluations such as 不到位, 缺乏, 有待, 差距,
 * not counted when they only name the object of a measure, 解决…问题, or
 * stand in a question or a hypothesis); does it direct or plan (要, 必须,
 * 将, 坚决, an imperative verb first, a triage of problems); does it report
 * something done (了, 已, 先后 before any directive); and how much checkable
 * measure it names (a measure verb with an object it takes, 建立…台账,
 * 召开…专题会议; a deadline; an owner acting in person, 亲自; a named
 * project). Then, in order:
 *
 * 1. quotations of leaders, speech procedure and rhetorical questions are
 *    none;
 * 2. an asserted shortcoming without a directive — or one the speaker says
 *    must be *seen* (我们也要清醒地看到，…存在…) — is a problem;
 * 3. a completed action is progress when it names a measure, else none;
 * 4. a directive is a commitment when its measure evidence reaches the
 *    threshold, else a pledge; an imperative that is really a definition
 *    (开展巡察工作，是…的重要举措) or praise is none;
 * 5. without a directive, praise, definitions and situations are none, but
 *    a statement of who answers for the rectification (…是第一责任人) is a
 *    pledge; the section decides the rest: under a 存在问题 heading a
 *    statement without other evidence, or a fact told, is a problem, under
 *    下一步 a measure is a commitment, under 进展情况 a measure is progress,
 *    and under 原因剖析 a shortcoming explains and is no finding.
 *
 * Weights and thresholds are in lexicon.ts (`THRESHOLDS`).
 */
import type { FindingKind } from './types';
import type { Evidence } from './evidence';
import { THRESHOLDS } from './lexicon';

/** What a section heading (or the document title) says its statements are. */
export type SectionKind = 'problem' | 'plan' | 'progress' | 'causes' | null;

/** A statement's kind, or `none`; `complete` says a `none` statement stands on its own. */
export interface Verdict {
  kind: FindingKind | 'none';
  /**
   * For `none`: the statement has a predicate of its own (praise, a
   * definition, a past event, a question…). An incomplete one is a lead-in
   * (例如，在肯定成绩的同时) and joins the statement after it.
   */
  complete: boolean;
  /**
   * For `none`: the statement tells a fact and names no measure: what happened (群众先后4次来电),
   * or what is (同一项数据要分别报给3个站所). Under a heading of problems, that is how a problem is told.
   */
  told?: boolean;
}

/** What is known about a statement besides its cues. */
export interface StatementContext {
  /** The statement opens with an imperative verb (加强…, 开展…). */
  imperative: boolean;
  /** The section it stands in. */
  section: SectionKind;
  /** It ends with ？. */
  question: boolean;
  /** It opens with its directive (要深入思考…？), not merely contains one. */
  opensWithDirective: boolean;
  /**
   * It names a measure and a target a report can check (配齐不少于3名…, 制定《…》):
   * together they count as a commitment's measure.
   */
  checkable: boolean;
  /** It stands under a label of measures (整改措施：, 措施：). */
  measureLabel: boolean;
  /** It stands under a label of results (整改情况：, 整改成效：). */
  resultLabel: boolean;
  /** It is the heading of a list item (（三）严肃追责问责。). */
  itemHeading: boolean;
  /** As a list item's heading, it names a check (（三）强化督导检查。). */
  namesCheck: boolean;
  /** It opens with whom a criticism is about (有的单位…, 个别干部…). */
  opensWithSome: boolean;
  /** It opens by giving the causes of the problems told before (究其原因，…; 这些问题的产生，根子在于…). */
  givesCauses: boolean;
  /** It only ties the rectification to other work (把整改与…结合起来): the work it names is not a new measure. */
  joinsUp: boolean;
  /** Its predicate is a shortcoming (克扣、拖延退还押金问题突出。): it asserts the problem, whatever it names. */
  endsWithShortcoming: boolean;
}

const NONE: Verdict = { kind: 'none', complete: true };
const LEAD_IN: Verdict = { kind: 'none', complete: false };
const TOLD: Verdict = { kind: 'none', complete: true, told: true };
/** One shared verdict per kind: classification allocates nothing. */
const VERDICTS: Record<FindingKind, Verdict> = {
  problem: { kind: 'problem', complete: true },
  commitment: { kind: 'commitment', complete: true },
  pledge: { kind: 'pledge', complete: true },
  progress: { kind: 'progress', complete: true },
};

export function verdict(kind: FindingKind): Verdict {
  return VERDICTS[kind];
}

/** The kind of one statement; see the module comment. */
export function classifyStatement(ev: Evidence, ctx: StatementContext): Verdict {
  // Procedure (下面我讲三点意见, 联系电话) is none, but not under a label of measures
  // (整改要求：…公布值班表和监督电话).
  if (ev.quotation || (ev.procedural && !ctx.measureLabel)) return NONE;
  // A question is rhetorical unless it is itself a directive (要深入思考，弄清楚…是什么？).
  if (ctx.question && !ctx.opensWithDirective) return NONE;
  const directs = ev.directive || ev.acceptance || ev.triage || ev.check || ev.sanctionRule;

  const problem = ev.problem >= THRESHOLDS.problem;
  // In a report, a shortcoming found and dealt with (对…流于形式的单位责令重新开展, 追回违规
  //发放资金) is work done: a past measure, or a measure under a heading of work done.
  // Likewise in a plan, a measure aimed at a shortcoming (对4个薄弱村逐村制定增收方案，…年底前…)
  // is a measure to take when it has a time limit or stands under a label of measures
  // (措施：…补齐缺失材料); a heading that names the shortcoming (落实…责任制不到位) has neither.
  const planned = ctx.section === 'plan' && (ev.deadline || ctx.measureLabel);
  // Under a heading of problems, what is found wanting is the problem, whatever was done or
  // needs doing around it (一些台账重复填报，同一数据要报给3个站所; 抽查了40个已销号问题，其中6个…).
  const listed = ctx.section === 'problem';
  // Under a label of measures, the label says what the statement is.
  // Some who did a measure wrongly (有的单位把出台制度当作整改完成) are criticised, not reported on.
  const criticised = ctx.opensWithSome && ev.problem >= THRESHOLDS.problem;
  const dealtWith =
    !listed &&
    !criticised &&
    !ctx.endsWithShortcoming &&
    (((ev.completed || ctx.section === 'progress' || planned) && ev.measure >= THRESHOLDS.commitment) ||
      ctx.measureLabel) &&
    ev.problem < THRESHOLDS.strongProblem;
  if (problem && (!directs || ev.seenProblem || (listed && !ctx.opensWithDirective)) && !dealtWith)
    // Under 原因剖析, or after 究其原因, the shortcomings explain the problems told before: no items of their own.
    return ctx.section === 'causes' || ctx.givesCauses ? NONE : verdict('problem');

  if (ev.completed) return ev.measure >= 1 ? verdict('progress') : TOLD;
  // Time past before any obligation (连续多年来，我们…将会议开到…): a report, 将 being 把.
  // In a plan, time past is the scope of a measure (对2022年以来的票据进行全面清理), and so it
  // is beside a time limit, which looks ahead (年底前对2024年以来的9项事项逐一复核).
  if (ev.past && !ev.obligation && !ev.deadline && ctx.section !== 'plan') {
    // Under a heading of problems, time past dates the fact found (公开栏上一次更新还是去年11月).
    if (listed) return TOLD;
    if (ev.measure >= 1) return verdict('progress');
    // 近年来，… alone is a lead-in; with a predicate it is a report.
    return ev.attitude > 0 || ev.praise || ev.copula || ev.innerCopula ? NONE : LEAD_IN;
  }

  // In a report of work done, a time limit not yet reported met looks ahead (9月底前重新组织一次自查);
  // under a label of results, a start without its year (整改成效：10月起，午餐荤菜由2个增加到3个)
  // dates work done, where one with it (自2026年1月1日起，…一律…) sets a rule to come.
  const ahead = ev.deadline && !ev.completed && !(ctx.resultLabel && ev.startDateOnly);
  // A list item's heading is a measure's name, and one activity word is enough (（一）全面自查。).
  const namesMeasure = ctx.itemHeading && ctx.imperative && (ev.measure >= 1 || ctx.namesCheck);
  const commitment = ev.measure >= THRESHOLDS.commitment || ctx.checkable || namesMeasure;
  if (directs || ev.resolve || ctx.imperative) {
    if (!directs) {
      // An imperative verb or an adverb of resolve alone: a definition, praise or report reads the same way.
      // …but 坚持实事求是 keeps to a virtue, which is a pledge.
      const praises = ev.praise && !(ctx.imperative && ev.attitude >= 1);
      if (ev.copula || ev.definition || praises || ev.situation) return NONE;
      if (ctx.section === 'progress' && !ahead) return ev.measure >= 1 ? verdict('progress') : NONE;
    }
    // Under a label of measures, an order is a measure unless it only voices an attitude.
    const labelled = ctx.measureLabel && (ev.measure > 0 || ev.attitude < 1);
    // 把巡察整改与正在开展的…活动结合起来: the activity named is already under way.
    if (ctx.joinsUp && !ev.deadline && !labelled) return verdict('pledge');
    if (commitment || labelled || ev.sanctionRule) return verdict('commitment');
    // Under a heading of problems, 要 or 需要 inside a sentence (数据要分别报给3个站所,
    // 群众办事需要请假往返) tells a fact.
    if (listed && !ctx.opensWithDirective && ev.attitude < 1) return TOLD;
    // Advice (建议早点出发) that names no measure pledges nothing; a recommendation that names
    // one (建议…进行专项督办) is what the body advised is asked to do.
    if (ev.adviceOnly) return ev.measure >= 1 ? verdict('commitment') : ev.resolve ? verdict('pledge') : NONE;
    return verdict('pledge');
  }

  // 局党组书记是第一责任人，班子成员负直接责任: who answers for the rectification, a pledge.
  const duty = ev.duty && !ev.praise && !ev.past;
  // Under a heading of problems, what a thing is told to be (鱼塘是本“糊涂账”) is the finding.
  if (listed && (ev.copula || ev.innerCopula) && !ev.praise && !ev.definition) return TOLD;
  if (ev.praise || ev.definition || ev.copula || ev.innerCopula || ev.situation)
    return duty ? verdict('pledge') : NONE;
  if (ctx.section === 'plan') {
    if (commitment) return verdict('commitment');
    if (ev.attitude >= 1) return verdict('pledge');
  }
  if (ctx.section === 'progress' && ev.measure >= 1 && !ahead) return verdict('progress');
  // 本轮巡察主要采取…方式进行: a measure set in time ahead is a plan, and so is one with a
  // time limit (于9月15日前形成书面报告); so is one the speaker takes on himself (我作为党组书记，
  // 对整改工作亲自部署…) or hands to someone (由分管领导牵头，…).
  // So is a measure kept at a frequency (派驻纪检组每半年开展一次财务抽查): a standing rule,
  // but not one a shortcoming or a heading of problems says was not kept.
  const rule = (ev.frequency || ev.blanket) && ev.problem === 0 && !listed;
  if ((ev.timeAhead || ev.deadline || ev.firstPerson || ev.assigned || rule) && commitment)
    return verdict('commitment');
  if (duty) return verdict('pledge');
  if (ev.question) return NONE;
  return LEAD_IN;
}
