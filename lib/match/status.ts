/**
 * Decides reappears / partial / missing from the scored report units.
 *
 * A measure that reappears is reported as done or under way in the body of
 * the report. It is `partial` when the best evidence only plans it (下一步,
 * 将, 拟, 定于…召开, or any sentence of a 下一步工作 section), admits it is unfinished
 * (尚未, 尚待, 目前正在, 还在, 还没有跟上, 推迟, 拖到…才, 要到…才, 待提交, 留待, 只完成, 仅…, 其余…将,
 * 其余…年底前, 申请列入, 至今未, 约七成, 约占, 一半, 调整到…年, 还剩, a 送审稿, 没有按时报送,
 * 11月因…未单独报告, 剩余部分正在…, 剩余工程…计划, 剩下的…要等, 还差, 未单独开展, 正在追缴,
 * 受…限制, 但全年均值仍为…, 延至…, 难以完成, 只建成…, 至…才完工, 延误, 草拟, 正在提请…,
 * 需重新组织…, 初稿, 离…目标还有一段距离, 只在4月份进行过一次, 一个月只巡查了1次, 没有按承诺, 迟报, 剩余…，正会同…,
 * 安排在…进行, 其余…因, 但…只/未 (not 但未发现), 至今仍未, 目标的64%, 完成约55%, 收回六成, 8月未通报, 一度中断,
 * 原定…改到, 要等…再, 还有9个…没有, 正在履行…程序, 逾期…才, 修订稿, 草案, 计划提交…, 直至…才安装到位,
 * 计划放在…, 另有2户因…; not 滞后 naming whom a measure was for
 * (对进度滞后的2个科室…约谈) or a negation opening a noun phrase (对尚未办结的4件信访件，…, 未通过的8人补考…),
 * or any sentence of a 存在的不足 section), and
 * no sentence of comparable strength reports it done. Below the evidence
 * threshold it is `missing`.
 */
import type { SectionKind } from './sections';

/** Wording of the future: 下一步, 拟, 计划于, 将于, 力争, 安排在… */
const PLAN_CUE =
  /下一步|下步|下一阶段|下阶段|拟于|拟对|拟在|拟将|拟开展|拟启动|计划于|计划在|计划到|计划[\d一二三四五六七八九十]{1,2}月|计划(?:下半年|上半年|年底|年内|明年)|计划[^，。；提]{1,8}前|将于|将在|即将|准备于|力争|争取在|争取于|(?<!已)将(?:继续|进一步|持续|加快|探索|适时|着力|重点|全面|启动|研究|结合)|定(?:于|在)[^，。；]{0,14}(?:进行|召开|举行|开展|举办)|拟(?:列入|纳入|提请|报请)|安排在|计划放在|计划(?:提交|报送|提请|报请|上报)/g;

/** Wording of something outstanding: 尚未, 还在, 仍在…中, 预计…, 留待, 只完成, 仅… */
const INCOMPLETE_CUE =
  /尚未|尚待|目前正在|还未|还没有|没有跟上|没有做到|未做到|推迟|延期|延后|延迟|拖到|晚了|待提交|待审议|较大差距|还有差距|(?:还|仍|尚)有(?:一段|一定|较大)?距离|仍未|没有按时|没有按期|未按时|未按期|没有及时|未及时|仍在|仍处于|预计|未能|没能|未完成|没有完成|尚在|还在|留待|有待|只完成|仅完成|目前仅|仅在|尚不|还不|不够到位|滞后(?!的|事项|项目|单位|问题|企业|股室|科室|处室)|进展缓慢|尚需|仍需|还需|部分完成|未全面|未全部|暂未|暂缓|再作补充|另行安排|尚有|仍有|需待|待[^，。；]{0,16}后|还要|只能|目前只|送审稿|征求意见稿|修订稿|修改稿|审议稿|草案|其余[^，。；]{0,12}(?:正在|将|拟|计划|尚|待|还|底前|前完成|前形成)|到[^，。；]{0,14}才|申请(?:列入|纳入)|至今未|至今没有|未完工|未建成|约[一二三四五六七八九]成|[一二三四五六七八九]成左右|约占|一半|过半|调整到[^，。；]{0,6}(?:年|月|季度)|还剩|尚余|仍剩|因[^，。；]{2,20}(?:未|没有|暂停|中断)(?!发生|出现|再)|剩余[^，。；]{0,12}(?:正在|尚|仍|待|还|计划|将|拟)|受[^，。；]{1,12}限制|但[^，。；]{0,12}仍(?:为|是|然是)|延至|剩下[^，。；]{0,12}要等|还差|尚差|未单独|没有单独|正在(?:追缴|追回|补办|催缴|协调)|迟至|能否按期|另[^，。；]{0,8}正在|另外[\d一二三四五六七八九十两]+[个项名件家户所][^，。；]{0,16}(?:因|答应|计划|将|拟|还|尚|仍)|另有[\d一二三四五六七八九十两]+[个项名件家户所][^，。；]{0,16}(?:因|尚|仍|还(?:在|未|没有))|未通过|没有通过|难以(?:完成|按期|如期)|无法(?:按期|如期)|[只仅]建成|至[^，。；]{0,14}才[^，。；]{0,2}(?:完工|完成|建成|到位|办结|出台|印发|上线)|延误|草拟|正在(?:按程序)?(?:提请|报请|审议|审批|论证|招标|采购|修订|起草)|[需要]重新(?:组织|开展|遴选|招标)|初稿|讨论稿|[只仅]在[^，。；]{0,12}(?:进行|通报|开展|组织|召开)(?:过|了)?(?:一|1)次|[只仅](?:在[^，。；]{0,12})?[\u4e00-\u9fff]{1,4}(?:过|了)(?:一|1)次|没有按承诺|未按承诺|迟报|剩余[^。；]{0,20}正(?:在|会同|协调|抓紧)|(?:其余|剩余|剩下)[^，。；]{0,8}因|但[^，。；]{0,20}(?:只|仅|未(?!发现)|没有(?!发现))|至今[仍还尚](?:未|没有)|至今说不清|(?:目标|总额|总数|设计值|计划|任务)的\d{1,2}(?:\.\d+)?%|完成[^，。；\d]{0,8}\d{1,2}(?:\.\d+)?%|(?:收回|追回|追缴|清退|完成|拆除|整改)了?[一二三四五六七八九]成|[月季度年]未(?:开展|召开|报送|印发|通报|更新|公示|发布)|一度(?:中断|暂停|停滞)|原定[^，。；]{0,12}改(?:到|在|为)|要等[^，。；]{0,16}(?:再|才)|还有[\d一二三四五六七八九十两]+[名人户个家次项所件篇场期批座条辆台处套][^，。；]{0,12}(?:没有|未)|正在(?:履行|走)[^，。；]{0,6}程序|逾期[^，。；]{0,8}才/g;

/** 针对 opening the clause an incompleteness cue stands in: the cue names the problem answered. */
const ANSWERED = /针对[^，。；]*$/;
const ANSWERED_REACH = 20;

/**
 * Flags, per unit, of plan wording. Incompleteness is read only in the few units
 * that could be evidence (outstandingBeyond): run over a whole report, its long
 * pattern cost a third of the comparison.
 */
export interface UnitCues {
  plan: Uint8Array;
}

/**
 * Sets the plan flags of `units[from, to)` (sorted, non-overlapping spans of
 * `text`). The pattern runs once over the stretch, not once per unit.
 */
export function markCues(
  text: string,
  units: readonly { start: number; end: number; paragraph: number }[],
  from: number,
  to: number,
  cues: UnitCues,
): void {
  if (from >= to) return;
  // The stretch is cut out, so a search never runs past it into the rest of the report.
  const base = units[from].start;
  const stretch = text.slice(base, units[to - 1].end);
  let u = from;
  PLAN_CUE.lastIndex = 0;
  for (let m = PLAN_CUE.exec(stretch); m; m = PLAN_CUE.exec(stretch)) {
    const at = base + m.index;
    while (u < to && units[u].end <= at) u++;
    if (u < to && units[u].start <= at) cues.plan[u] = 1;
  }
  // What follows a plan that opens with 下一步 in its paragraph is still the plan (下一步，将…；同时将…);
  // what follows the plan for a remainder (其余54户计划于3月底前完成。) is a report again.
  let leads = false;
  for (let u = Math.max(from, 1); u < to; u++) {
    const previous = units[u - 1];
    if (!cues.plan[u - 1] || units[u].paragraph !== previous.paragraph) leads = false;
    else if (PLAN_LEAD.test(text.slice(previous.start, previous.start + PLAN_LEAD_REACH))) leads = true;
    if (leads && !cues.plan[u]) cues.plan[u] = 1;
  }
}

/** A negation that opens a noun phrase (尚未完成的3个问题, 仍未销号的5个问题): it names what is acted on. */
const NEGATION = /^(?:尚未|仍未|还未|暂未|未能|未完成|没有完成|未通过|没有通过)/;
const NOUN_PHRASE_AFTER = /^[^，。；的]{0,10}的(?![有是还仍，。；]|$)/;

/** Whether the incompleteness cue `cue` at `at` of `text` says the work is left undone. */
function leftUndone(text: string, at: number, cue: string): boolean {
  // 回头看…发现仍未整改到位的问题4个: what a check found, not the check left undone.
  if (text.startsWith('发现', at - 2)) return false;
  // 对当时尚未完成的3个问题，…挂账督办: the work a measure took up, not work left undone.
  if (NEGATION.test(cue) && NOUN_PHRASE_AFTER.test(text.slice(at + cue.length))) return false;
  // 针对…进度滞后问题，…: the shortcoming a measure answered, not the measure left undone.
  return !ANSWERED.test(text.slice(Math.max(0, at - ANSWERED_REACH), at));
}

/**
 * Whether `unit` says something of the measure is outstanding in words of its own: an
 * incompleteness cue the commitment does not use itself (对整改进度滞后的单位…约谈 names
 * whom the measure is for, in the report as in the promise).
 */
export function outstandingBeyond(unit: string, commitment: string): boolean {
  const pattern = INCOMPLETE_CUE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(unit); m; m = pattern.exec(unit))
    if (leftUndone(unit, m.index, m[0]) && !commitment.includes(m[0])) return true;
  return false;
}

/** The opening of a paragraph of plans. */
const PLAN_LEAD = /下一步|下步|下一阶段|下阶段|今后/;
const PLAN_LEAD_REACH = 12;

/** Whether a unit, by its section and plan wording, can report the measure as done or under way. */
export function reportsDone(section: SectionKind, planCue: boolean): boolean {
  return section === 'body' && !planCue;
}

/** Thresholds of the status decision, on the score scale of score.ts. */
export const STATUS_THRESHOLDS = {
  /** Least score for a unit to count as evidence at all. */
  found: 0.5,
  /** A done unit wins over a stronger plan or shortfall unit when it reaches this share of its score. */
  doneShare: 0.9,
};
