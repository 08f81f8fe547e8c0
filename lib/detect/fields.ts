/**
 * The fields of a commitment, read from its normalised text: its deadline
 * (限时, 4月底前, 年底前, 三个月内…), its owner (由…牵头, 责任单位：…, the
 * subject that is told to act: 党组班子成员要…) and the quantities it names
 * (12项, 2—3个…). Each is returned as written in the normalised text.
 */

const CN_DIGIT = '〇零一二两三四五六七八九十';

const DEADLINE = new RegExp(
  [
    // 2024年3月底前, 4月15日前, 6月中旬前; 到2026年6月末完成 (the end of a month with the work due by it)
    // 本月底前, 下月10日前: a month named from today
    `(?:(?:(?:\\d{4}|[${CN_DIGIT}]{4})年|今年|明年|本年)?(?:\\d{1,2}|[${CN_DIGIT}]{1,3})月|本月|当月|下月|次月|下个月)(?:(?:(?:\\d{1,2}|[${CN_DIGIT}]{1,3})日|底|末|中旬|上旬|下旬)?(?:前|以前|之前)|[底末](?=完成|办结|整改到位))(?:完成|办结|整改到位)?`,
    // 年底前, 2024年年内, 今年内, 上半年
    '(?:今|本)年内(?:完成|办结)?',
    // 本月内, 本周内, 下周五前
    '(?:本|当)月内',
    '(?:本|下)周(?:内|[一二三四五六日]前)',
    // 春节前, 汛期前, 秋季开学前: a season or holiday as the limit
    '(?:\\d{4}年|今年|明年)?(?:春节|元旦|国庆节?|中秋节?|主汛期|汛期|入冬|入汛|供暖季|秋季开学|春季开学|开学)(?:前|之前|以前)(?:完成|办结)?',
    '(?:\\d{4}年|今年|明年|本年)?(?:年底|年末|年内|上半年|下半年|年中|本年度)(?:前|以前)?(?:完成|办结)?',
    // 三个月内, 10个工作日内
    `(?:\\d+|[${CN_DIGIT}]+)个?(?:月|周|星期|工作日|日|天)(?:内|之内|以内)`,
    '限时(?:完成|办结|整改)?',
    '限期(?:整改|完成|办结)?',
    '立行立改',
    '即知即改',
    '立查立改',
    '长期坚持',
    '第一时间',
    '最短时间内',
    '按期完成',
    '时间节点',
  ].join('|'),
);

/** A quarter as the limit (2026年一季度内, 三季度末前): tried only where 季度 stands, it is rare. */
const QUARTER_DEADLINE =
  /(?:\d{4}年|今年|明年)?(?:第?[一二三四1-4]|本|下一?)季度(?:末|底)?(?:前|内|以内|之前)(?:完成|办结)?/;

/** Characters every deadline contains one of: the cheap test before the pattern. */
const DEADLINE_HINT = /[月年内限立长第最按节周旦庆汛冬暖学]/;

/** The deadline a commitment names, as written, or undefined. */
export function extractDeadline(text: string): string | undefined {
  const quarter = text.indexOf('季度') >= 0 ? QUARTER_DEADLINE.exec(text) : null;
  const other = quarter || DEADLINE_HINT.test(text) ? DEADLINE.exec(text) : null;
  // The earlier of the two, as one pattern would find it.
  if (quarter && (!other || quarter.index < other.index)) return quarter[0];
  return other?.[0];
}

/** 由…牵头, 由…负责, 由我任组长. */
const LED_BY = /由([^，。；：]{1,20}?)(?:牵头|负责|任组长|担任组长|统筹)/;
/** 责任单位：…, 牵头部门为…. */
const LABELLED =
  /(?:牵头单位|责任单位|牵头部门|责任部门|责任科室|责任人|牵头领导|责任领导)[：:为是]\s*([^，。；]{1,24})/;
/** An owner acting in person or answering first: 党委（党组）书记要…亲自…, 我作为党组书记. */
const OWNER_NOUN =
  /(?:党委|党组|党支部|党总支|书记|组长|局长|主任|负责人|负责同志|分管领导|班子成员|牵头部门|牵头单位|部门|单位|巡察组|巡察办|纪检机关|领导小组|办公室|委员会|学校|我)$/;
/** Where the subject of a directive ends. */
const DIRECTIVE_WORD = /要|将|必须|务必|一定|应当|作为|亲自|带头|负责|牵头(?!部门|单位|领导)/;
const MAX_SUBJECT = 18;

/** A list marker at the start of a finding. */
const MARKER = /^(?:[一二三四五六七八九十]+[是要看、]|（[一二三四五六七八九十\d]+）|\d+[.、])/;

/** Who answers for a commitment, as written, or undefined. */
export function extractOwner(text: string): string | undefined {
  if (text.indexOf('由') >= 0) {
    const led = LED_BY.exec(text);
    if (led) return led[0];
  }
  if (text.indexOf('责任') >= 0 || text.indexOf('牵头') >= 0) {
    const labelled = LABELLED.exec(text);
    if (labelled) return labelled[0].replace(/[，。；\s]+$/, '');
  }
  // The subject in front of the first directive word: 党组班子成员要…, 牵头部门要….
  const first = text.slice(0, MAX_SUBJECT + 8).replace(MARKER, '');
  const directive = DIRECTIVE_WORD.exec(first);
  if (directive && directive.index > 0 && directive.index <= MAX_SUBJECT) {
    let subject = first.slice(0, directive.index);
    const cut = Math.max(subject.lastIndexOf('，'), subject.lastIndexOf('：'));
    if (cut >= 0) subject = subject.slice(cut + 1);
    const aim = subject.indexOf('对');
    if (aim > 1) subject = subject.slice(0, aim);
    subject = subject.replace(/^(?:同时|此外|另外|一方面|另一方面|还|也)/, '');
    if (subject.length >= 1 && OWNER_NOUN.test(subject) && !/[们]$/.test(subject)) return subject;
  }
  return undefined;
}

/** 1 for an Arabic digit, 2 for a Chinese numeral, 3 for a range dash, 4 for a counter (项, 个…). */
const QUANTITY_CHARS = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) QUANTITY_CHARS[c] = 1;
for (const ch of CN_DIGIT + '百千万') QUANTITY_CHARS[ch.charCodeAt(0)] = 2;
for (const ch of '—-~～至到') QUANTITY_CHARS[ch.charCodeAt(0)] = 3;
for (const ch of '项个条次件人名家所批轮份篇场期元处户%起宗类吨座台套间米亩口眼辆张盏')
  QUANTITY_CHARS[ch.charCodeAt(0)] = 4;
/**
 * Counters of two characters, which start with a character that is not a counter itself: 万元,
 * 亿元, 人次, and the spans of a service's hours (35分钟, 2小时).
 */
const LONG_COUNTER_FIRST = new Uint16Array([0x4e07, 0x4ebf, 0x4eba, 0x5206, 0x5c0f]); // 万 亿 人 分 小
const LONG_COUNTER_SECOND = new Uint16Array([0x5143, 0x5143, 0x6b21, 0x949f, 0x65f6]); // 元 元 次 钟 时
const YU = 0x4f59; // 余
const DUO = 0x591a; // 多
const DOT = 0x2e;

/** Length of the two-character counter at `text[j…]`, or of the counter character there, or 0. */
function counterLength(text: string, j: number): number {
  const c = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  for (let k = 0; k < LONG_COUNTER_FIRST.length; k++)
    if (c === LONG_COUNTER_FIRST[k] && next === LONG_COUNTER_SECOND[k]) return 2;
  return QUANTITY_CHARS[c] === 4 ? 1 : 0;
}

/** The quantities named in a finding (12项, 2—3个, 50%), or undefined when there are none. */
export function extractQuantities(text: string): string[] | undefined {
  let found: string[] | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const kind = QUANTITY_CHARS[text.charCodeAt(i)];
    if (kind !== 1 && kind !== 2) continue;
    // A number: digits (with one decimal point), or up to four Chinese numerals; then an optional range.
    let j = i;
    while (j < n && QUANTITY_CHARS[text.charCodeAt(j)] === kind) j++;
    if (kind === 1 && text.charCodeAt(j) === DOT && QUANTITY_CHARS[text.charCodeAt(j + 1)] === 1) {
      j++;
      while (j < n && QUANTITY_CHARS[text.charCodeAt(j)] === 1) j++;
    }
    if (kind === 2 && j - i > 4) {
      i = j - 1;
      continue;
    }
    if (QUANTITY_CHARS[text.charCodeAt(j)] === 3) {
      const k = j + 1;
      let e = k;
      while (e < n && QUANTITY_CHARS[text.charCodeAt(e)] === kind) e++;
      if (e > k) j = e;
    }
    // 160余人, 20多个
    const after = text.charCodeAt(j);
    if (after === YU || after === DUO) j++;
    const counter = counterLength(text, j);
    if (counter > 0) {
      const end = j + counter;
      // "一个专项一个专项", "一项一项" are manner, not counts.
      const first = text.charCodeAt(i);
      if (!(kind === 2 && end - i === 2 && (first === 0x4e00 || first === 0x4e24))) {
        const q = text.slice(i, end);
        if (!found) found = [q];
        else if (found.indexOf(q) < 0) found.push(q);
      }
      i = end - 1;
      continue;
    }
    i = Math.max(i, j - 1);
  }
  return found;
}
