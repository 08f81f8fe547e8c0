/**
 * The detection engine: finds the problems, commitments, pledges and
 * reports of progress in a page's text, and says why.
 *
 * Pipeline, each pass over the text once and in steps (see
 * `analyzeInSteps`): normalise (normalize.ts) → find every cue
 * (cues.ts) → cut sentence units (segment.ts) → mark furniture lines
 * (furniture.ts) and sections (structure.ts) → per unit, cut clauses into
 * statements (clauses.ts), weigh their evidence (evidence.ts) and classify
 * them (classify.ts, where the model is described) → fields and meta.
 * Offsets of findings are mapped back to the original text.
 */
import { normalizeInSteps, type NormalizedText } from '../text/normalize';
import {
  listMarkerLength,
  segmentAt,
  segmentTableInSteps,
  type Segment,
  type SegmentTable,
} from '../text/segment';
import {
  CELL_LINE_BREAK,
  charClasses,
  CHAR_HAN,
  DITTO,
  isAsciiDigit,
  isHan,
  isHorizontalSpace,
  isSentenceEnd,
} from '../text/chars';

const CELL_LINE_BREAK_CODE = CELL_LINE_BREAK.charCodeAt(0);
import type { TraditionalConverter } from '../text/traditional';
import type { Analysis, Cue, Finding, FindingKind } from './types';
import { categoryBit, createHits, cueTable, scanCues, type CueHits } from './cues';
import { findFurnitureLines } from './furniture';
import {
  COLUMN_DEADLINE,
  COLUMN_FIELD,
  COLUMN_MEASURE,
  COLUMN_TARGET,
  COLUMN_NUMBER,
  COLUMN_OTHER,
  COLUMN_PROBLEM,
  COLUMN_STATUS,
  findSections,
  headingKind,
  namesField,
  sectionKindAt,
  type Sections,
} from './structure';
import {
  ClauseEnds,
  CONTINUES,
  findNamedProblem,
  findQuotedProblems,
  HAS_NUMBER,
  HAS_QUOTE,
  NEW_STATEMENT,
  NEW_SUBJECT,
  opensStatement,
  scanClauses,
} from './clauses';
import {
  EXPLAINS_COMMITMENT,
  EXPLAINS_PLEDGE,
  EXPLAINS_PROBLEM,
  EXPLAINS_PROGRESS,
  ExplanationPool,
  explanationFor,
  gatherEvidence,
  opensImperative,
  Evidence,
  type Span,
} from './evidence';
import {
  verdict,
  classifyStatement,
  type SectionKind,
  type StatementContext,
  type Verdict,
} from './classify';
import { extractDeadline, extractOwner, extractQuantities } from './fields';
import { readMeta } from './meta';
import {
  ASIDE_LABELS,
  CAUSE_LABELS,
  FIELD_LINE,
  MEASURE_LABELS,
  NEXT_FIELD,
  PROBLEM_LABELS,
  PROGRESS_LABELS,
  THRESHOLDS,
} from './lexicon';

export interface AnalyzeOptions {
  /** Converts Traditional text (load it when `countTraditional(text) >= 2`). */
  converter?: TraditionalConverter | null;
  /** The `<title>` of an HTML page, when known. */
  title?: string;
}

/** How many cells after its commitment a field of the same row may stand. */
const ROW_REACH = 3;

/** Characters of work per step of {@link analyzeInSteps}. */
const STEP = 24_576;
/** Last characters of the names of fields (责任单位：, 化解时限：…): the cheap test before the pattern. */
const FIELD_LAST = new Uint8Array(0x10000);
for (const ch of '位门室导人限间点') FIELD_LAST[ch.charCodeAt(0)] = 1;

/** Every paragraph label: a name that says what kind its items are, read by labelOf. */
const PARAGRAPH_LABELS = new Set([
  ...MEASURE_LABELS,
  ...PROBLEM_LABELS,
  ...CAUSE_LABELS,
  ...PROGRESS_LABELS,
  ...ASIDE_LABELS,
]);

/** Last characters of the paragraph labels (措施：, 表现：). */
const LABEL_LAST = new Uint8Array(0x10000);
for (const label of PARAGRAPH_LABELS) LABEL_LAST[label.charCodeAt(label.length - 1)] = 1;
LABEL_LAST['诺'.charCodeAt(0)] = 1; // 我局承诺：
LABEL_LAST['施'.charCodeAt(0)] = 1; // 督办措施：

/** Characters of the number a label may carry (问题3：, 措施（一）：). */
const LABEL_NUMBER = new Uint8Array(0x10000);
for (const ch of '0123456789一二三四五六七八九十（）()') LABEL_NUMBER[ch.charCodeAt(0)] = 1;

/** How far into a line the colon of its label may stand, a note on what it covers included. */
const LABEL_REACH = 20;

/** Whether `text[from, to]` holds only the characters of a label's number (（一）, (3)). */
function isLabelNumber(text: string, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!LABEL_NUMBER[text.charCodeAt(i)]) return false;
  return true;
}

/** Longest name of a field before its colon (曝光单位三：, 公布日期：). */
const MAX_NAME = 6;

/** Cues that keep their sense inside a field's name (下一步：, 整改时限：, 责任人：). */
const KEPT_IN_NAMES =
  categoryBit('future') |
  categoryBit('deadline') |
  categoryBit('owner') |
  categoryBit('shortcoming') |
  categoryBit('problem-intro');

/**
 * The end of a field's name that opens a unit (公开期：, 曝光单位三：, after any list marker),
 * or -1: a short run of Han characters and digits before a colon that is no paragraph label.
 */
function fieldNameEnd(text: string, start: number, end: number, markerLength: number): number {
  const from = start + markerLength;
  let at = from;
  const limit = Math.min(end, from + MAX_NAME + 1);
  while (at < limit && (isHan(text.charCodeAt(at)) || isAsciiDigit(text.charCodeAt(at)))) at++;
  const colon = text.charCodeAt(at);
  if (at - from < 2 || (colon !== 0xff1a && colon !== 0x3a)) return -1;
  let last = at;
  while (last > from && LABEL_NUMBER[text.charCodeAt(last - 1)]) last--;
  const name = text.slice(from, last);
  // 包保责任人：… names who answers for the rectification: the name is part of what it says.
  return PARAGRAPH_LABELS.has(name) || namesMeasures(name) || name.endsWith('责任人') ? -1 : at;
}

/**
 * Labels of measures beyond MEASURE_LABELS: a promise (我局承诺：) or measures of some kind
 * (督办措施：), but not those already taken (已采取措施：).
 */
function namesMeasures(label: string): boolean {
  if (label.endsWith('承诺')) return true;
  return (label.endsWith('措施') || label.endsWith('举措')) && !label.startsWith('已');
}

/** What closes fields given in parentheses. */
const CLOSING_PARENTHESES = '）)。';

/** Cues of shortcomings. */
const SHORTCOMING = categoryBit('shortcoming');

/** Categories of cues that can make a finding of a unit on their own (with the words around them). */
const TRIGGERS =
  categoryBit('shortcoming') |
  categoryBit('problem-intro') |
  categoryBit('directive') |
  categoryBit('future') |
  categoryBit('resolve') |
  categoryBit('acceptance') |
  categoryBit('triage') |
  categoryBit('measure') |
  categoryBit('measure-verb') |
  categoryBit('deadline') |
  categoryBit('attitude') |
  categoryBit('reference') |
  categoryBit('cognition') |
  // 关于“…大班额”的问题: a problem quoted and named as one
  categoryBit('problem-noun') |
  // who answers for the rectification (…是第一责任人) is a pledge of its own
  categoryBit('owner');

/** Words of deadlines that are not deadline cues of their own (see mayHaveDeadline). */
const DEADLINE_WORDS =
  /月|限|立行|立查|即知|长期|第一时间|最短|按期|年内|年底|年末|周|季度|节前|元旦|开学|汛|入冬|供暖季/;

/** Longest table cell that can hold a commitment's owner or deadline. */
const MAX_CELL = 24;
/** A cell that names a unit: 计划财务股, 办公室, 各乡镇（街道）. */
const UNIT_NAME =
  /^[\u4e00-\u9fff、（）()，]{2,22}(?:股|科|室|处|局|办|中心|组|委|部|队|站|所|院|校|单位|部门|办公室|党组|党委|支部|街道|乡镇|政府)$/;

const hasDigit = (quantity: string) => /[0-9]/.test(quantity);

/**
 * Last characters of the cells fieldCell takes: those of unit names (UNIT_NAME) and of
 * deadlines (月底前, 年内, 立行立改, 长期坚持, 第一时间, 时间节点, 按期完成…).
 */
const CELL_LAST = new Uint8Array(0x10000);
for (const ch of '股科室处局办心组委部队站所院校位门府道镇）)前内底末旬日天周期改持间点成结位年度月')
  CELL_LAST[ch.charCodeAt(0)] = 1;

/** A finding has at least this many Han characters… */
const MIN_HAN = 4;
/** …and a directive or report this many (a table cell 长期坚持 or 计划财务股 is not one). */
const MIN_HAN_DIRECTIVE = 6;
/** At most this many cues explain one finding. */
const MAX_CUES = 12;

/** Analyses `original` to completion; pure and synchronous. */
export function analyzeText(original: string, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeInSteps(original, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link analyzeText} in steps: yields after every ~25 K characters of work,
 * so a content script can give the page back its main thread between steps.
 */
export function* analyzeInSteps(
  original: string,
  options: AnalyzeOptions = {},
): Generator<void, Analysis, void> {
  const norm = yield* normalizeInSteps(original, { converter: options.converter });
  const { text } = norm;
  // Official prose has a cue every four or five characters.
  const hits = createHits(Math.max(1024, text.length >> 2));
  for (let pos = 0; pos < text.length;) {
    pos = scanCues(text, pos, Math.min(text.length, pos + STEP), hits);
    if (pos < text.length) yield;
  }
  const segments = yield* segmentTableInSteps(text);
  const lines = splitLines(text);
  const furniture = findFurnitureLines(text, lines.starts, lines.ends, hits);
  const skip = new Uint8Array(segments.count);
  for (let k = 0; k < segments.count; k++) skip[k] = furniture[segments.paragraph[k]];
  // Each pass over a whole long page is a step of its own.
  if (text.length > STEP) yield;
  // A paragraph after a line break inside a table cell stays in that cell. Asked only of table
  // rows, so a page without tables pays nothing.
  const sections = findSections(text, segments, skip, (k) => continuesCell(norm, segments.start[k]));
  if (text.length > STEP) yield;
  const meta = readMeta({
    text,
    lineStarts: lines.starts,
    lineEnds: lines.ends,
    furniture,
    title: options.title,
    tableCells: tableCellLines(segments, sections, lines.starts),
  });
  // The title as read, without the site name after it (…整改方案_XX县人民政府).
  const title = meta.title ?? options.title;
  const documentKind = title ? headingKind(title, true) : null;
  yield;

  const run = new UnitRun(norm, hits, segments, skip, sections, documentKind);
  let work = 0;
  for (let k = 0; k < segments.count; k++) {
    run.unit(k);
    work += segments.end[k] - segments.start[k];
    if (work >= STEP) {
      work = 0;
      yield;
    }
  }
  return { meta, findings: run.findings, converted: norm.converted };
}

/** What a paragraph's opening label (主要表现：, 整改措施：, 未完成原因：, 整改情况：) says its statements are. */
type ParagraphLabel = 'problem' | 'commitment' | 'causes' | 'progress' | 'aside';

/** A line giving the state of an item: 整改进展：未完成。 */
const STATUS_LINE =
  /^(?:整改)?(?:进展|情况|进度|状态|完成情况)[：:]\s*(?:已完成|基本完成|未完成|持续推进|正在推进|推进中|已整改|整改中|长期坚持|已销号|未销号)[。；]?$/;
const MAX_STATUS_LINE = 16;
/** Longest unit read as the name of a field of work (（三）落实全面从严治党主体责任方面). */
const MAX_FIELD_NAME = 24;

/** A list item that only names a place (（一）东山镇, （四）其他乡镇): a label of the items under it. */
const PLACE_HEADING = /^[\u4e00-\u9fff]{1,6}(?:镇|乡|村|街道|社区|县|区|乡镇)$/;
/** A list item that only names a body (（一）市住房和城乡建设局, （四）其他部门, (一)主办机关部分): a label too. */
const BODY_HEADING =
  /^(?:[\u4e00-\u9fffA-Z]{1,14}(?:局|委员会|办公室|中心|公司|集团|学校|中学|小学|幼儿园|医院|卫生院|法院|检察院|学院|研究院|机关部分|单位部分|厂商部分)|其他(?:部门|单位))$/;

/**
 * The context of a measure told without a modal: after a list item's lead (一是抓学习。), after
 * an order in its paragraph, and under a list item's heading line.
 */
const LEAD_MEASURES = '承接段首';
const AFTER_ORDER = '承接上句';
const UNDER_HEADING = '承接标题';
/** An end state a report can check a target against (全部整改到位, 动态清零, 日产日清). */
const END_STATE = /全部|清零|日清|达标|全覆盖/;

/**
 * The end of a lead to what is advised or required: 建议, 要求, 责成 and what they ask of
 * whom (审计署建议XX局：, 具体要求如下：), or an order with nothing after it (被审计实体应：).
 * Not 要求 of what fell short of it (存在以下不符合要求的情况：).
 */
const INTRODUCES_MEASURES = /(?:(?:建议|要求|责成)[^，。；：问题情况现象]{0,10}|(?:应当?|必须|须))：$/;
const INTRODUCTION_REACH = 14;
/** Longest statement read as only a lead to measures. */
const MAX_MEASURE_LEAD = 20;

/** The opening of a ban: 不得, 严禁, 禁止, 不准, 不许, 杜绝. */
const PROHIBITION = /^(?:不得|严禁|禁止|不准|不许|杜绝)/;

/** The context of a statement after a problem that opens its paragraph. */
const LEAD_PROBLEM = '段首问题';

/** What a heading names as a check on the rectification (（三）强化督导检查。, 严肃问责). */
const NAMES_CHECK = /督导|督查|检查|问责|追责|巡查|验收/;

/** Verbs of a direction kept to (坚持公开整改, 强化信息公开) or of scrutiny welcomed (主动接受监督), not an act done. */
const KEEPS_TO = /^(?:坚持|强化|加强|深化|持续|(?:主动|自觉|公开|诚恳|广泛)?接受)/;

/**
 * An item heading that only names a topic (（一）关于上班纪律): the problems follow under it.
 * One that names its problem (（一）关于“…不到位”的问题) is the problem.
 */
const NAMES_TOPIC = /^关于(?!.*(?:问题|方面|不|未|没|差距|短板|薄弱))/;

/** The opening of a statement of causes: 究其原因，…, 出现上述问题，…, 这些问题的产生，根子在于…, 原因是… */
const GIVES_CAUSES =
  /(?:究其原因|究其根源|分析原因|(?:出现|产生)(?:上述|以上|这些)(?:问题|情况)[，,]|(?:这些)?问题(?:的)?(?:产生|存在)(?:的原因)?[，,]?(?:根子|根源|原因)在于|(?:主要|深层次)?(?:根源|根子|原因)在于|(?:主要|根本|直接)?原因(?:是|有))/y;

/** A statement that only ties the rectification to other work: 要把巡察整改与…结合起来. */
const JOINS_UP =
  /[^，。；\n]{0,12}把[^，。；\n]{1,20}(?:与|同|和)[^。；\n]{1,40}(?:结合起来|贯通起来|统筹起来|融合起来|一体推进)/y;
/** How far into a statement its 把 may stand for JOINS_UP to be tried. */
const JOIN_REACH = 13;

/**
 * Whether a statement only ties the rectification to other work, with no
 * measure of its own after it (…统筹起来，对尚未完成的事项逐项“回头看” has one).
 */
function joinsUp(text: string, start: number, end: number): boolean {
  // The cheap test first: most statements have no 把 near their start.
  const reach = Math.min(end, start + JOIN_REACH);
  let hasBa = false;
  for (let i = start; i < reach && !hasBa; i++) hasBa = text.charCodeAt(i) === 0x628a; // 把
  if (!hasBa) return false;
  JOINS_UP.lastIndex = start;
  const join = JOINS_UP.exec(text);
  if (join === null) return false;
  const after = start + join[0].length;
  if (after > end) return false;
  // A measure of its own after the tie (…统筹起来，对尚未完成的事项逐项…).
  for (let i = after; i + 1 < end; i++)
    if (text.charCodeAt(i) === 0xff0c && text.charCodeAt(i + 1) === 0x5bf9) return false;
  return true;
}

/** Whether the line at `start` follows a line break inside a table cell (see CELL_LINE_BREAK). */
function continuesCell(norm: NormalizedText, start: number): boolean {
  return start > 0 && norm.original.charCodeAt(norm.toOriginal.at(start - 1)) === CELL_LINE_BREAK_CODE;
}

/** A count of items by their state of rectification (整改到位6项, 已办结9件, 尚未整改1个: …整改 counts each). */
const TALLY =
  /(已)?(?:整改到位|完成整改|整改完成|整改|办结|销号|基本完成|未达到整改要求|正在推进)了?[0-9]+[个项件条处宗]/g;

/**
 * Whether a statement tallies items by state: two counts of states, or, where it
 * would otherwise be a plan, one count of items already done (到年底已整改到位19个).
 * Targets count once and without 已 (到年底，6个问题完成整改4个以上).
 */
function tallies(statement: string, plan: boolean): boolean {
  let count = 0;
  TALLY.lastIndex = 0;
  for (let m = TALLY.exec(statement); m !== null; m = TALLY.exec(statement)) {
    if (++count >= 2 || (plan && m[1] !== undefined)) return true;
  }
  return false;
}

/** First characters of the openings of GIVES_CAUSES (as codes: charAt would allocate a string). */
const CAUSE_OPENERS = new Set([...'究分这问主深根原出产'].map((ch) => ch.charCodeAt(0)));

/** Whether the statement at `start` opens by giving causes (sticky, so nothing is sliced). */
function givesCauses(text: string, start: number): boolean {
  // The cheap test first: the first character of every opening of GIVES_CAUSES.
  if (!CAUSE_OPENERS.has(text.charCodeAt(start))) return false;
  GIVES_CAUSES.lastIndex = start;
  return GIVES_CAUSES.test(text);
}

/** The subject of a criticism: 有的单位…, 还有的部门…, 个别干部… */
const OPENS_WITH_SOME = /(?:还|也|但|同时，?)?(?:有的|个别|少数|一些|部分)/y;

/** Whether the statement at `at` opens with a preposition of its target (对…, 针对…). */
function opensWithTarget(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // 对照, 对标, 对于… are words of their own; 对 before a noun is the preposition.
  return (
    (c === 0x5bf9 && !/[照标于比接口话待此表账外应]/.test(text.charAt(at + 1))) || text.startsWith('针对', at)
  );
}

/** Lines that are cells of a table with a header row, or undefined when there is none. */
function tableCellLines(
  segments: SegmentTable,
  sections: Sections,
  lineStarts: Int32Array,
): Uint8Array | undefined {
  let cells: Uint8Array | undefined;
  let line = 0;
  for (let k = 0; k < segments.count; k++) {
    if (!sections.column[k]) continue;
    cells ??= new Uint8Array(lineStarts.length);
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= segments.start[k]) line++;
    cells[line] = 1;
  }
  return cells;
}

/** `[start, end)` of every line of `text`. */
function splitLines(text: string): { starts: Int32Array; ends: Int32Array } {
  let count = 1;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let start = 0;
  for (let k = 0; k < count; k++) {
    const nl = k + 1 < count ? text.indexOf('\n', start) : text.length;
    starts[k] = start;
    ends[k] = nl;
    start = nl + 1;
  }
  return { starts, ends };
}

/** A statement of a unit, classified. */
interface Statement {
  start: number;
  end: number;
  verdict: Verdict;
  ev: Evidence;
  /** An extra cue from the context (the section heading, the paragraph's lead). */
  context?: Cue;
  /**
   * The evidence of statements merged into this one, for its explanation:
   * `more[0, moreCount)` (the array stays with the pooled statement; emptying it would free it).
   */
  more: Evidence[];
  moreCount: number;
  /** Where the statement proper starts (after a lead-in or list marker). */
  mainStart: number;
  /** How its first clause opened it (see clauses.ts). */
  open: number;
}

/** Walks the units in order, keeping what later units need to know about earlier ones. */
class UnitRun {
  readonly findings: Finding[] = [];
  private hitCursor = 0;
  /** Kind of the previous unit, and whether it ended with ； (its sentence goes on). */
  private previousKind: FindingKind | 'none' = 'none';
  private previousOpen = false;
  private previousParagraph = -1;
  /** The first unit of the current paragraph was a list item with this kind. */
  private leadKind: FindingKind | 'none' = 'none';
  /** The kind of the last list item's heading line, until the next heading or item. */
  private headingLead: FindingKind | 'none' = 'none';
  /** A list of problems is open at this marker level (after 还存在以下问题：…). */
  private problemListLevel = 0;
  /** The last unit read introduced a list of problems (…还存在以下问题：, …亟需解决。). */
  private introducesProblems = false;
  /** The paragraph opens with a label (整改措施：, 主要表现：) that says what its items are. */
  private paragraphLabel: ParagraphLabel | null = null;
  /** A label that stood alone on its line, and whether the last label read did. */
  private carriedLabel: ParagraphLabel | null = null;
  private labelOnly = false;
  /** The carried label comes from a lead that introduces measures (…提出以下要求：), not a label. */
  private carriedByLead = false;
  /** The label just read is followed on its line by the first of its items (整改措施：（1）…). */
  private labelOpensItems = false;
  /** The label just read carries a number (问题3：); the last paragraph opened with a numbered problem label. */
  private labelNumbered = false;
  private numberedProblem = false;
  /** Where the findings of the current item (since the last heading) start. */
  private itemStart = 0;
  /** The paragraph's label of measures names targets (整改目标：…, a column of 目标). */
  private targetLabel = false;
  /** Where the findings of the current table row (since its number cell) start. */
  private rowStart = 0;
  /** The unit being read, and the run of field lines last read: its last unit and its findings. */
  private unitIndex = 0;
  private fieldRunEnd = -2;
  private fieldRunFrom = 0;
  private fieldRunTo = 0;
  /** Paragraph of the last unit with a finding. */
  private lastFindingParagraph = -1;
  private readonly classes = charClasses();
  private readonly seg = {} as Segment;
  /** The cues that fired in the unit being read. */
  private readonly pool = new ExplanationPool();

  constructor(
    private readonly norm: NormalizedText,
    private readonly hits: CueHits,
    private readonly segments: SegmentTable,
    private readonly skip: Uint8Array,
    private readonly sections: Sections,
    private readonly documentKind: SectionKind,
  ) {}

  unit(k: number): void {
    this.unitIndex = k;
    // One Segment object serves every unit: nothing keeps it once the unit is read.
    const seg = segmentAt(this.norm.text, this.segments, k, this.seg);
    this.pool.reset();
    this.statementsUsed = 0;
    this.evidenceUsed = 0;
    this.resultCount = 0;
    const { text } = this.norm;
    const hits = this.hits;
    while (this.hitCursor < hits.count && hits.start[this.hitCursor] < seg.start) this.hitCursor++;
    let hitFrom = this.hitCursor;
    const categories = cueTable().categories;
    // 公开期：…, 曝光单位三：…: the words of a field's own name say what its value is, not what is done.
    const nameEnd = fieldNameEnd(text, seg.start, seg.end, seg.listMarker?.length ?? 0);
    while (
      hitFrom < hits.count &&
      hits.end[hitFrom] <= nameEnd &&
      !(categories[hits.cue[hitFrom]] & KEPT_IN_NAMES)
    )
      hitFrom++;
    let hitTo = hitFrom;
    let cues = 0; // the categories of the unit's cues
    while (hitTo < hits.count && hits.start[hitTo] < seg.end) cues |= categories[hits.cue[hitTo++]];

    const newParagraph = seg.paragraph !== this.previousParagraph;
    if (newParagraph) this.startParagraph(seg, k);
    else {
      // A label inside a paragraph (问题1：…；措施：…；) says what the units from it on are.
      const label = this.labelOf(seg);
      if (label) this.paragraphLabel = label;
    }
    this.previousParagraph = seg.paragraph;
    // An aside (照片说明：…, 违反法条：…) adds nothing; a cause (原因：…) explains a problem told before.
    if (this.paragraphLabel === 'aside' || this.paragraphLabel === 'causes') return;
    // In a table with a header row, the column says what a cell is (整改措施, 反馈问题, 责任单位).
    const column = this.sections.column[k];
    if (column === COLUMN_NUMBER) {
      this.rowStart = this.findings.length;
      return;
    }
    if (column === COLUMN_FIELD || column === COLUMN_DEADLINE) {
      this.rowField(seg, column === COLUMN_DEADLINE ? 'deadline' : 'owner');
      return;
    }
    if (column === COLUMN_MEASURE || column === COLUMN_TARGET) {
      // The column says what its cells are: no list of problems runs on into it.
      this.paragraphLabel = 'commitment';
      this.targetLabel = column === COLUMN_TARGET;
      this.problemListLevel = 0;
    } else if (column === COLUMN_PROBLEM) this.paragraphLabel = 'problem';
    this.statusColumn = column === COLUMN_STATUS;
    // A field may open its line, or follow the measures in the same paragraph (…落实。责任单位：…).
    if (
      this.fieldLine(seg) ||
      (seg.first && this.fieldCell(seg)) ||
      this.statusLine(seg) ||
      this.fieldName(seg)
    )
      return;
    if (this.sections.heading[k]) this.itemStart = this.findings.length;
    // （二）坚持公开整改。 keeps to a direction: only a heading that names an act names a measure,
    // and so does one that names a check (（三）强化督导检查。).
    const isItemHeading = this.sections.heading[k] === 1 && seg.listMarker !== undefined;
    const headingText = isItemHeading ? text.slice(seg.start + seg.listMarker!.length, seg.end) : '';
    this.context.namesCheck = isItemHeading && NAMES_CHECK.test(headingText);
    this.context.itemHeading = isItemHeading && (!KEEPS_TO.test(headingText) || this.context.namesCheck);

    // A cell of a column the header does not name (涉及小区: XX名苑等5个小区) takes nothing from its
    // context: only its own words can make it a finding.
    const ownWordsOnly = column === COLUMN_OTHER;
    const namesTopic = isItemHeading && NAMES_TOPIC.test(headingText);
    const problemContext = ownWordsOnly || namesTopic ? null : this.problemContext(k, seg, newParagraph);
    // A unit without a cue that can make a finding is read only where its context can
    // (a list of problems, a paragraph of measures, a fragment continuing a directive).
    const continuing = this.previousOpen && this.previousKind !== 'none';
    const checks = seg.listMarker !== undefined && seg.listMarker.endsWith('看');
    const context = !ownWordsOnly && (problemContext || this.paragraphLabel || continuing || checks);
    if (!this.skip[k] && (cues & TRIGGERS || context) && this.countHan(seg.start, seg.end) >= MIN_HAN) {
      this.statements(k, seg, hitFrom, hitTo);
      // After a list item's lead (一是抓学习。), the sentences of its paragraph spell it out;
      // so do the paragraphs under a list item's heading line (（三）接受群众监督), and a
      // measure told without a modal after an order of its paragraph (集团党委将在11月
      // 召开…。各子公司整改进展每月在集团内网通报一次；).
      const leadMeasures = newParagraph
        ? !seg.listMarker && isDirective(this.headingLead)
          ? UNDER_HEADING
          : null
        : this.leadKind === 'pledge' || this.leadKind === 'commitment'
          ? LEAD_MEASURES
          : this.previousKind === 'commitment'
            ? AFTER_ORDER
            : null;
      this.applyContext(seg, problemContext, leadMeasures);
    }
    const { result, resultCount } = this;
    let unitKind: FindingKind | 'none' = 'none';
    let introduces = false;
    // A lead to the measures under it (审计署建议市场管理处：) is not a finding of its own.
    const leadsToMeasures = this.introducesMeasures(seg);
    for (let i = 0; i < resultCount; i++) {
      const s = result[i];
      if (s.verdict.kind === 'problem' && s.ev.problemIntro >= 2) introduces = true;
      if (s.verdict.kind === 'none') continue;
      if (leadsToMeasures && i === resultCount - 1 && s.end - s.mainStart <= MAX_MEASURE_LEAD) continue;
      unitKind = s.verdict.kind;
      // The document's title is what the page is called, and a heading that names its
      // section (存在的问题, 下一步工作) labels what follows: neither is a finding. A problem
      // it quotes is one (关于“…”问题的整改情况).
      const heading = this.sections.heading[k];
      const named =
        s.context === QUOTED_PROBLEM || s.context === ABOUT_QUOTED_PROBLEM || s.context === NAMED_PROBLEM;
      if (heading !== 2 && (!heading || named || !this.sections.names[k])) this.emit(s, seg, k);
    }
    // A list item's lead, or a pledge opening a paragraph (…要切实担起整改主体责任。), is
    // spelled out by what follows.
    if (newParagraph) this.leadKind = seg.listMarker || unitKind === 'pledge' ? unitKind : 'none';
    if (isItemHeading) this.headingLead = unitKind;
    else if (this.sections.heading[k] || (newParagraph && seg.listMarker)) this.headingLead = 'none';
    if (unitKind !== 'none') this.lastFindingParagraph = seg.paragraph;
    this.previousKind = unitKind;
    this.previousOpen = text.charCodeAt(seg.end - 1) === 0xff1b; // ；
    this.introducesProblems =
      unitKind === 'problem' && (text.charCodeAt(seg.end - 1) === 0xff1a || introduces);
    // A lead that ends by introducing what is advised or required (…提出以下8项改善建议：,
    // 审计署建议XX局：, 被审计实体应：): the list items under it are measures, as under 整改措施：.
    if (!this.introducesProblems && leadsToMeasures) {
      this.carriedLabel = 'commitment';
      this.carriedByLead = true;
    }
  }

  /** Whether the unit ends with a lead to the measures under it (INTRODUCES_MEASURES). */
  private introducesMeasures(seg: Segment): boolean {
    const { text } = this.norm;
    if (text.charCodeAt(seg.end - 1) !== 0xff1a) return false;
    return INTRODUCES_MEASURES.test(text.slice(Math.max(seg.start, seg.end - INTRODUCTION_REACH), seg.end));
  }

  /**
   * A line that gives a field of the measures of its item (责任单位：…, 完成时限：…):
   * the item's commitments take it where they name none themselves.
   */
  private fieldLine(seg: Segment): boolean {
    const { text } = this.norm;
    // Fields may stand in parentheses after the measure (…。（牵头领导：…；完成时限：…））.
    let start = seg.start;
    let end = seg.end;
    if (text.charCodeAt(start) === 0xff08 || text.charCodeAt(start) === 0x28) start++;
    // The field's name is two to five characters long, then its colon.
    let colon = -1;
    for (let i = start + 2; i <= start + 5 && i < end && colon < 0; i++) {
      const c = text.charCodeAt(i);
      if ((c === 0xff1a || c === 0x3a) && FIELD_LAST[text.charCodeAt(i - 1)] === 1) colon = i;
    }
    if (colon < 0) return false;
    while (end > start && CLOSING_PARENTHESES.indexOf(text.charAt(end - 1)) >= 0) end--;
    // Several fields may share the line (牵头股室：基层卫生股 完成时限：2025年12月底).
    const body = text.slice(start, end);
    const valueAt = colon + 1 - start;
    const more = body.slice(valueAt).split(NEXT_FIELD);
    const fields: { deadline: boolean; value: string }[] = [];
    for (const part of [body.slice(0, valueAt) + more[0], ...more.slice(1)]) {
      const field = FIELD_LINE.exec(part);
      if (!field) return false;
      const deadline = field[1].indexOf('时') >= 0 || field[1].indexOf('期限') >= 0;
      fields.push({ deadline, value: field[2].trim() });
    }
    // The lines of one run of fields (责任单位：…, then 完成时限：…) share the measures above
    // them, back to the item's start or to the run of fields before: a page without headings
    // is not read back to its first measure at every field line.
    if (this.fieldRunEnd !== this.unitIndex - 1)
      this.fieldRunFrom = Math.max(this.itemStart, this.fieldRunTo);
    this.fieldRunEnd = this.unitIndex;
    this.fieldRunTo = this.findings.length;
    for (let i = this.fieldRunFrom; i < this.findings.length; i++) {
      const f = this.findings[i];
      if (f.kind !== 'commitment') continue;
      for (const { deadline, value } of fields) {
        if (deadline) f.deadline ??= value;
        else f.owner ??= value;
      }
    }
    return true;
  }

  /**
   * A table cell after a commitment's cell (计划财务股, 2024年7月底前): the row's
   * owner or deadline. Cells read as lines of their own, so the last commitment
   * a line or two above takes it.
   */
  private fieldCell(seg: Segment): boolean {
    if (seg.terminated || seg.end - seg.start > MAX_CELL) return false;
    // A cell of a date or a unit's name ends with one of a few characters: the cheap test first.
    if (!CELL_LAST[this.norm.text.charCodeAt(seg.end - 1)]) return false;
    const row = this.rowCommitment(seg);
    const cell = this.norm.text.slice(seg.start, seg.end);
    const deadline = extractDeadline(cell);
    // A date alone (2024年7月底) names no action, whether or not a measure is beside it.
    if (deadline && deadline.length * 2 >= cell.length) {
      if (row) row.deadline ??= cell;
      return true;
    }
    if (row && UNIT_NAME.test(cell)) {
      row.owner ??= cell;
      return true;
    }
    return false;
  }

  /** A line that only gives the state of an item (整改进展：未完成。): a field, not a finding. */
  private statusLine(seg: Segment): boolean {
    const { text } = this.norm;
    return seg.end - seg.start <= MAX_STATUS_LINE && STATUS_LINE.test(text.slice(seg.start, seg.end));
  }

  /**
   * A unit that only names a field of work (一、执行上级决策部署方面, a table's row of
   * category): a label of the items after it, not a finding, headed or not.
   */
  private fieldName(seg: Segment): boolean {
    if (seg.end - seg.start > MAX_FIELD_NAME) return false;
    const { text } = this.norm;
    let end = seg.end;
    if (text.charCodeAt(end - 1) === 0x3002) end--; // 。
    const name = text.slice(seg.start + (seg.listMarker?.length ?? 0), end);
    // （一）东山镇: the place the items under it were found in.
    if (seg.listMarker && (PLACE_HEADING.test(name) || BODY_HEADING.test(name))) return true;
    const last = text.charCodeAt(end - 1);
    if (last !== 0x9762 && last !== 0x57df) return false; // 面, 域
    return namesField(name);
  }

  /**
   * A cell of an owner or time-limit column: the field of every commitment of its row
   * (a cell of measures may hold several, (1)…；(2)…) that names none itself.
   */
  private rowField(seg: Segment, field: 'deadline' | 'owner'): void {
    let value = this.norm.text.slice(seg.start, seg.end).trim();
    // 〃: the cell above covers this one (rowspan), and its value is this row's too.
    if (value === DITTO) value = this.fieldAbove[field];
    else if (seg.first && continuesCell(this.norm, seg.start)) {
      // The next line of the same cell (城关镇人民政府<br>某某（副镇长）): one value.
      const first = this.fieldAbove[field];
      value = first ? `${first} ${value}` : value;
      for (let i = this.rowStart; i < this.findings.length; i++)
        if (this.findings[i][field] === first) this.findings[i][field] = value;
      this.fieldAbove[field] = value;
      return;
    } else this.fieldAbove[field] = value;
    if (!value) return;
    for (let i = this.rowStart; i < this.findings.length; i++) {
      const finding = this.findings[i];
      if (finding.kind === 'commitment') finding[field] ??= value;
    }
  }

  /** The last value of each field column, for the cells below it that it covers. */
  private readonly fieldAbove = { deadline: '', owner: '' };

  /** The commitment of the table row a cell stands in: the last finding, a few cells back at most. */
  private rowCommitment(seg: Segment): Finding | null {
    const last = this.findings.length > 0 ? this.findings[this.findings.length - 1] : undefined;
    return last?.kind === 'commitment' && seg.paragraph - this.lastFindingParagraph <= ROW_REACH
      ? last
      : null;
  }

  /** Opens or closes a list of problems at the start of a paragraph. */
  private startParagraph(seg: Segment, k: number): void {
    let label = this.labelOf(seg);
    const numberedProblem = this.numberedProblem;
    this.numberedProblem = label === 'problem' && this.labelNumbered;
    // …or one whose first item follows it on its line (整改措施：（1）…；\n（2）…).
    if (label && (this.labelOnly || this.labelOpensItems)) {
      this.carriedLabel = label;
      this.carriedByLead = false;
    }
    // A label on a line of its own (整改措施：) speaks for the list items under it, up to a heading.
    // Items of 一是…, 二是… open with a headline the rest of the paragraph spells out: after a
    // lead (提出以下要求：), the headline's own words say whether it names a measure.
    else if (
      !label &&
      this.carriedLabel &&
      seg.listMarker &&
      !this.sections.heading[k] &&
      !(this.carriedByLead && seg.listMarker.endsWith('是'))
    )
      label = this.carriedLabel;
    // A numbered problem (问题1：…走过场。) is told on in the paragraph after it.
    else if (!label && numberedProblem && !seg.listMarker && !this.sections.heading[k]) {
      label = 'problem';
      this.carriedLabel = null;
    } else this.carriedLabel = null;
    this.paragraphLabel = label;
    const level = seg.listMarker ? listLevel(seg.listMarker) : 0;
    if (this.problemListLevel > 0 && level !== this.problemListLevel) this.problemListLevel = 0;
    // A paragraph that ends by introducing problems, followed by list items: the items are problems.
    if (this.problemListLevel === 0 && this.introducesProblems && level > 0) this.problemListLevel = level;
    this.leadKind = 'none';
  }

  /** What a paragraph's opening label (整改措施：, 主要表现：) says its items are, if it has one. */
  private labelOf(seg: Segment): ParagraphLabel | null {
    const { text } = this.norm;
    let colon = -1;
    for (let i = seg.start, end = Math.min(seg.end, seg.start + LABEL_REACH); i < end; i++) {
      if (text.charCodeAt(i) === 0xff1a) {
        colon = i;
        break;
      }
    }
    if (colon < 0) return null;
    let last = colon - 1;
    // A label may say what it covers (整改措施（问题5、6）：).
    if (text.charCodeAt(last) === 0xff09) {
      const open = text.lastIndexOf('（', last);
      if (open > seg.start && !isLabelNumber(text, open, last)) last = open - 1;
    }
    if (last - seg.start >= 8) return null;
    // A label may carry its number (问题3：, 措施（1）：).
    const end = last;
    while (last > seg.start && LABEL_NUMBER[text.charCodeAt(last)]) last--;
    this.labelNumbered = last < end;
    // Every label ends with one of a few characters (措施, 表现…): the cheap test before the slice.
    if (!LABEL_LAST[text.charCodeAt(last)]) return null;
    const label = text.slice(seg.start, last + 1).replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]?/, '');
    this.labelOnly = colon + 1 >= seg.end;
    this.labelOpensItems = !this.labelOnly && listMarkerLength(text, colon + 1) > 0;
    // 我局承诺：, 卫生院承诺：… promise what follows, and 督办措施： names measures.
    if (MEASURE_LABELS.indexOf(label) >= 0 || namesMeasures(label)) {
      this.targetLabel = label.endsWith('目标');
      return 'commitment';
    }
    if (PROBLEM_LABELS.indexOf(label) >= 0) return 'problem';
    if (CAUSE_LABELS.indexOf(label) >= 0) return 'causes';
    if (PROGRESS_LABELS.indexOf(label) >= 0) return 'progress';
    if (ASIDE_LABELS.indexOf(label) >= 0) return 'aside';
    return null;
  }

  /** Whether statements of unit `k` without evidence of their own are problems. */
  private problemContext(k: number, seg: Segment, newParagraph: boolean): string | null {
    if (this.paragraphLabel === 'problem') return '主要表现';
    // Causes explain the problems told before, and work done reports them solved: no problems of their own.
    if (this.paragraphLabel === 'causes' || this.paragraphLabel === 'progress') return null;
    const section = sectionKindAt(this.sections, k) ?? this.documentKind;
    const opensSection = this.sections.heading[k] && section === 'problem' && this.sections.names[k] === 1;
    if (section === 'problem' && !opensSection) return '存在问题';
    if (this.problemListLevel > 0) return '问题清单';
    if (!newParagraph && this.leadKind === 'problem') return LEAD_PROBLEM;
    return null;
  }

  /** Whether a shortcoming (不到位, 不够…) ends right at `end`, the end of a clause. */
  private endsWithShortcoming(end: number, hitFrom: number, hitTo: number): boolean {
    const { categories } = cueTable();
    for (let h = hitTo - 1; h >= hitFrom; h--) {
      if (this.hits.end[h] > end) continue;
      return this.hits.end[h] === end && (categories[this.hits.cue[h]] & SHORTCOMING) !== 0;
    }
    return false;
  }

  /** Han characters in `[from, to)`, counted up to `enough`; scaled so that `enough` reads as MIN_HAN. */
  private countHan(from: number, to: number, enough = MIN_HAN): number {
    const { text } = this.norm;
    let n = 0;
    for (let i = from; i < to && n < enough; i++) if (this.classes[text.charCodeAt(i)] & CHAR_HAN) n++;
    return n >= enough ? MIN_HAN : 0;
  }

  /**
   * Scratch of the unit being read, reused from unit to unit (a unit is read
   * without yielding, and nothing keeps its statements once it is done).
   */
  private readonly breaks = new ClauseEnds();
  private readonly raw: Statement[] = [];
  private rawCount = 0;
  private readonly result: Statement[] = [];
  private resultCount = 0;
  private readonly statementPool: Statement[] = [];
  private statementsUsed = 0;
  private readonly evidencePool: Evidence[] = [];
  private evidenceUsed = 0;

  /** A statement object of the pool, reset. */
  private newStatement(
    start: number,
    end: number,
    mainStart: number,
    open: number,
    ev: Evidence,
    verdict: Verdict,
  ): Statement {
    let s = this.statementPool[this.statementsUsed];
    if (!s) {
      s = { start, end, mainStart, open, ev, verdict, context: undefined, more: [], moreCount: 0 };
      this.statementPool.push(s);
    } else {
      s.start = start;
      s.end = end;
      s.mainStart = mainStart;
      s.open = open;
      s.ev = ev;
      s.verdict = verdict;
      s.context = undefined;
      s.moreCount = 0;
    }
    this.statementsUsed++;
    return s;
  }

  /** Cuts unit `k` into classified statements: `this.result[0, this.resultCount)`. */
  private statements(k: number, seg: Segment, hitFrom: number, hitTo: number): void {
    const { text } = this.norm;
    const { breaks, raw, result } = this;
    this.rawCount = 0;
    this.resultCount = 0;
    let bodyStart = seg.start + (seg.listMarker ? seg.listMarker.length : 0);
    const found = scanClauses(text, bodyStart, seg.end, breaks);
    this.hasNumber = (found & HAS_NUMBER) !== 0;
    const quoted =
      found & HAS_QUOTE
        ? findQuotedProblems(text, bodyStart, seg.end)
        : findNamedProblem(text, bodyStart, seg.end);
    if (quoted) {
      // A unit that is nothing but one named shortcoming (（四）关于“食堂管理不规范”的问题。) is the
      // item itself: its finding is the whole line, not the words in quotes (关于信贷“三查”问题
      // quotes a name, not a shortcoming).
      const whole = quoted.quotes.length === 2 && onlyClosingMarks(text, quoted.rest, seg.end);
      const context = !(found & HAS_QUOTE)
        ? NAMED_PROBLEM
        : text.startsWith('关于', bodyStart)
          ? ABOUT_QUOTED_PROBLEM
          : QUOTED_PROBLEM;
      for (let q = 0; q < quoted.quotes.length; q += 2) {
        const from = quoted.quotes[q];
        const to = quoted.quotes[q + 1];
        const ev = this.evidence(from, to, from, hitFrom, hitTo, false);
        const s =
          whole && ev.problem > 0
            ? this.newStatement(bodyStart, seg.end, bodyStart, CONTINUES, ev, PROBLEM)
            : this.newStatement(from, to, from, CONTINUES, ev, PROBLEM);
        s.context = context;
        result[this.resultCount++] = s;
      }
      bodyStart = quoted.rest;
    }
    // Under a label of measures (整改措施：, 措施：) the unit is an item of a plan; in a table's
    // column of 整改情况, a report of work done.
    this.section =
      this.statusColumn || this.paragraphLabel === 'progress'
        ? 'progress'
        : this.paragraphLabel === 'commitment'
          ? 'plan'
          : this.paragraphLabel === 'causes'
            ? 'causes'
            : (sectionKindAt(this.sections, k) ?? this.documentKind);
    this.checkItems = !!seg.listMarker && seg.listMarker.endsWith('看');
    const question = this.isQuestion(seg);
    // Clauses after the body start, and the statements they open.
    const ends = breaks.ends;
    const count = breaks.count;
    let firstBreak = 0;
    while (firstBreak < count && ends[firstBreak] < bodyStart) firstBreak++;
    let statementStart = bodyStart;
    let open = CONTINUES;
    let h = hitFrom;
    for (let c = firstBreak; c <= count; c++) {
      const clauseEnd = c < count ? ends[c] : seg.end;
      const next = clauseEnd + 1;
      let nextOpen = CONTINUES;
      if (c < count) {
        while (h < hitTo && this.hits.start[h] < next) h++;
        const nextEnd = c + 1 < count ? ends[c + 1] : seg.end;
        const afterColon = text.charCodeAt(clauseEnd) === 0xff1a;
        nextOpen = opensStatement(text, this.hits, next, nextEnd, h, hitTo, afterColon);
        if (nextOpen === CONTINUES) continue;
      }
      // The first statement keeps the unit's list marker (一是…), but the marker's words are not cues.
      const from = this.rawCount === 0 && !quoted ? seg.start : statementStart;
      const end = c < count ? clauseEnd : seg.end;
      // A statement after ：or ；may open with a list marker of its own (…：一是…): its words
      // are not cues either (一是 is no copula).
      const mainStart =
        from === statementStart ? statementStart + listMarkerLength(text, statementStart) : statementStart;
      const ev = this.evidence(from, end, mainStart, hitFrom, hitTo, this.checkItems);
      const verdict = this.verdictOf(ev, mainStart, end, hitFrom, hitTo, c === count && question);
      raw[this.rawCount++] = this.newStatement(from, end, mainStart, open, ev, verdict);
      statementStart = next;
      open = nextOpen;
    }
    // A quotation (总书记指出，…) speaks for its whole sentence.
    if (this.rawCount > 0 && raw[0].ev.quotation) return;
    // Lead-ins join the statement after them: a clause without a predicate of its own
    // (例如，在…的同时), or a topic before a directive (探索开展校内巡察工作，必须…).
    // Then statements of a sentence stay apart only where they differ in kind: a pledge and
    // a commitment only when the second names a subject of its own (…，我作为…亲自…).
    let leadStart = -1;
    let leadOpen = CONTINUES;
    for (let i = 0; i < this.rawCount; i++) {
      const s = raw[i];
      const next = i + 1 < this.rawCount ? raw[i + 1] : undefined;
      if (next) {
        const from = leadStart >= 0 ? leadStart : s.start;
        const leadIn =
          s.verdict.kind === 'none' && !s.verdict.complete && s.end - from <= THRESHOLDS.leadInMax;
        const topic =
          (s.verdict.kind === 'commitment' || s.verdict.kind === 'pledge') &&
          !s.ev.directive &&
          !s.ev.acceptance &&
          !s.ev.triage &&
          !s.ev.check &&
          next.open === NEW_STATEMENT &&
          // An order (必须, 要), not 将: …印发整改方案，将整改任务分解到… goes on with its list.
          next.ev.obligation &&
          // A ban after a measure (…开展收费项目清理，不得再…收取…) bounds it, it does not take it as topic.
          !PROHIBITION.test(text.slice(next.ev.directiveAt, next.ev.directiveAt + 2));
        // 对自查发现的违规资金，要一律清退: a target before the order that acts on it.
        // (对…重视不够，要… asserts the shortcoming: it ends the clause as its predicate.)
        const target =
          (s.verdict.kind === 'problem' || s.verdict.kind === 'none') &&
          // …，要一律清退; or a measure without an order (…，由民政局立即停发，依法追回)
          (next.ev.directive || next.ev.measure >= THRESHOLDS.commitment) &&
          opensWithTarget(text, s.mainStart) &&
          !this.endsWithShortcoming(s.end, hitFrom, hitTo);
        if (leadIn || topic || target) {
          if (leadStart < 0) {
            leadStart = s.start;
            leadOpen = s.open;
          }
          continue;
        }
      }
      if (leadStart >= 0) {
        s.ev = this.evidence(leadStart, s.end, s.mainStart, hitFrom, hitTo, this.checkItems);
        s.verdict = this.verdictOf(s.ev, s.mainStart, s.end, hitFrom, hitTo, !next && question);
        s.start = leadStart;
        s.open = leadOpen;
        leadStart = -1;
      }
      const prev = this.resultCount > 0 ? result[this.resultCount - 1] : undefined;
      const together =
        prev &&
        !prev.context &&
        prev.end <= s.start &&
        (prev.verdict.kind === s.verdict.kind ||
          (sameFinding(prev.verdict, s.verdict) &&
            !(s.open === NEW_SUBJECT && s.verdict.kind === 'commitment')));
      if (prev && together) {
        prev.end = s.end;
        if (s.verdict.kind === 'commitment') prev.verdict = s.verdict;
        prev.more[prev.moreCount++] = s.ev;
        continue;
      }
      result[this.resultCount++] = s;
    }
  }

  /** The unit being read has a digit or a numeral other than 一. */
  private hasNumber = false;

  /** Whether `[start, end)` of the unit being read holds one of its numbers (a quantity may be there). */
  private hasNumberIn(start: number, end: number): boolean {
    return this.hasNumber && this.breaks.firstNumber < end && this.breaks.lastNumber >= start;
  }
  /** The unit being read is a cell of a table's column of 整改情况. */
  private statusColumn = false;
  /** Section of the unit being read, and whether its list marker announces checks (一看…). */
  private section: SectionKind = null;
  private checkItems = false;

  private evidence(
    start: number,
    end: number,
    mainStart: number,
    hitFrom: number,
    hitTo: number,
    checkItems: boolean,
  ): Evidence {
    hitFrom = this.firstHitAt(start, hitFrom, hitTo);
    let into = this.evidencePool[this.evidenceUsed];
    if (!into) {
      into = new Evidence();
      this.evidencePool.push(into);
    }
    this.evidenceUsed++;
    const span = this.span;
    span.start = start;
    span.end = end;
    span.mainStart = mainStart;
    span.hitFrom = hitFrom;
    span.hitTo = hitTo;
    span.clauseEnds = this.breaks.ends;
    span.clauseCount = this.breaks.count;
    span.checkItems = checkItems;
    return gatherEvidence(this.norm.text, this.hits, span, this.pool, into);
  }

  /** The span being read, reused from one statement to the next. */
  private readonly span: Span = {
    start: 0,
    end: 0,
    mainStart: 0,
    hitFrom: 0,
    hitTo: 0,
    clauseEnds: new Int32Array(0),
    clauseCount: 0,
    checkItems: false,
  };

  /** The first hit in `[lo, hi)` that starts at or after `pos` (hits are in order of position). */
  private firstHitAt(pos: number, lo: number, hi: number): number {
    const starts = this.hits.start;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private verdictOf(
    ev: Evidence,
    mainStart: number,
    end: number,
    hitFrom: number,
    hitTo: number,
    question: boolean,
  ): Verdict {
    const ctx = this.context;
    // Only a measure short of a commitment needs its text read for a target or a named document.
    ctx.checkable =
      ev.measure > 0 && ev.measure < THRESHOLDS.commitment && this.namesTargetIn(mainStart, end);
    ctx.imperative = opensImperative(
      this.norm.text,
      this.hits,
      mainStart,
      this.firstHitAt(mainStart, hitFrom, hitTo),
      hitTo,
    );
    ctx.section = this.section;
    ctx.measureLabel = this.paragraphLabel === 'commitment';
    ctx.resultLabel = this.paragraphLabel === 'progress';
    OPENS_WITH_SOME.lastIndex = mainStart;
    ctx.opensWithSome = OPENS_WITH_SOME.test(this.norm.text);
    ctx.givesCauses = givesCauses(this.norm.text, mainStart);
    ctx.joinsUp = joinsUp(this.norm.text, mainStart, end);
    // Not a report (已取缔27个，…难度大) or an order (限期修复漏洞): there a shortcoming ends the
    // clause as what was or is to be dealt with.
    ctx.endsWithShortcoming =
      ev.problem > 0 &&
      !ev.completed &&
      !ev.deadline &&
      !ctx.imperative &&
      this.endsWithShortcoming(trimmedEnd(this.norm.text, mainStart, end), hitFrom, hitTo);
    ctx.question = question;
    ctx.opensWithDirective = ev.directiveAt >= mainStart && ev.directiveAt <= mainStart + 1;
    const found = classifyStatement(ev, ctx);
    // 到4月末，9项问题中整改到位6项，部分整改2项: a tally by status reports progress, whatever
    // date or shortcoming (尚未整改1项) it names. Read only where it would change the kind.
    if (
      (found.kind === 'commitment' || found.kind === 'problem') &&
      this.hasNumberIn(mainStart, end) &&
      tallies(this.norm.text.slice(mainStart, end), found.kind === 'commitment')
    )
      return verdict('progress');
    return found;
  }

  /** The context of the statement being classified, reused from one statement to the next. */
  private readonly context: StatementContext = {
    imperative: false,
    section: null,
    question: false,
    opensWithDirective: false,
    checkable: false,
    measureLabel: false,
    resultLabel: false,
    itemHeading: false,
    namesCheck: false,
    opensWithSome: false,
    givesCauses: false,
    joinsUp: false,
    endsWithShortcoming: false,
  };

  /**
   * Whether `[start, end)` names something a later report can check: a quantity
   * (不少于3名, 下降20%以上) or a document by its title (制定《…》).
   */
  private namesTargetIn(start: number, end: number): boolean {
    const { text } = this.norm;
    // Counted in digits: numerals in words are as often slogans (四个意识, 两个维护).
    if (this.hasNumberIn(start, end) && extractQuantities(text.slice(start, end))?.some(hasDigit))
      return true;
    // A bounded scan: indexOf would run on to the next 《 of the page, however far.
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x300a) return true;
    return false;
  }

  /**
   * Whether a commitment can name a deadline: a deadline cue fired, or it
   * holds a word that starts one (4月15日前, 立行立改, 年内).
   */
  private mayHaveDeadline(s: Statement, normalized: string): boolean {
    if (s.ev.deadline) return true;
    for (let i = 0; i < s.moreCount; i++) if (s.more[i].deadline) return true;
    return DEADLINE_WORDS.test(normalized);
  }

  private isQuestion(seg: Segment): boolean {
    return this.norm.text.charCodeAt(seg.end - 1) === 0xff1f; // ？
  }

  /** Statements without evidence of their own take their kind from the context. */
  private applyContext(seg: Segment, problemContext: string | null, leadMeasures: string | null): void {
    const { result, resultCount } = this;
    let all = resultCount > 0;
    let continuing = true;
    for (let i = 0; i < resultCount; i++) {
      if (result[i].verdict.kind !== 'none') all = false;
      if (!continues(result[i].ev)) continuing = false;
    }
    // A fragment after ； continues the sentence before it (…是否存在…；在…上是否存在…；).
    if (
      all &&
      continuing &&
      this.previousOpen &&
      !seg.first &&
      (this.previousKind === 'pledge' || this.previousKind === 'commitment')
    ) {
      const verdict = this.previousKind === 'pledge' ? PLEDGE : COMMITMENT;
      // The reason shown for it: the paragraph's label, or the sentence it continues.
      const context = contextCue(this.paragraphLabel === 'commitment' ? '整改措施' : '承接上句');
      for (let i = 0; i < resultCount; i++) {
        result[i].verdict = verdict;
        result[i].context = context;
      }
      return;
    }
    const measures = this.paragraphLabel === 'commitment';
    if (!problemContext && !measures && !leadMeasures) return;
    for (let i = 0; i < resultCount; i++) {
      const s = result[i];
      // Under a label of problems (问题：…至2024年底仅支出980万元), measure, time and
      // report words that no obligation takes up describe the fact found (将 being 把 there).
      const kind = s.verdict.kind;
      if (
        this.paragraphLabel === 'problem' &&
        (kind === 'commitment' || kind === 'pledge' || kind === 'progress') &&
        !s.ev.obligation
      ) {
        s.verdict = PROBLEM;
        s.context = contextCue(problemContext!);
        continue;
      }
      // A target (整改目标：…) is a measure where a report can check it: by an act, a time
      // limit, a number or an end state (全部整改到位, 动态清零). Else it is a wish
      // (…进一步规范, 满意度明显提升).
      if (measures && this.targetLabel && kind !== 'problem' && kind !== 'progress') {
        const checkable =
          s.ev.measure > 0 ||
          s.ev.deadline ||
          this.hasNumberIn(s.start, s.end) ||
          END_STATE.test(this.norm.text.slice(s.start, s.end));
        if (!checkable) {
          s.verdict = PLEDGE;
          s.context = contextCue('整改目标');
          continue;
        }
      }
      if (s.verdict.kind !== 'none') continue;
      // Under a heading of problems, a fact told (…直接回退，群众先后4次来电) is the problem;
      // after a problem that only opens its paragraph, work reported done (已改为线上办理) is not.
      const told =
        s.verdict.told && !(problemContext === LEAD_PROBLEM && s.ev.completed && s.ev.problem === 0);
      if (s.verdict.complete && !(problemContext && told)) continue;
      if (problemContext || measures) {
        s.verdict = problemContext ? PROBLEM : COMMITMENT;
        s.context = contextCue(problemContext ?? '整改措施');
      } else if (leadMeasures && s.ev.measure >= THRESHOLDS.commitment) {
        // Only a measure: the lead gave the topic, not the obligation to every word after it.
        s.verdict = COMMITMENT;
        s.context = contextCue(leadMeasures);
      }
    }
  }

  /**
   * The cues that explain a finding of `kind`. A statement classed by its shape
   * alone (an order opening with a verb, 从严从实督促检查) has none of its own:
   * it shows whatever cues it has, or that it is an order.
   */
  private explain(s: Statement, kind: FindingKind): Cue[] {
    const cues = explanationFor(s.ev, s.more, s.moreCount, this.pool, EXPLAINS[kind], MAX_CUES, s.context);
    if (cues.length > 0) return cues;
    const any = explanationFor(s.ev, s.more, s.moreCount, this.pool, EXPLAINS_ANY, MAX_CUES);
    return any.length > 0 ? any : [contextCue(this.paragraphLabel === 'commitment' ? '整改措施' : '祈使句')];
  }

  private emit(s: Statement, seg: Segment, k: number): void {
    const { text, original, toOriginal } = this.norm;
    let start = s.start;
    let end = s.end;
    while (start < end && isTrimmed(text.charCodeAt(start), true)) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1), false)) end--;
    const kind = s.verdict.kind as FindingKind;
    // A list item (一是抓学习。) is no table cell: it may be as short as a problem.
    const shortest =
      kind === 'problem' || (seg.listMarker && start <= seg.start) ? MIN_HAN : MIN_HAN_DIRECTIVE;
    if (this.countHan(start, end, shortest) < MIN_HAN) return;
    // As toOriginalSpan: the end reaches past a surrogate pair. The original is read only
    // where the next character's origin is not right after the last one's.
    const oStart = toOriginal.at(start);
    const last = toOriginal.at(end - 1);
    let oEnd = last + 1;
    if (toOriginal.at(end) !== oEnd) {
      const lastCode = original.charCodeAt(last);
      if (lastCode >= 0xd800 && lastCode <= 0xdbff) oEnd++;
    }
    const normalized = text.slice(start, end);
    const commitment = kind === 'commitment';
    // Every finding has every field (undefined when absent): one shape for the engine.
    this.findings.push({
      kind,
      start: oStart,
      end: oEnd,
      text: original.slice(oStart, oEnd),
      normalized,
      cues: this.explain(s, kind),
      deadline: commitment && this.mayHaveDeadline(s, normalized) ? extractDeadline(normalized) : undefined,
      owner: commitment ? extractOwner(normalized) : undefined,
      quantities: this.hasNumberIn(start, end) ? extractQuantities(normalized) : undefined,
      listMarker: seg.listMarker && start <= seg.start ? seg.listMarker : undefined,
      heading: this.sections.heading[k] || seg.heading ? true : undefined,
    });
  }
}

/** The level of an in-paragraph list marker, for lists of problems (一是 and 1. lists). */
function listLevel(marker: string): number {
  const first = marker.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return 3;
  if (first === 0xff08 || first === 0x28) return 2;
  if (first >= 0x2460 && first <= 0x2473) return 5;
  if (marker.endsWith('、')) return 1;
  return 6;
}

/** Commitments and pledges are one finding where a sentence holds both. */
function isDirective(kind: string): boolean {
  return kind === 'commitment' || kind === 'pledge';
}

function sameFinding(a: Verdict, b: Verdict): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind;
  return a.kind === b.kind || (isDirective(a.kind) && isDirective(b.kind));
}

/** A fragment that can continue the directive before it: nothing in it stands on its own. */
function continues(ev: Evidence): boolean {
  return !(ev.praise || ev.definition || ev.copula || ev.procedural || ev.quotation || ev.completed);
}

/** Where `[start, end)` ends less its closing punctuation (。；？！，) and spaces. */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isClosing(text.charCodeAt(end - 1))) end--;
  return end;
}

function isClosing(c: number): boolean {
  return isSentenceEnd(c) || isHorizontalSpace(c) || c === 0x0a || c === 0xff0c; // ，
}

/** Leading spaces, and trailing ，：、 and spaces, are not part of a finding. */
function isTrimmed(c: number, leading: boolean): boolean {
  if (c === 0x20 || c === 0x0a || c === 0x3000) return true;
  return !leading && (c === 0xff0c || c === 0xff1a || c === 0x3001);
}

const EXPLAINS_ANY = EXPLAINS_PROBLEM | EXPLAINS_COMMITMENT | EXPLAINS_PLEDGE | EXPLAINS_PROGRESS;

const EXPLAINS: Record<FindingKind, number> = {
  problem: EXPLAINS_PROBLEM,
  commitment: EXPLAINS_COMMITMENT,
  pledge: EXPLAINS_PLEDGE,
  progress: EXPLAINS_PROGRESS,
};

const PROBLEM: Verdict = { kind: 'problem', complete: true };
const COMMITMENT: Verdict = { kind: 'commitment', complete: true };
const PLEDGE: Verdict = { kind: 'pledge', complete: true };
/** Whether `text[from, to)` holds nothing but sentence marks and closing quotes or brackets. */
function onlyClosingMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ('。：:；;”）)'.indexOf(text.charAt(i)) < 0) return false;
  return true;
}

const QUOTED_PROBLEM: Cue = { category: 'quoted-problem', match: '针对“…”的问题' };
const NAMED_PROBLEM: Cue = { category: 'quoted-problem', match: '关于…的问题' };
const ABOUT_QUOTED_PROBLEM: Cue = { category: 'quoted-problem', match: '关于“…”的问题' };
const contextCues = new Map<string, Cue>();

/** The shared cue that says a statement is a problem by its context. */
function contextCue(context: string): Cue {
  let cue = contextCues.get(context);
  if (!cue) {
    cue = { category: 'context', match: context };
    contextCues.set(context, cue);
  }
  return cue;
}
