/**
 * The section structure of a document: which heading each sentence unit
 * stands under, and what that heading says about the statements below it
 * (存在的问题 → problems, 下一步 → plans, 进展情况 → work done).
 *
 * Headings are short paragraphs without final punctuation, or paragraphs
 * that open with an outer list marker and a short first sentence (（一）成立
 * 领导小组。…). Their level comes from the marker (一、 › （一） › 1. › （1） ›
 * ①); a section lasts until the next heading of the same or a higher level.
 * Unmarked headings before the first paragraph of text are titles (level 0,
 * covering the whole document); later ones are level 1.
 */
import {
  markerLevelAt,
  SEGMENT_FIRST,
  SEGMENT_HEADING,
  SEGMENT_TERMINATED,
  type SegmentTable,
} from '../text/segment';
import { MEASURE_HEADINGS, PLAN_HEADINGS, PROBLEM_HEADINGS, PROGRESS_HEADINGS } from './lexicon';
import type { SectionKind } from './classify';
import { DITTO } from '../text/chars';

const DITTO_CODE = DITTO.charCodeAt(0);

/** The level of a heading without a list marker, deeper than every marker's. */
const UNMARKED_LEVEL = 6;

/** Longest first sentence that makes a list-marked paragraph a heading. */
const MAX_INLINE_HEADING = 40;
/** Longest heading whose words can open a section of problems (longer ones are titles of speeches). */
const MAX_PROBLEM_HEADING = 24;
/** A heading that speaks of solving problems is about measures, not a list of problems. */
const SOLVES = /解决|整治|整改|纠正|破解|化解|措施|举措/;

export interface Sections {
  /** Per unit: the kind of the nearest enclosing section that has one, as an index of SECTION_KINDS. */
  kind: Uint8Array;
  /** Per unit: the unit is a heading (1), or the document's title (2). */
  heading: Uint8Array;
  /** Per unit: 1 where the heading names its section (存在的问题, 下一步工作) rather than saying something of its own. */
  names: Uint8Array;
  /** Per unit: the role of its column in a table with a header row (see COLUMN_ROLES), or 0. */
  column: Uint8Array;
}

/** Roles of a table's columns, by the words of their header cells; first match wins. */
export const COLUMN_NUMBER = 1;
export const COLUMN_PROBLEM = 2;
export const COLUMN_MEASURE = 3;
export const COLUMN_FIELD = 4;
export const COLUMN_STATUS = 5;
export const COLUMN_DEADLINE = 6;
/** A column of targets (整改目标): measures where they can be checked, else wishes. */
export const COLUMN_TARGET = 7;
/** A column whose header names none of the roles (涉及小区, 诉求件数): its cells are read on their own words. */
export const COLUMN_OTHER = 8;
const COLUMN_ROLES: readonly [RegExp, number][] = [
  [/序号|编号/, COLUMN_NUMBER],
  // what was found, described (隐患情况, 问题描述), not how its rectification stands (整改情况)
  [/(?:问题|隐患|病害|缺陷)(?:情况|描述)$/, COLUMN_PROBLEM],
  [/情况|进展|成效|结果|状态/, COLUMN_STATUS],
  [/措施|举措|任务|要求|办法|计划|承诺(?:事项|内容)?$/, COLUMN_MEASURE],
  [/目标/, COLUMN_TARGET],
  [/时限|时间|期限/, COLUMN_DEADLINE],
  [/责任|牵头|配合|领导|单位|科室|部门|人$/, COLUMN_FIELD],
  [/问题|表现|事项|隐患/, COLUMN_PROBLEM],
];

function columnRole(header: string): number {
  for (const [words, role] of COLUMN_ROLES) if (words.test(header)) return role;
  return COLUMN_OTHER;
}

/** A cell of the number column: digits, perhaps with their stop (1, 12、). */
const NUMBER_CELL = /^\s*\d{1,3}[、.．]?\s*$/;

/** Kinds of sections by their code in {@link Sections.kind}; 0 is none. */
const SECTION_KINDS: readonly (SectionKind | undefined)[] = [
  undefined,
  'problem',
  'plan',
  'progress',
  'causes',
];

/** The kind of the section unit `k` stands in, if it has one. */
export function sectionKindAt(sections: Sections, k: number): SectionKind | undefined {
  return SECTION_KINDS[sections.kind[k]];
}

/** One pattern per list of heading words: a heading is tested once per list. */
const anyOf = (list: readonly string[]) => new RegExp(list.join('|'));
const PROGRESS_WORDS = anyOf(PROGRESS_HEADINGS);
const PLAN_WORDS = anyOf(PLAN_HEADINGS);
const PROBLEM_WORDS = anyOf(PROBLEM_HEADINGS);
const MEASURE_WORDS = anyOf(MEASURE_HEADINGS);

/** A heading over the causes of the problems (原因剖析, 问题产生的根源). */
const CAUSE_HEADING =
  /原因剖析|原因分析|剖析原因|分析原因|产生的原因|的原因$|根源剖析|剖析根源|思想根源|问题根源|的根源$|深层次原因/;

/** A heading over problems and then their causes (存在的问题及原因分析). */
const PROBLEMS_AND_CAUSES = /存在的?问题(?:及|和|与|以及)(?:其)?(?:产生的)?原因/;

/** A heading over work done and then the problems left (第一阶段整治情况及存在问题): the list under it is of problems. */
const THEN_PROBLEMS = /(?:及|和|与|以及)(?:存在的?|主要|突出)问题$/;

/** A question heading over a list of problems (发现了哪些问题？), not over their causes (问题出在哪？). */
const ASKS_FOR_PROBLEMS = /(?:哪些|什么|啥)问题[？?]$|问题有哪些[？?]$/;

/** A heading over problems sorted by the work done on them (已完成整改的问题, 正在推进整改的问题). */
const DONE_PROBLEMS = /(?:已|基本|已经|全面)完成(?:整改)?的问题|(?:正在|持续)(?:推进|整改)(?:整改)?的问题/;
/** The list marker a heading opens with (（一）, 三、, 2.). */
const LEADING_MARKER = /^[（(]?[一二三四五六七八九十\d]+[）)、.．]/;
/** A heading over problems not yet rectified (尚未完成整改的问题及原因). */
const UNFINISHED_PROBLEMS = /^(?:尚未|还未|仍未|未|没有|未能)(?:完成|整改到位)(?:整改)?的?问题/;

/** A document titled as a plan. */
const PLAN_TITLE = /方案》?(?:的通知)?$/;

/** The title of a report of a check (…整改督查情况的通报, …整改情况监督检查的通报). */
const CHECK_REPORT_TITLE = /(?:督查|检查|督导|督察|巡查|抽查)(?:情况)?的?(?:通报|报告)$/;

/** Trailing punctuation of a heading. */
const HEADING_END = /[。：:；;，\s]+$/;

/** `heading` without its trailing punctuation (most end with a Han character, and have none). */
function withoutEnd(heading: string): string {
  const last = heading.charCodeAt(heading.length - 1);
  return last >= 0x4e00 && last <= 0x9fff ? heading : heading.replace(HEADING_END, '');
}

/** What a heading's words say about its section. */
export function headingKind(heading: string, title: boolean, bare = withoutEnd(heading)): SectionKind {
  // 关于第九轮巡察整改督查情况的通报: a checker's report of what it found and ordered,
  // not a unit's report of its own work done.
  if (title && CHECK_REPORT_TITLE.test(bare)) return null;
  if (!title && bare.length <= MAX_PROBLEM_HEADING && THEN_PROBLEMS.test(bare)) return 'problem';
  if (PROGRESS_WORDS.test(heading)) return 'progress';
  // 巡察组织实施情况, 重点工作推进情况: a report of what was done.
  if (
    bare.length <= MAX_PROBLEM_HEADING &&
    bare.indexOf('，') < 0 &&
    // 反馈巡察情况 is a feedback of findings, not a report of work done.
    bare.indexOf('反馈') < 0 &&
    /情况(?:的(?:通报|报告|汇报|说明))?$/.test(bare)
  )
    return 'progress';
  // …整改工作方案, 关于印发《…实施方案》的通知: a plan, whose bare measures are to be taken.
  if (title) return PLAN_TITLE.test(bare) ? 'plan' : null; // a speech title naming 问题 is no list of problems
  // 存在的问题及原因分析 names the problems first: their causes follow them under it.
  if (bare.length <= MAX_PROBLEM_HEADING && CAUSE_HEADING.test(bare))
    return PROBLEMS_AND_CAUSES.test(bare) ? 'problem' : 'causes';
  // 二、已完成整改的问题: problems told with the work done on them.
  if (bare.length <= MAX_PROBLEM_HEADING && DONE_PROBLEMS.test(bare)) return 'progress';
  // （一）尚未整改到位的问题: problems still open, told as problems (with their causes, the
  // statements under it are as often the reasons as the problems).
  if (
    bare.length <= MAX_PROBLEM_HEADING &&
    bare.indexOf('原因') < 0 &&
    UNFINISHED_PROBLEMS.test(bare.replace(LEADING_MARKER, ''))
  )
    return 'problem';
  if (PLAN_WORDS.test(heading)) return 'plan';
  if (heading.length <= MAX_PROBLEM_HEADING && !SOLVES.test(heading) && PROBLEM_WORDS.test(heading))
    return 'problem';
  // 巡察组点了哪些问题？: a question heading over the problems found.
  if (ASKS_FOR_PROBLEMS.test(bare)) return 'problem';
  return null;
}

/** Whether a heading names its section (存在的问题, 整改措施, 下一步工作) rather than saying something of its own. */
export function namesSection(heading: string): boolean {
  const bare = withoutEnd(heading);
  return (
    headingKind(heading, false, bare) !== null ||
    // A label is one phrase (存在问题及整改措施); 坚持问题导向，细化工作措施 says something of its own.
    (heading.length <= MAX_PROBLEM_HEADING &&
      heading.indexOf('，') < 0 &&
      (MEASURE_WORDS.test(heading) || PROBLEM_WORDS.test(heading))) ||
    // （二）群众身边腐败问题和不正之风方面: a field the items under it belong to.
    namesField(bare) ||
    // 一、指导思想, 三、监督方式: a part of the document, not something to do.
    STRUCTURE_HEADING.test(bare) ||
    // 三、尚未完成整改的问题及原因: problems, their causes and plans, told under one title.
    (heading.length <= MAX_PROBLEM_HEADING && UNFINISHED_PROBLEMS.test(heading))
  );
}

/**
 * The name of a part of a plan or notice: two characters and a noun of structure (not 加强领导);
 * 组织保障, 推进机制 and 处理意见 too, but not an order to build one (健全机制, 强化保障);
 * and what a part lists (…整改的建议, 公示时间及反映渠道, 抽查不合格名单).
 */
const STRUCTURE_HEADING =
  /^(?:[\u4e00-\u9fff]{2}(?:思想|范围|方式|目标|原则|内容|步骤|安排|要求|任务|事项|方法|分工|概况|评价)|组织领导|(?!建立|健全|完善|创新|强化|优化|加强|落实|做好|提供)[\u4e00-\u9fff]{2}(?:保障|机制|意见)|[\u4e00-\u9fff、]{2,14}(?:的建议|渠道|名单))$/;

/** A heading that names a field of work, not a finding: …方面, …领域. */
const TOPIC_HEADING = /(?:方面|领域)[）)]?$/;

/** Whether a phrase names a field of work ((二)群众身边腐败问题和不正之风方面). */
export function namesField(phrase: string): boolean {
  return phrase.indexOf('，') < 0 && TOPIC_HEADING.test(phrase);
}

/**
 * Sections of the units `segments` of normalised `text`; `skip[k]` marks
 * units on furniture lines, which neither open nor close a section.
 */
export function findSections(
  text: string,
  segments: SegmentTable,
  skip: Uint8Array,
  continuesCell?: (k: number) => boolean,
): Sections {
  const kind = new Uint8Array(segments.count);
  const heading = new Uint8Array(segments.count);
  const names = new Uint8Array(segments.count);
  const column = new Uint8Array(segments.count);
  // The open headings: their levels and the codes of their kinds.
  const levels: number[] = [];
  const kinds: number[] = [];
  let depth = 0;
  let bodySeen = false;
  let sectionKind = 0;
  // Where the table being read ends, its header row included.
  let tableEnd = -1;
  for (let k = 0; k < segments.count; k++) {
    // The header row of a table (序号 | 问题 | 整改措施 | 整改情况) names columns, not sections.
    if (k >= tableEnd && isHeaderRowAt(text, segments, k))
      tableEnd = markColumns(text, segments, k, headerRowEndAt(text, segments, k), column, continuesCell);
    // The header and the cells of a table are not headings, whatever their length.
    if (k < tableEnd) {
      kind[k] = sectionKind;
      continue;
    }
    if (!skip[k]) {
      const level = headingLevel(text, segments, k, bodySeen);
      if (level !== undefined) {
        heading[k] = level === 0 ? 2 : 1;
        while (depth > 0 && levels[depth - 1] >= level) depth--;
        const words = text.slice(segments.start[k], segments.end[k]);
        // 10.各学校要将整改情况形成书面报告。: an order standing as an item, which names no section.
        const order = !(segments.flags[k] & SEGMENT_HEADING) && ORDER_MODAL.test(words);
        let own = order ? null : headingKind(words, level === 0);
        if (!order && namesSection(words.slice(segments.marker[k]))) names[k] = 1;
        // 整改措施 names measures but not their time: the enclosing section decides.
        if (!own && level > 0 && MEASURE_WORDS.test(words)) own = anyKind(kinds, depth) ? null : 'plan';
        // Under 检查内容 or 下一步, （一）整改责任落实情况 names what is to be checked, not work done.
        if (own === 'progress' && level > 0 && innermostKind(kinds, depth) === PLAN_CODE) own = null;
        levels[depth] = level;
        kinds[depth++] = own ? SECTION_KINDS.indexOf(own) : 0;
        sectionKind = innermostKind(kinds, depth);
      } else if (segments.flags[k] & SEGMENT_TERMINATED) bodySeen = true;
    }
    // A heading belongs to the section it opens, not to the one it is in.
    kind[k] = sectionKind;
  }
  return { kind, heading, names, column };
}

const PLAN_CODE = SECTION_KINDS.indexOf('plan');

/** A modal of obligation (要, 须, 应当), not the 要 of 重要, 主要 or 要求. */
const ORDER_MODAL = /(?<![重主必首纪摘简概提需])要(?![求点素闻件])|须|应当|务必/;

/** The kind code of the innermost of the first `depth` open headings that has one, or 0. */
function innermostKind(kinds: readonly number[], depth: number): number {
  for (let i = depth - 1; i >= 0; i--) if (kinds[i]) return kinds[i];
  return 0;
}

/** Longest cell of a table's header row (整改完成时限). */
const MAX_HEADER_CELL = 8;
/** Cells a header row has at least. */
const MIN_HEADER_CELLS = 3;

/** Longest header cell with a note in brackets after its name (责任单位（排第一位的为牵头单位）). */
const MAX_NOTED_HEADER_CELL = 24;

/**
 * A unit that can be a cell of a header row: a short line of its own without a list marker
 * or a stop. A note in brackets after the name does not count towards its length.
 */
function isHeaderCell(text: string, segments: SegmentTable, k: number): boolean {
  const start = segments.start[k];
  const end = segments.end[k];
  if ((segments.flags[k] & SEGMENT_HEADING) === 0 || segments.marker[k] !== 0) return false;
  if (end - start <= MAX_HEADER_CELL) return true;
  const last = text.charCodeAt(end - 1);
  if ((last !== 0xff09 && last !== 0x29) || end - start > MAX_NOTED_HEADER_CELL) return false;
  const open = text.slice(start, end).search(/[（(]/);
  return open > 0 && open <= MAX_HEADER_CELL;
}

/** Whether units from `k` on are the header row of a table: three short cells or more in a row. */
function isHeaderRowAt(text: string, segments: SegmentTable, k: number): boolean {
  if (k + MIN_HEADER_CELLS > segments.count) return false;
  for (let i = k; i < k + MIN_HEADER_CELLS; i++) if (!isHeaderCell(text, segments, i)) return false;
  return true;
}

/**
 * Gives each unit after the header row `[from, to)` the role of its column, cell by cell (a
 * cell is a line, its sentences share it), and returns where the table ends. Only a table
 * whose first column is numbered is followed: a row that does not open with its number
 * (after an empty cell, or past the table's end) stops it, rather than shifting every cell.
 */
function markColumns(
  text: string,
  segments: SegmentTable,
  from: number,
  to: number,
  column: Uint8Array,
  continuesCell?: (k: number) => boolean,
): number {
  const roles: number[] = [];
  for (let k = from; k < to; k++) roles.push(columnRole(text.slice(segments.start[k], segments.end[k])));
  if (roles.length < MIN_HEADER_CELLS || roles[0] !== COLUMN_NUMBER) return to;
  let cell = -1;
  let paragraph = -1;
  let spanning = false;
  // The sub-item that opened the cell's last paragraph ((1)…), which the next may continue.
  let item: SubItem | null = null;
  let k = to;
  for (; k < segments.count; k++) {
    if (segments.paragraph[k] !== paragraph) {
      paragraph = segments.paragraph[k];
      const next = subItemAt(text, segments, k);
      // A cell of several paragraphs ((1)…；/(2)…。) reads as several lines: the next
      // sub-item of a series stays in its cell rather than shifting the row.
      // So does a line after a line break inside the cell (城关镇人民政府<br>某某（副镇长）).
      const sameCell =
        (item !== null && next !== null && next.level === item.level && next.n === item.n + 1) ||
        (continuesCell !== undefined && continuesCell(k));
      item = next;
      if (sameCell) {
        if (!spanning) column[k] = roles[cell % roles.length];
        continue;
      }
      cell++;
      spanning = false;
      if (cell % roles.length === 0 && !isNumberCell(text, segments, k)) {
        // A row spanning the table (一、…方面) groups the rows below it: skip it.
        const next = nextParagraphAt(segments, k);
        if (next < 0 || !isNumberCell(text, segments, next)) break;
        cell--;
        spanning = true;
      }
    }
    if (!spanning) column[k] = roles[cell % roles.length];
  }
  return k;
}

/** A numbered list marker: its level (the shape of its series, see markerLevelAt) and its number. */
interface SubItem {
  level: number;
  n: number;
}

const CHINESE_NUMERALS = '一二三四五六七八九十';

/** The numbered marker that opens unit `k` ((1), （2）, 3., ④, （五）), or null (一是, 首先 or none). */
function subItemAt(text: string, segments: SegmentTable, k: number): SubItem | null {
  const start = segments.start[k];
  const length = segments.marker[k];
  const level = markerLevelAt(text, start, length);
  if (level === undefined || level > CIRCLED_LEVEL) return null;
  const marker = text.slice(start, start + length);
  const circled = marker.charCodeAt(0);
  if (circled >= 0x2460 && circled <= 0x2473) return { level, n: circled - 0x2460 + 1 };
  const digits = /\d+/.exec(marker);
  if (digits) return { level, n: Number(digits[0]) };
  const numeral = /[一二三四五六七八九十]{1,2}/.exec(marker);
  return numeral ? { level, n: chineseNumber(numeral[0]) } : null;
}

/** The deepest level of a numbered marker (①); deeper ones (一是, 首先) number no series. */
const CIRCLED_LEVEL = 5;

/** The value of a Chinese numeral of one or two characters (三, 十一, 二十). */
function chineseNumber(numeral: string): number {
  const first = CHINESE_NUMERALS.indexOf(numeral[0]) + 1;
  if (numeral.length === 1) return first;
  const second = CHINESE_NUMERALS.indexOf(numeral[1]) + 1;
  return first === 10 ? 10 + second : first * 10;
}

function isNumberCell(text: string, segments: SegmentTable, k: number): boolean {
  return NUMBER_CELL.test(text.slice(segments.start[k], segments.end[k]));
}

/** The first unit of the paragraph after unit `k`'s, or -1. */
function nextParagraphAt(segments: SegmentTable, k: number): number {
  for (let i = k + 1; i < segments.count; i++) if (segments.paragraph[i] !== segments.paragraph[k]) return i;
  return -1;
}

/** Where the header row starting at `k` ends. */
function headerRowEndAt(text: string, segments: SegmentTable, k: number): number {
  let end = k;
  // The first row of data opens with its number (1), and its short cells look like headers.
  while (
    end < segments.count &&
    isHeaderCell(text, segments, end) &&
    !NUMBER_CELL.test(text.slice(segments.start[end], segments.end[end]))
  )
    end++;
  return end;
}

/** Whether one of the first `depth` open headings has a kind. */
function anyKind(kinds: readonly number[], depth: number): boolean {
  for (let i = 0; i < depth; i++) if (kinds[i]) return true;
  return false;
}

/** A short line that gives a value (责任单位：办公室, 完成时限：6月底前) is not a heading. */
const LABEL_LINE = /^[\u4e00-\u9fff]{2,6}[：:]\s*\S/;

function isLabelLine(text: string, start: number, end: number): boolean {
  // The colon comes within the first seven characters; only then is the pattern worth a slice.
  for (let i = start + 2; i < start + 7 && i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return LABEL_LINE.test(text.slice(start, start + 12));
  }
  return false;
}

/** The level of the heading unit `k` is, or undefined when it is not one. */
function headingLevel(
  text: string,
  segments: SegmentTable,
  k: number,
  bodySeen: boolean,
): number | undefined {
  const start = segments.start[k];
  const end = segments.end[k];
  const flags = segments.flags[k];
  const markerLength = segments.marker[k];
  // 〃 stands for a table cell covered by another (see DITTO): no heading.
  if (end - start === 1 && text.charCodeAt(start) === DITTO_CODE) return undefined;
  if (isQuestionHeading(text, segments, k)) return bodySeen ? UNMARKED_LEVEL : 0;
  if (!(flags & SEGMENT_HEADING) && !(flags & SEGMENT_FIRST && markerLength > 0)) return undefined;
  const level = markerLevelAt(text, start, markerLength);
  if (flags & SEGMENT_HEADING) {
    if (level === undefined && isLabelLine(text, start, end)) return undefined;
    if (level !== undefined && level <= 5) return level;
    // An unmarked heading after the body (…还存在以下问题：) sits under the marked ones: it
    // does not close 二、存在的问题, but it closes another unmarked one (存在问题 / 下一步).
    return bodySeen ? UNMARKED_LEVEL : 0;
  }
  if (level !== undefined && level <= 3 && end - start <= MAX_INLINE_HEADING) return level;
  return undefined;
}

/** Longest question that can head a section (巡察组点了哪些问题？). */
const MAX_QUESTION_HEADING = 20;
/** What a question heading asks about: the problems, the measures, the next steps. */
const ASKS_OF_THE_MATTER = /问题|要求|措施|举措|怎么|如何|怎样|下一步/;

/**
 * A short question standing as a paragraph of its own and asking about the matter heads a
 * section in the question-and-answer style of news accounts (发现了哪些问题？ 下一步怎么改？).
 */
function isQuestionHeading(text: string, segments: SegmentTable, k: number): boolean {
  let start = segments.start[k];
  const end = segments.end[k];
  const last = text.charCodeAt(end - 1);
  if (last !== 0xff1f && last !== 0x3f) return false;
  // 问：反馈之后，区委做了哪些工作？ — an interviewer's question heads the answer, whatever it asks.
  const interviewer = INTERVIEWER.exec(text.slice(start, start + 4));
  if (interviewer) start += interviewer[0].length;
  if (end - start > MAX_QUESTION_HEADING) return false;
  const alone =
    (segments.flags[k] & SEGMENT_FIRST) !== 0 &&
    (k + 1 === segments.count || segments.paragraph[k + 1] !== segments.paragraph[k]);
  return alone && (interviewer !== null || ASKS_OF_THE_MATTER.test(text.slice(start, end)));
}

/** The interviewer's mark before a question of an interview (问：, 记者：). */
const INTERVIEWER = /^(?:问|记者问?)[：:]/;
