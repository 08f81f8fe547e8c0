/**
 * Clauses and statements inside a sentence unit.
 *
 * A clause ends at a top-level ， or ： (not inside quotes or brackets). A
 * statement is a run of clauses with one subject and one voice; a new one
 * starts at a clause that opens with a contrast (但…), a conjunction
 * (无论…, 因此…), a first-person subject (我们…), a directive (要…, 必须…,
 * 请…), a short subject followed by a directive (党组班子成员要…, 教育局党委
 * 诚恳接受…), or a list marker after a colon. Whether two statements of a
 * sentence stay apart is decided after they are classified (see
 * classify.ts): only when they differ in kind.
 *
 * Also here: the quoted problem of 针对“…”的问题，我们要…, which yields the
 * quoted text as a problem and the rest of the sentence as a measure.
 */
import { categoryBit, cueTable, type CueHits } from './cues';
import { THRESHOLDS } from './lexicon';
import { listMarkerAt } from '../text/segment';

const OPENS_STATEMENT =
  categoryBit('conjunction') |
  categoryBit('subject') |
  categoryBit('quotation') |
  categoryBit('acceptance') |
  categoryBit('situation') |
  categoryBit('directive');
const DIRECTS = categoryBit('directive') | categoryBit('future') | categoryBit('acceptance');
/** What may stand in a subject before its directive (各巡察组要…, 党组班子成员要…). */
const SUBJECT_WORDS =
  categoryBit('owner') |
  categoryBit('subject') |
  categoryBit('block') |
  categoryBit('measure-object') |
  categoryBit('problem-noun') |
  categoryBit('manner');

/** What a character is to clause splitting: 1 a clause end (，：), 2 an opening quote or bracket, 3 a closing one. */
const CLAUSE_BREAK = 1;
const OPENING = 2;
const CLOSING = 3;
const CLAUSE_CHARS = new Uint8Array(0x10000);
CLAUSE_CHARS[0xff0c] = CLAUSE_BREAK; // ，
CLAUSE_CHARS[0xff1a] = CLAUSE_BREAK; // ：
for (const c of [0x201c, 0x300a, 0xff08, 0x28, 0x300c, 0x300e, 0x3010]) CLAUSE_CHARS[c] = OPENING; // “《（(「『【
for (const c of [0x201d, 0x300b, 0xff09, 0x29, 0x300d, 0x300f, 0x3011]) CLAUSE_CHARS[c] = CLOSING; // ”》）)」』】
const NUMBER = 4;
for (let c = 0x30; c <= 0x39; c++) CLAUSE_CHARS[c] = NUMBER;
for (const ch of '〇零二两三四五六七八九十百千万') CLAUSE_CHARS[ch.charCodeAt(0)] = NUMBER;

/** {@link scanClauses} saw an opening “ in the unit. */
export const HAS_QUOTE = 1;
/** {@link scanClauses} saw a digit or a numeral other than 一 (a quantity may follow); see ClauseEnds.firstNumber. */
export const HAS_NUMBER = 2;

/** Clause ends of a unit: the first `count` of `ends`, reused from unit to unit. */
export class ClauseEnds {
  ends = new Int32Array(32);
  count = 0;
  /** Where the unit's first and last numbers are (see HAS_NUMBER); -1 when it has none. */
  firstNumber = -1;
  lastNumber = -1;

  push(at: number): void {
    if (this.count === this.ends.length) {
      const more = new Int32Array(this.count * 2);
      more.set(this.ends);
      this.ends = more;
    }
    this.ends[this.count++] = at;
  }
}

/**
 * Positions of the top-level ， and ： in `text[from, to)`. When quotes or
 * brackets do not balance (a quote runs over the unit), they are ignored.
 */
export function clauseBreaks(text: string, from: number, to: number): number[] {
  const breaks = new ClauseEnds();
  scanClauses(text, from, to, breaks);
  return Array.from(breaks.ends.subarray(0, breaks.count));
}

/**
 * Writes the clause ends of `text[from, to)` into `breaks` (emptied first)
 * and returns flags: {@link HAS_QUOTE} when the unit holds a “.
 */
export function scanClauses(text: string, from: number, to: number, breaks: ClauseEnds): number {
  breaks.count = 0;
  breaks.firstNumber = -1;
  let flags = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const k = CLAUSE_CHARS[text.charCodeAt(i)];
    if (k === 0) continue;
    if (k === CLAUSE_BREAK) {
      if (depth === 0) breaks.push(i);
    } else if (k === NUMBER) {
      if (!(flags & HAS_NUMBER)) breaks.firstNumber = i;
      breaks.lastNumber = i;
      flags |= HAS_NUMBER;
    } else if (k === OPENING) {
      depth++;
      if (text.charCodeAt(i) === 0x201c) flags |= HAS_QUOTE;
    } else if (k === CLOSING && depth > 0) depth--;
  }
  if (depth === 0) return flags;
  breaks.count = 0;
  for (let i = from; i < to; i++) if (CLAUSE_CHARS[text.charCodeAt(i)] === CLAUSE_BREAK) breaks.push(i);
  return flags;
}

/** How a clause opens: not a new statement, a new statement, or one with a subject of its own. */
export const CONTINUES = 0;
export const NEW_STATEMENT = 1;
export const NEW_SUBJECT = 2;

const SUBJECT = categoryBit('subject');

/**
 * Whether the clause starting at `at` opens a new statement, and whether it
 * names a subject of its own (我作为…, 党组班子成员要…); see the module
 * comment. `hitFrom` is the first hit at or after `at`.
 */
export function opensStatement(
  text: string,
  hits: CueHits,
  at: number,
  clauseEnd: number,
  hitFrom: number,
  hitTo: number,
  afterColon: boolean,
): number {
  if (afterColon && listMarkerAt(text, at)) return NEW_STATEMENT;
  const t = cueTable();
  const reach = Math.min(clauseEnd, at + THRESHOLDS.subjectSpan);
  for (let h = hitFrom; h < hitTo; h++) {
    const start = hits.start[h];
    if (start >= reach) return CONTINUES;
    const cats = t.categories[hits.cue[h]];
    if (start === at && cats & SUBJECT) return NEW_SUBJECT;
    if (start === at && cats & OPENS_STATEMENT) return NEW_STATEMENT;
    if (cats & DIRECTS) return start > at ? NEW_SUBJECT : NEW_STATEMENT;
    if ((cats & ~SUBJECT_WORDS) !== 0) return CONTINUES;
  }
  return CONTINUES;
}

/** A quoted problem inside a measure: 针对“…”的问题，… */
export interface QuotedProblems {
  /** The quoted texts, without their quote marks: `[start, end)` pairs. */
  quotes: number[];
  /** Where the measure after them starts. */
  rest: number;
}

const AIMED_AT = /针对|对于|关于/g;
const MAX_LEAD = 16;

/**
 * A unit that is only 关于…的问题 (6.关于养老保险待遇重复领取的问题。, an item of a report
 * by the problems it answers): what it names is the problem, quoted or not.
 */
export function findNamedProblem(text: string, from: number, to: number): QuotedProblems | null {
  if (text.charCodeAt(from) !== 0x5173 || text.charCodeAt(from + 1) !== 0x4e8e) return null; // 关于
  ABOUT_PROBLEM.lastIndex = from + 2;
  const m = ABOUT_PROBLEM.exec(text);
  if (!m || m.index + m[0].length !== to) return null;
  return { quotes: [from + 2, from + 2 + m[1].length], rest: to };
}
const ABOUT_PROBLEM = /([^“”，。；：]{4,40})的问题[。：]?/y;

/**
 * Finds 针对“A”(、“B”)(的|等)问题， in `text[from, to)`: the quotes are problems
 * named by the inspection, the rest of the unit is what is done about them.
 */
export function findQuotedProblems(text: string, from: number, to: number): QuotedProblems | null {
  const unit = text.slice(from, to);
  if (unit.indexOf('“') < 0) return null;
  AIMED_AT.lastIndex = 0;
  for (;;) {
    const m = AIMED_AT.exec(unit);
    if (!m) return null;
    let open = unit.indexOf('“', m.index + 2);
    if (open < 0 || open - m.index > MAX_LEAD) continue;
    const quotes: number[] = [];
    let after = open;
    while (open >= 0) {
      const close = unit.indexOf('”', open + 1);
      if (close < 0) break;
      quotes.push(from + open + 1, from + close);
      after = close + 1;
      // Another quote joined by 、 or 和 continues the list.
      const gap = unit.slice(after, after + 2);
      open = (gap[0] === '、' || gap[0] === '和') && gap[1] === '“' ? after + 1 : -1;
    }
    if (quotes.length === 0) continue;
    const named = /^(?:的|等|这一|这些|等方面的)?(?:突出)?问题/.exec(unit.slice(after, after + 8));
    if (!named) continue;
    let rest = after + named[0].length;
    while (rest < unit.length && (unit[rest] === '，' || unit[rest] === '：' || unit[rest] === ' ')) rest++;
    return { quotes, rest: from + rest };
  }
}
