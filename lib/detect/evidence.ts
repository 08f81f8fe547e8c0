/**
 * What the cues of one statement add up to: how strongly it asserts a
 * shortcoming, whether it directs, plans or reports, and how much checkable
 * measure it names. Scope rules decide which cues count:
 *
 * - a shortcoming named as the object of a reference verb (解决…等问题,
 *   指出的…问题) is not asserted, nor one after 是否 or 如果 in its clause,
 *   nor one after a negating verb (决不搞, 防止) in its clause;
 * - a measure after a verb of perceiving (认识到…开展专项整治) is not done;
 * - a measure verb counts with an object it takes (建立…台账) within its
 *   clause, or with a quoted name right after it (打造“…”, 对照《…》).
 */
import {
  categoryBit,
  CATEGORIES,
  cueTable,
  FLAG_CLAUSE_SCOPE,
  FLAG_CLOSES_REFERENCE,
  FLAG_OPENS_IMPERATIVE,
  FLAG_TAKES_NAMED,
  type CueHits,
} from './cues';
import type { CueCategory } from './lexicon';
import { THRESHOLDS } from './lexicon';

const BIT = (c: CueCategory) => categoryBit(c);
const SHORTCOMING = BIT('shortcoming');
const PROBLEM_INTRO = BIT('problem-intro');
const REFERENCE = BIT('reference');
const QUESTION = BIT('question');
const HYPOTHETICAL = BIT('hypothetical');
const DIRECTIVE = BIT('directive');
const FUTURE = BIT('future');
const TIME = BIT('time');
const RESOLVE = BIT('resolve');
const COMPLETED = BIT('completed');
const PAST = BIT('past');
const COGNITION = BIT('cognition');
const MEASURE_VERB = BIT('measure-verb');
const MEASURE_OBJECT = BIT('measure-object');
const MEASURE = BIT('measure');
const DEADLINE = BIT('deadline');
const TRIAGE = BIT('triage');
const ACCEPTANCE = BIT('acceptance');
const ATTITUDE = BIT('attitude');
const MANNER = BIT('manner');
const PRAISE = BIT('praise');
const DEFINITION = BIT('definition');
const COPULA = BIT('copula');
const PROCEDURAL = BIT('procedural');
const QUOTATION = BIT('quotation');
const SITUATION = BIT('situation');
const OWNER = BIT('owner');

const N_CATEGORIES = CATEGORIES.length;
const CATEGORY_OF = new Map(CATEGORIES.map((c, i) => [c, i]));

/** A cue that counted, for the explanation of a finding. */
export interface Fired {
  category: string;
  match: string;
  /** Position in the normalised text, for ordering. */
  at: number;
}

/** The evidence of one statement; see the module comment. */
export interface Evidence {
  /** Asserted shortcoming, after scopes. */
  problem: number;
  /** The strongest word introducing problems (存在以下问题, 亟需解决: 2). */
  problemIntro: number;
  /** A verb of perceiving comes before the asserted shortcoming (我们也要清醒地看到，…存在…). */
  seenProblem: boolean;
  /** An explicit directive (要, 必须, 坚决…) or plan (将, 下一步…). */
  directive: boolean;
  /** Where the first directive or plan word is, or -1. */
  directiveAt: number;
  /** The directive is an obligation (要, 必须), not only a plan word (将, which is also 把). */
  obligation: boolean;
  /** Resolve in an adverb (坚决, 切实, 确保): directs, but weakly. */
  resolve: boolean;
  /** Time ahead (今年, 本轮, 今后): with a measure, a plan. */
  timeAhead: boolean;
  /** A check the unit's list marker announces (一看…是否…). */
  check: boolean;
  /** Findings accepted (照单全收): a pledge even without a directive. */
  acceptance: boolean;
  /** A triage of problems by urgency (能够立即解决的…): a plan. */
  triage: boolean;
  /** A completed-action marker (了, 已) that no directive or plan precedes. */
  completed: boolean;
  /** A past-time adverbial (近年来, 会前) that no directive or plan precedes. */
  past: boolean;
  /** Checkable measure named, weighted. */
  measure: number;
  /** Attitude vocabulary. */
  attitude: number;
  praise: boolean;
  definition: boolean;
  /** A copula opens a clause (开展巡察工作，是…): the statement defines rather than directs. */
  copula: boolean;
  /** A copula inside a clause (树立…是本职…的理念). */
  innerCopula: boolean;
  procedural: boolean;
  quotation: boolean;
  situation: boolean;
  question: boolean;
  /** Any cue at all other than blocks. */
  anyCue: boolean;
  /** Cues that speak for each kind, in order of position. */
  problemCues: Fired[];
  measureCues: Fired[];
  directiveCues: Fired[];
  attitudeCues: Fired[];
  completedCues: Fired[];
}

/** Where the statement's text is, and what is known about it from outside. */
export interface Span {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Where the statement proper starts: cues before it (a lead-in) only count as context. */
  mainStart: number;
  /** Hit indexes `[hitFrom, hitTo)` cover the span. */
  hitFrom: number;
  hitTo: number;
  /** Clause ends inside the span (positions of top-level ，：, ascending). */
  clauseEnds: Int32Array;
  /** The unit opens with a 看 marker (一看…是否): each item is a check to be carried out. */
  checkItems: boolean;
}

function weight(cue: number, category: CueCategory): number {
  return cueTable().weights[cue * N_CATEGORIES + CATEGORY_OF.get(category)!];
}

/** Longest quoted name of a measure. */
const MAX_NAME = 24;

function isQuoteOpen(c: number): boolean {
  return c === 0x201c || c === 0x300a || c === 0x300c; // “ 《 「
}

/** Evidence of `text[span.start, span.end)`; see the module comment. */
export function gatherEvidence(text: string, hits: CueHits, span: Span): Evidence {
  const t = cueTable();
  const { categories, flags, takes, objectClasses, words } = t;
  const ev: Evidence = {
    problem: 0,
    problemIntro: 0,
    seenProblem: false,
    directive: false,
    directiveAt: -1,
    obligation: false,
    resolve: false,
    timeAhead: false,
    check: false,
    acceptance: false,
    triage: false,
    completed: false,
    past: false,
    measure: 0,
    attitude: 0,
    praise: false,
    definition: false,
    copula: false,
    innerCopula: false,
    procedural: false,
    quotation: false,
    situation: false,
    question: false,
    anyCue: false,
    problemCues: [],
    measureCues: [],
    directiveCues: [],
    attitudeCues: [],
    completedCues: [],
  };
  const { clauseEnds } = span;
  let clause = 0; // index of the clause end the current hit is before
  // Per-clause scope state.
  let referenceOpen = false;
  let referenceClause = false;
  let pendingProblem = 0;
  let pendingCues: Fired[] = [];
  let negated = false; // after 是否, 如果 or a negating verb, up to the clause end
  let perceived = false; // after a verb of perceiving, up to the clause end
  let cognitionSeen = false;
  const measureSeen = new Set<number>();
  const usedObjects = new Set<number>();
  let previousEnd = -1; // end of the previous hit
  let previousCopula = false;

  const flushClause = () => {
    if (referenceOpen && !referenceClause) {
      // The reference verb never named a problem: its clause asserts what it says.
      ev.problem += pendingProblem;
      for (const f of pendingCues) ev.problemCues.push(f);
    }
    referenceOpen = false;
    referenceClause = false;
    pendingProblem = 0;
    pendingCues = [];
    negated = false;
    perceived = false;
  };

  for (let h = span.hitFrom; h < span.hitTo; h++) {
    const at = hits.start[h];
    if (at < span.start) continue;
    if (at >= span.end) break;
    while (clause < clauseEnds.length && clauseEnds[clause] <= at) {
      flushClause();
      clause++;
    }
    const cue = hits.cue[h];
    const cats = categories[cue];
    const word = words[cue];
    const main = at >= span.mainStart;
    const afterCopula = previousCopula && previousEnd === at;
    previousCopula = (cats & COPULA) !== 0;
    previousEnd = hits.end[h];
    if (cats === BIT('block')) continue;
    ev.anyCue = true;

    if (cats & (SHORTCOMING | PROBLEM_INTRO)) {
      const w = Math.max(weight(cue, 'shortcoming'), weight(cue, 'problem-intro'));
      const fired = { category: cats & SHORTCOMING ? 'shortcoming' : 'problem-intro', match: word, at };
      // 牢不牢, 到不到位: a question, not an evaluation.
      const asked = word.charCodeAt(0) === 0x4e0d && at > 0 && text.charCodeAt(at - 1) === word.charCodeAt(1);
      if (asked) ev.question = true;
      if (negated || afterCopula || asked) {
        // asked, supposed, negated, or defined (…是失职): not a finding
      } else if (referenceOpen) {
        pendingProblem += w;
        pendingCues.push(fired);
      } else {
        ev.problem += w;
        ev.problemCues.push(fired);
        if (cats & PROBLEM_INTRO) ev.problemIntro = Math.max(ev.problemIntro, weight(cue, 'problem-intro'));
        if (cognitionSeen && w > 0) ev.seenProblem = true;
      }
    }
    if (flags[cue] & FLAG_CLOSES_REFERENCE && referenceOpen && !referenceClause) {
      // 解决…问题: what lay between was the object, not an assertion.
      referenceOpen = false;
      pendingProblem = 0;
      pendingCues = [];
    }
    if (cats & REFERENCE) {
      if (flags[cue] & FLAG_CLAUSE_SCOPE) negated = true;
      else if (!referenceOpen) {
        referenceOpen = true;
        referenceClause = false;
        pendingProblem = 0;
        pendingCues = [];
      }
    }
    if (cats & (QUESTION | HYPOTHETICAL)) {
      negated = true;
      if (cats & QUESTION) ev.question = true;
    }
    if (cats & COGNITION) {
      perceived = true;
      cognitionSeen = true;
    }
    if (main && cats & (DIRECTIVE | FUTURE)) {
      ev.directive = true;
      if (cats & DIRECTIVE) ev.obligation = true;
      if (ev.directiveAt < 0) ev.directiveAt = at;
      ev.directiveCues.push({ category: cats & DIRECTIVE ? 'directive' : 'future', match: word, at });
    }
    if (main && cats & RESOLVE) {
      ev.resolve = true;
      ev.directiveCues.push({ category: 'resolve', match: word, at });
    }
    if (main && cats & TIME) ev.timeAhead = true;
    if (cats & ACCEPTANCE) {
      ev.acceptance = true;
      ev.attitudeCues.push({ category: 'acceptance', match: word, at });
    }
    if (cats & TRIAGE) {
      ev.triage = true;
      if (!measureSeen.has(cue)) {
        measureSeen.add(cue);
        ev.measure += weight(cue, 'triage');
        ev.measureCues.push({ category: 'triage', match: word, at });
      }
    }
    if (cats & (COMPLETED | PAST) && ev.directiveAt < 0) {
      // Also in a lead-in: 连续多年来，我们…将… reports habits, not plans.
      if (cats & COMPLETED && main) ev.completed = true;
      if (cats & PAST) ev.past = true;
      ev.completedCues.push({ category: cats & COMPLETED ? 'completed' : 'past', match: word, at });
    }
    if (main && !perceived) {
      if (cats & (MEASURE | DEADLINE) && !measureSeen.has(cue)) {
        measureSeen.add(cue);
        const w = Math.max(weight(cue, 'measure'), weight(cue, 'deadline'));
        ev.measure += w;
        ev.measureCues.push({ category: cats & DEADLINE ? 'deadline' : 'measure', match: word, at });
      }
      if (cats & MEASURE_VERB) {
        const pair = measurePair(text, hits, h, span, clauseEnds, clause, usedObjects, takes, objectClasses);
        if (pair) {
          ev.measure += pair.weight;
          ev.measureCues.push({ category: 'measure', match: pair.match, at });
        }
      }
    }
    if (main && cats & (ATTITUDE | MANNER) && !(cats & (MEASURE_VERB | MEASURE))) {
      ev.attitude += cats & ATTITUDE ? 1 : 0.5;
      if (cats & ATTITUDE) ev.attitudeCues.push({ category: 'attitude', match: word, at });
    }
    if (cats & OWNER && main) ev.attitudeCues.push({ category: 'owner', match: word, at });
    if (main) {
      if (cats & PRAISE) ev.praise = true;
      if (cats & DEFINITION) ev.definition = true;
      if (cats & COPULA) {
        const clauseStart = clause > 0 ? clauseEnds[clause - 1] + 1 : span.mainStart;
        if (at <= clauseStart + 1 || cats & DEFINITION) ev.copula = true;
        else ev.innerCopula = true;
      }
      if (cats & PROCEDURAL) ev.procedural = true;
      if (cats & QUOTATION) ev.quotation = true;
      if (cats & SITUATION) ev.situation = true;
    }
  }
  flushClause();
  if (span.checkItems && ev.question) {
    // 一看…是否…: the item is a check the inspectors will carry out.
    ev.check = true;
    ev.measure += THRESHOLDS.pairWeight;
    ev.measureCues.push({ category: 'measure', match: '看…是否', at: span.start });
  }
  return ev;
}

/**
 * The object a measure verb at hit `h` takes: a later object hit of a class
 * it takes, in the same clause and within the gap, or a quoted name right
 * after it.
 */
function measurePair(
  text: string,
  hits: CueHits,
  h: number,
  span: Span,
  clauseEnds: Int32Array,
  clause: number,
  usedObjects: Set<number>,
  takes: Uint16Array,
  objectClasses: Uint16Array,
): { weight: number; match: string } | null {
  const t = cueTable();
  const verb = hits.cue[h];
  const verbEnd = hits.end[h];
  const clauseEnd = Math.min(clause < clauseEnds.length ? clauseEnds[clause] : span.end, span.end);
  const limit = Math.min(clauseEnd, verbEnd + THRESHOLDS.pairGap);
  for (let k = h + 1; k < span.hitTo; k++) {
    const at = hits.start[k];
    if (at >= limit) break;
    const cue = hits.cue[k];
    if (t.categories[cue] & MEASURE_OBJECT && objectClasses[cue] & takes[verb] && !usedObjects.has(k)) {
      // Stop at a sentence end inside the gap (the clause ends already bound it).
      usedObjects.add(k);
      return { weight: THRESHOLDS.pairWeight, match: `${t.words[verb]}…${t.words[cue]}` };
    }
  }
  if (t.flags[verb] & FLAG_TAKES_NAMED) {
    const named = Math.min(clauseEnd, verbEnd + THRESHOLDS.namedGap);
    for (let i = verbEnd; i < named; i++) {
      if (isQuoteOpen(text.charCodeAt(i))) {
        const closing = text.charCodeAt(i) === 0x300a ? '》' : text[i] === '「' ? '」' : '”';
        const close = text.slice(i + 1, i + 1 + MAX_NAME).indexOf(closing);
        if (close > 0) {
          return { weight: THRESHOLDS.namedWeight, match: `${t.words[verb]}${text.slice(i, i + close + 2)}` };
        }
      }
    }
  }
  return null;
}

/**
 * Whether the statement opens like an imperative: after its list marker and
 * any adverbs of manner (进一步, 切实, 深入…), a verb comes first (加强…, 开展…).
 */
export function opensImperative(hits: CueHits, from: number, hitFrom: number, hitTo: number): boolean {
  const t = cueTable();
  let cursor = from;
  for (let h = hitFrom; h < hitTo; h++) {
    const at = hits.start[h];
    if (at < cursor) continue;
    if (at > cursor) return false;
    const cue = hits.cue[h];
    const cats = t.categories[cue];
    if (t.flags[cue] & FLAG_OPENS_IMPERATIVE || cats & (ACCEPTANCE | MEASURE | COGNITION | ATTITUDE))
      return true;
    if (cats & (MANNER | DIRECTIVE | RESOLVE)) {
      cursor = hits.end[h];
      continue;
    }
    return false;
  }
  return false;
}
