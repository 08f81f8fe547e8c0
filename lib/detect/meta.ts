/**
 * Facts about a document as a whole, read from its normalised text: title,
 * publication date, issuing unit, inspected unit and inspection round.
 * Values are returned in normalised form (Simplified, without pinyin).
 */
import type { DocumentMeta } from './types';
import { CHROME } from './furniture';
import { listMarkerLength } from '../text/segment';

/** How far into the text the title and byline are looked for. */
const HEAD_LINES = 12;
const MAX_TITLE = 80;

const CN_NUMBER: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 2019, 二〇一九 → 2019; 十二 → 12; 三十一 → 31. */
function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && s.indexOf('十') < 0) {
    let n = 0;
    for (const ch of s) n = n * 10 + (CN_NUMBER[ch] ?? 0);
    return n;
  }
  const ten = s.indexOf('十');
  if (ten < 0) return CN_NUMBER[s] ?? NaN;
  const tens = ten === 0 ? 1 : CN_NUMBER[s[0]];
  const ones = ten === s.length - 1 ? 0 : CN_NUMBER[s[ten + 1]];
  return tens * 10 + ones;
}

const N = '\\d|〇|零|一|二|三|四|五|六|七|八|九|十';
const DATE = new RegExp(
  `((?:${N}){4})\\s*[年\\-/.]\\s*((?:${N}){1,2})\\s*[月\\-/.]\\s*((?:${N}){1,3})(?:日|号)?`,
  'g',
);

/** ISO yyyy-mm-dd of a date match, or undefined when it is not a real date. */
function isoDate(m: RegExpExecArray | RegExpMatchArray): string | undefined {
  const y = parseNumber(m[1]);
  const mo = parseNumber(m[2]);
  const d = parseNumber(m[3]);
  if (!(y >= 1949 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What makes a date a bound, not a day the page was written: 1月10日前, 1月1日起, 3月9日至…. */
const BOUND_AFTER = /^(?:前|之前|以前|起|至|止|—|-)/;

const LABELLED_DATE = /(?:发布时间|发布日期|发文日期|成文日期|印发日期|日期|时间)\s*[：:]?\s*/g;
/** A line that is only a date (the date under a signature). */
const DATE_LINE = new RegExp(
  `^\\s*(?:(?:${N}){4})\\s*年\\s*(?:(?:${N}){1,2})\\s*月\\s*(?:(?:${N}){1,3})\\s*日\\s*$`,
);

/** Suffixes of unit names (县教育局, 市纪委监委, 局党组, 领导小组办公室). */
const UNIT_SUFFIX =
  '(?:党组|党委|党工委|党总支|党支部|纪委监委|纪委|监委|委员会|领导小组办公室|领导小组|办公室|政府|教育局|局|厅|委|办|院|学院|大学|学校|中学|小学|公司|集团|中心|街道|镇|乡|村|社区|部|所|处|署|会)';
const ROUND_GROUP =
  /(?:中央|省委|市委|州委|县委|区委|旗委|校党委|党委|党组)?第[一二三四五六七八九十\d*＊XＸ]{1,3}(?:巡察|巡视)组/;
const ROUND =
  /(?:\d{4}年(?:度)?)?(?:[省市县区州旗]委|校党委)?第[一二三四五六七八九十\d*＊XＸ]{1,3}轮(?:巡察|巡视)/;

const INSPECTED = [
  // 巡察县教育局党组情况反馈会议, 对市教育局党委开展了巡察, 向市教育局党委反馈巡察情况
  new RegExp(`巡[察视](?!组|工作)([^，。；：、“”《》\\s巡]{2,20}?${UNIT_SUFFIX})(?:的?情况的?反馈|党组织)`),
  new RegExp(
    `对([^，。；：、“”《》\\s]{2,20}?${UNIT_SUFFIX})(?:党组织)?(?:开展|进行)了?(?:为期[^，。]{1,10})?(?:常规|专项|机动)?(?:巡察|巡视)`,
  ),
  new RegExp(`向([^，。；：、“”《》\\s]{2,20}?${UNIT_SUFFIX})(?:领导班子)?反馈(?:了)?(?:巡察|巡视)`),
  new RegExp(`关于([^，。；：、“”《》\\s]{2,20}?${UNIT_SUFFIX})(?:巡察|巡视)整改`),
];

const SOURCE = /(?:来源|信息来源|发布单位|发布机构|发文单位|来源单位)\s*[：:]\s*([^\s|｜，。]{2,30})/;
const SPEAKER = new RegExp(`我代表([^，。；：、\\s]{2,20}?${UNIT_SUFFIX})`);
const UNIT_LINE = new RegExp(`^[^，。；：、\\s]{2,40}${UNIT_SUFFIX}$`);
/** Labels that follow the source on a byline line. */
const BYLINE_LABEL = /浏览|阅读|点击|访问|发布|作者|编辑|责任编辑|字号|字体|时间|日期|【|\[|打印|分享/;
/** Sources that name no unit. */
const NO_UNIT = /^(?:网络|网友|本站|互联网|原创|转载|未知)/;

/** Words a document title ends with. */
const TITLE_END =
  /(?:讲话|讲话稿|发言|发言稿|通报|报告|意见|方案|决定|通知|情况|纪要|公告|公示|总结|汇报|函|办法|规定|清单|台账|说明|致辞|主持词|动员|部署)$/;
const SALUTATION = /^(?:尊敬的|同志们|各位|各(?:县|市|区|乡|镇|单位|部门))|[：:]$/;
/** A site's name over its pages (XX县人民政府门户网站, XX局（繁体版）): never the article's title. */
const SITE_NAME = /(?:网站|官网|门户网|[(（][^()（）]{1,6}版[)）])$/;

export interface MetaInput {
  /** Normalised text. */
  text: string;
  /** `[start, end)` of each line of the text. */
  lineStarts: Int32Array;
  lineEnds: Int32Array;
  /** Furniture lines (1), which hold bylines but never the title. */
  furniture: Uint8Array;
  /** The page's `<title>`, when known. */
  title?: string;
  /** Lines (1) that are cells of a table: a unit above a date there is no signature. */
  tableCells?: Uint8Array;
}

/** Meta is read from the head and the tail of a document only, so long pages cost nothing more. */
const HEAD_CHARS = 20_000;
const TAIL_LINES = 30;

/** The document's meta; fields that cannot be found are left out. */
export function readMeta(input: MetaInput): DocumentMeta {
  const { text, lineStarts, lineEnds } = input;
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  // Lines of the head, then of the tail (their own index in `furniture`).
  const lines: string[] = [];
  const furniture: number[] = [];
  const count = lineStarts.length;
  let k = 0;
  const cells = input.tableCells;
  const lineAt = (i: number) => (cells?.[i] ? '' : text.slice(lineStarts[i], lineEnds[i]));
  for (; k < count && lineStarts[k] < HEAD_CHARS; k++) {
    lines.push(lineAt(k));
    furniture.push(input.furniture[k]);
  }
  const tail: string[] = [];
  for (let t = Math.max(k, count - TAIL_LINES); t < count; t++) tail.push(lineAt(t));
  const all = tail.length > 0 ? lines.concat(tail) : lines;
  const meta: DocumentMeta = {};
  const title = findTitle(lines, furniture, input.title);
  if (title) meta.title = title;
  const date = findDate(all, head);
  if (date) meta.publishDate = date;
  const issuer = findIssuer(all, head) ?? siteUnit(input.title);
  if (issuer) meta.issuingUnit = issuer;
  const inspected = findInspected(title, head);
  if (inspected) meta.inspectedUnit = inspected;
  const round = ROUND_GROUP.exec(title ?? '') ?? ROUND_GROUP.exec(head) ?? ROUND.exec(head);
  if (round) meta.round = round[0];
  return meta;
}

function findTitle(
  lines: string[],
  furniture: ArrayLike<number>,
  pageTitle: string | undefined,
): string | undefined {
  if (pageTitle) {
    // Site names follow the article title: "标题_XX县人民政府", "标题 - XX网".
    const parts = pageTitle.split(/\s*[_|｜]\s*|\s+[-—–]+\s+/).filter((p) => /[\u4e00-\u9fff]/.test(p));
    let best = '';
    for (const part of parts) if (part.length > best.length) best = part;
    if (best) return best.trim();
  }
  for (let k = 0; k < Math.min(lines.length, HEAD_LINES); k++) {
    const line = lines[k].trim();
    if (furniture[k] === CHROME || line.length < 4 || line.length > MAX_TITLE) continue;
    if (/[。；！？]$/.test(line) || SALUTATION.test(line) || !/[\u4e00-\u9fff]{4}/.test(line)) continue;
    if (SITE_NAME.test(line)) continue;
    // The title comes before the first numbered heading (一、…, （一）…), if at all.
    if (listMarkerLength(line, 0) > 0) return undefined;
    // A title a PDF copy wrapped: "在…巡察县教育局党" + "组情况反馈会议上的表态发言".
    const next = lines[k + 1]?.trim();
    if (!TITLE_END.test(line) && next && furniture[k + 1] !== CHROME && TITLE_END.test(line + next)) {
      if (line.length + next.length <= MAX_TITLE && !/[。；！？：:]$/.test(next)) return line + next;
    }
    return line;
  }
  return undefined;
}

function findDate(lines: string[], text: string): string | undefined {
  // A labelled date: 发布时间：2022-05-20.
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.length > 200) continue;
    LABELLED_DATE.lastIndex = 0;
    let label: RegExpExecArray | null;
    while ((label = LABELLED_DATE.exec(line))) {
      DATE.lastIndex = label.index + label[0].length;
      const m = DATE.exec(line);
      if (m && m.index === label.index + label[0].length) {
        const iso = isoDate(m);
        if (iso) return iso;
      }
    }
  }
  // The date under the signature: a line of its own, last one wins.
  for (let k = lines.length - 1; k >= 0; k--) {
    if (DATE_LINE.test(lines[k])) {
      DATE.lastIndex = 0;
      const m = DATE.exec(lines[k]);
      const iso = m && isoDate(m);
      if (iso) return iso;
    }
  }
  // Else the first full date in the text that is not a time limit, a start or the start of a range.
  DATE.lastIndex = 0;
  for (const m of text.matchAll(DATE)) {
    const iso = isoDate(m);
    if (iso && !BOUND_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 2))) return iso;
  }
  return undefined;
}

function findIssuer(lines: string[], text: string): string | undefined {
  for (let k = 0; k < lines.length; k++) {
    if (lines[k].length > 200) continue;
    const m = SOURCE.exec(lines[k]);
    // Spaces between bylines are gone after normalisation: cut at the next label.
    const unit = m?.[1].split(BYLINE_LABEL)[0];
    if (unit && unit.length >= 2 && !NO_UNIT.test(unit)) return unit;
  }
  // The signature: a unit name on the line above the closing date.
  for (let k = lines.length - 1; k > 0; k--) {
    if (DATE_LINE.test(lines[k])) {
      const above = lines[k - 1].trim();
      if (UNIT_LINE.test(above)) return above;
      break;
    }
  }
  const speaker = SPEAKER.exec(text);
  return speaker ? speaker[1] : undefined;
}

/**
 * The unit whose site it is, from the page title's last part ("标题_通知公告_XX县人民政府"):
 * the publisher, when the text names none. Site names that are no unit (清风XX) are not taken.
 */
function siteUnit(pageTitle: string | undefined): string | undefined {
  if (!pageTitle) return undefined;
  const parts = pageTitle.split(/\s*[_|｜]\s*|\s+[-—–]+\s+/);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1].trim();
  return UNIT_LINE.test(last) ? last : undefined;
}

function findInspected(title: string | undefined, text: string): string | undefined {
  for (const source of [title ?? '', text]) {
    for (const pattern of INSPECTED) {
      const m = pattern.exec(source);
      if (m) return m[1];
    }
  }
  return undefined;
}
