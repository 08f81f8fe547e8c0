/**
 * Reads the layout of a progress report: which section each sentence unit
 * is in, and which units are page furniture. A 通报 reports what was done in
 * its body, admits what is lacking under 存在的不足, and promises the rest
 * under 下一步工作; the same measure means something different in each.
 */
import type { Segment } from '../text/segment';

/**
 * - `body`: what was done (the default);
 * - `shortfall`: 存在的问题/不足, where a measure shows up as not (fully) done;
 * - `plan`: 下一步工作/今后打算, where a measure shows up as only planned.
 */
export type SectionKind = 'body' | 'shortfall' | 'plan';

/** A sentence unit of the report with what its place in the report says. */
export interface ReportUnit extends Segment {
  section: SectionKind;
  /** Navigation, copyright, contact lines, titles and section headings: never evidence. */
  furniture: boolean;
  /**
   * The paragraph's lead label (（三）实行清单管理。) when this unit follows
   * one: its span in the same text, else -1. The label names what the
   * paragraph's sentences report, so it reads as part of each of them.
   */
  leadStart: number;
  leadEnd: number;
}

/** A list-marked first sentence this short, followed by more, is a paragraph's label. */
const MAX_LEAD_LABEL = 24;

const SHORTFALL_HEADING =
  /存在的?(?:主要)?(?:问题|不足|困难)|(?:问题|困难|差距)[和与及](?:不足|问题|差距)|不足[和与及](?:问题|差距)|不足之处|主要不足|短板|薄弱环节|差距和问题|困难和问题/;
const PLAN_HEADING =
  /下一步|下步|下一阶段|下阶段|今后|后续|工作打算|工作计划|工作安排|工作思路|努力方向|工作重点|将重点|拟开展/;

/**
 * A heading over how measures were carried out (二、后续措施落实情况), or a title naming a
 * report of it (…后续进展情况汇报): what was done, not a plan.
 */
const DONE_HEADING = /(?:落实|完成|进展|推进|执行)情况(?:的?(?:汇报|报告|通报))?[。：:]?$/;

/** A paragraph that opens with one of these is a plan, whatever its section. */
const PLAN_PARAGRAPH_OPENING =
  /(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、])?(?:下一步|下步|下阶段|今后)/y;

/**
 * Lines a website or a letterhead puts around the text, matched (sticky) at
 * the start of a paragraph; short navigation trails (首页 > 工作动态) too.
 */
const FURNITURE_OPENING = new RegExp(
  '(?:' +
    [
      '首页',
      '当前位置',
      '您的位置',
      '您现在的位置',
      '所在位置',
      '位置：',
      '发布时间',
      '发布日期',
      '发文日期',
      '来源：',
      '信息来源',
      '作者：',
      '浏览次数',
      '浏览量',
      '点击数',
      '点击量',
      '阅读量',
      '访问量',
      '打印',
      '关闭',
      '上一篇',
      '下一篇',
      '上一条',
      '下一条',
      '版权所有',
      'copyright',
      '©',
      '地址：',
      '通信地址',
      '通讯地址',
      '邮编',
      '邮政编码',
      '监督电话',
      '举报电话',
      '联系电话',
      '咨询电话',
      '电话：',
      '传真',
      '电子邮箱',
      '电子信箱',
      '邮箱：',
      'e-?mail',
      '网站地图',
      '主办单位',
      '承办单位',
      '主办：',
      '承办：',
      '技术支持',
      '网站标识码',
      '分享到',
      '【字体',
      '字体：',
      '字号：',
      '扫一扫',
      '相关链接',
      '相关文章',
      '责任编辑',
      '编辑：',
      '审核：',
      '附件：',
      '站内搜索',
      '欢迎(?:社会各界|广大|全校|各界|全体|全市|全县|全区)', // the closing call to send in views
    ].join('|') +
    ')',
  'iy',
);
/** Anywhere in a paragraph, these mark it as furniture. */
const FURNITURE_ANYWHERE = /版权所有|ICP备|公网安备|网站标识码|Copyright|All rights reserved/i;
/** A breadcrumb trail: short, with "›" or ">" between items. */
const BREADCRUMB = /^[^。；！？]{0,40}\s?[>›»]\s?[^。；！？]{0,40}$/;

const MAX_HEADING_LENGTH = 40;

/** Heading level from its list marker: 一、 = 1, （一） = 2, 1. = 3; unmarked = 1. */
function headingLevel(marker: string | undefined): number {
  if (!marker) return 1;
  if (/^[一二三四五六七八九十]+、/.test(marker)) return 1;
  if (/^[（(]/.test(marker)) return 2;
  return 3;
}

/**
 * What `classifyUnits` carries from one batch of segments to the next, so a
 * long report can be classified in steps: the open section and paragraph.
 */
export interface SectionState {
  kind: SectionKind;
  /** Level of the heading that opened the current section (0: none). */
  level: number;
  /** Paragraph whose first unit is a plan opening (下一步，…), or -1. */
  planParagraph: number;
  /** Paragraph found to be furniture, or -1. */
  furnitureParagraph: number;
  /** Span of the current paragraph's lead label, or -1. */
  leadStart: number;
  leadEnd: number;
}

/** The state before the first unit: body section, no paragraph open. */
export function initialSectionState(): SectionState {
  return { kind: 'body', level: 0, planParagraph: -1, furnitureParagraph: -1, leadStart: -1, leadEnd: -1 };
}

/** Longest paragraph tested whole for furniture. */
const MAX_FOOTER = 200;

/** Classifies `segments` of `text` in order, turning each into its ReportUnit; see ReportUnit. */
export function classifyUnits(text: string, segments: Segment[], state: SectionState): ReportUnit[] {
  const units: ReportUnit[] = [];
  for (const seg of segments) {
    if (seg.first) {
      let paragraphEnd = text.indexOf('\n', seg.start);
      if (paragraphEnd < 0) paragraphEnd = text.length;
      state.furnitureParagraph = isFurnitureAt(text, seg.start, paragraphEnd) ? seg.paragraph : -1;
      PLAN_PARAGRAPH_OPENING.lastIndex = seg.start;
      state.planParagraph = PLAN_PARAGRAPH_OPENING.test(text) ? seg.paragraph : -1;
    }
    let furniture = state.furnitureParagraph === seg.paragraph;
    const length = seg.end - seg.start;
    const isHeading =
      seg.heading || (seg.first && !!seg.listMarker && length <= MAX_HEADING_LENGTH && !seg.terminated);
    if (isHeading && !furniture) {
      furniture = true; // a heading names a topic; it reports nothing
      const unitText = text.slice(seg.start, seg.end);
      const level = headingLevel(seg.listMarker);
      const kind: SectionKind | null = SHORTFALL_HEADING.test(unitText)
        ? 'shortfall'
        : DONE_HEADING.test(unitText)
          ? 'body'
          : PLAN_HEADING.test(unitText)
            ? 'plan'
            : null;
      if (kind) {
        state.kind = kind;
        state.level = level;
      } else if (seg.listMarker && state.level > 0 && level <= state.level) {
        // A sibling heading closes the section; unmarked lines (a signature, a date) do not.
        state.kind = 'body';
        state.level = 0;
      }
    }
    if (seg.first) {
      const isLabel = !!seg.listMarker && seg.terminated && length <= MAX_LEAD_LABEL && !furniture;
      state.leadStart = isLabel ? seg.start : -1;
      state.leadEnd = isLabel ? seg.end : -1;
    }
    // The segment becomes the unit in place: no copy per sentence of a long report.
    const unit = seg as ReportUnit;
    unit.section = state.planParagraph === seg.paragraph ? 'plan' : state.kind;
    unit.furniture = furniture;
    unit.leadStart = seg.first ? -1 : state.leadStart;
    unit.leadEnd = seg.first ? -1 : state.leadEnd;
    units.push(unit);
  }
  return units;
}

/** Whether the paragraph `text[start, end)` is page furniture. */
function isFurnitureAt(text: string, start: number, end: number): boolean {
  FURNITURE_OPENING.lastIndex = start;
  if (FURNITURE_OPENING.test(text)) return true;
  // Short paragraphs are tested whole; long ones are not a trail or a footer line.
  return end - start <= MAX_FOOTER && isFurniture(text.slice(start, end));
}

/** Whether a paragraph is page furniture rather than report text. */
export function isFurniture(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  if (!trimmed) return true;
  FURNITURE_OPENING.lastIndex = 0;
  if (FURNITURE_OPENING.test(trimmed) || FURNITURE_ANYWHERE.test(trimmed)) return true;
  return BREADCRUMB.test(trimmed) && !/[，。]/.test(trimmed);
}
