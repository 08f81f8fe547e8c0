/**
 * What the cues of one statement add up to: how strongly it asserts a
 * shortcoming, whether it directs, plans or reports, and how much checkable
 * measure it names. Scope rules decide which cues count:
 *
 * - a shortcoming named as the object of a reference verb (解决…等问题,
 *   指出的…问题) is not asserted, nor one after 是否 or 如果 in its clause,
 *   nor one after a negating verb (决不搞, 防止) in its clause, nor one a
 *   copula defines (…是失职), nor an A-not-A question (牢不牢);
 * - a measure after a verb of perceiving (认识到…开展专项整治) is not done;
 * - a measure verb counts with an object it takes (建立…台账) within its
 *   clause, or with a quoted name right after it (打造“…”, 对照《…》).
 *
 * Runs once per statement on the hot path: no closures, no sets, and the
 * cues that explain a finding are shared, interned objects.
 */
import {
  categoryBit,
  CATEGORIES,
  cueTable,
  FLAG_ADVICE,
  FLAG_CLAUSE_SCOPE,
  FLAG_CLOSES_REFERENCE,
  FLAG_OPENS_IMPERATIVE,
  FLAG_START_DATE,
  FLAG_DATE_RANGE,
  FLAG_TAKES_NAMED,
  type CueHits,
} from './cues';
import type { CueCategory } from './lexicon';
import {
  ASSIGNMENT_WORDS,
  DUTY_WORDS,
  FREQUENCY_WORDS,
  BLANKET_WORDS,
  TARGET_WORDS,
  SANCTION_WORDS,
  TARGET_PREPOSITION,
  THRESHOLDS,
} from './lexicon';
import { listMarkerLength } from '../text/segment';
import { isAsciiDigit, isHan } from '../text/chars';
import type { Cue } from './types';

const BLOCK = categoryBit('block');
const SHORTCOMING = categoryBit('shortcoming');
const PROBLEM_INTRO = categoryBit('problem-intro');
const PROBLEM_NOUN = categoryBit('problem-noun');
const REFERENCE = categoryBit('reference');
const QUESTION = categoryBit('question');
const HYPOTHETICAL = categoryBit('hypothetical');
const DIRECTIVE = categoryBit('directive');
const FUTURE = categoryBit('future');
const TIME = categoryBit('time');
const RESOLVE = categoryBit('resolve');
const COMPLETED = categoryBit('completed');
const PAST = categoryBit('past');
const COGNITION = categoryBit('cognition');
const MEASURE_VERB = categoryBit('measure-verb');
const MEASURE_OBJECT = categoryBit('measure-object');
const MEASURE = categoryBit('measure');
const DEADLINE = categoryBit('deadline');
const TRIAGE = categoryBit('triage');
const ACCEPTANCE = categoryBit('acceptance');
const ATTITUDE = categoryBit('attitude');
const MANNER = categoryBit('manner');
const PRAISE = categoryBit('praise');
const DEFINITION = categoryBit('definition');
const COPULA = categoryBit('copula');
const PROCEDURAL = categoryBit('procedural');
const QUOTATION = categoryBit('quotation');
const SITUATION = categoryBit('situation');
const OWNER = categoryBit('owner');
const SUBJECT = categoryBit('subject');

/** Which kinds of finding a cue explains (bits of {@link Explanation.kinds}). */
export const EXPLAINS_PROBLEM = 1;
export const EXPLAINS_COMMITMENT = 2;
export const EXPLAINS_PLEDGE = 4;
export const EXPLAINS_PROGRESS = 8;

const N_CATEGORIES = CATEGORIES.length;
const CATEGORY_OF = new Map(CATEGORIES.map((c, i) => [c, i]));

// ——— Evidence: numbers and flag bits, read through getters ———

const F_SEEN_PROBLEM = 1 << 0;
const F_DIRECTIVE = 1 << 1;
const F_OBLIGATION = 1 << 2;
const F_RESOLVE = 1 << 3;
const F_TIME_AHEAD = 1 << 4;
const F_FIRST_PERSON = 1 << 5;
const F_CHECK = 1 << 6;
const F_ACCEPTANCE = 1 << 7;
const F_TRIAGE = 1 << 8;
const F_COMPLETED = 1 << 9;
const F_PAST = 1 << 10;
const F_PRAISE = 1 << 11;
const F_DEFINITION = 1 << 12;
const F_COPULA = 1 << 13;
const F_INNER_COPULA = 1 << 14;
const F_PROCEDURAL = 1 << 15;
const F_QUOTATION = 1 << 16;
const F_SITUATION = 1 << 17;
const F_QUESTION = 1 << 18;
const F_DEADLINE = 1 << 19;
const F_ASSIGNED = 1 << 20;
const F_ADVICE = 1 << 21;
const F_ORDER = 1 << 22;
const F_DUTY = 1 << 23;
const F_START_DATE = 1 << 24;
const F_SANCTION_RULE = 1 << 25;
const F_FREQUENCY = 1 << 26;
const F_BLANKET = 1 << 27;

/**
 * The evidence of one statement; see the module comment. Flags are bits of
 * one number (a statement is read on the hot path, and many are kept until
 * their sentence is done), read through the getters.
 */
export class Evidence {
  bits = 0;
  /** Asserted shortcoming, after scopes. */
  problem = 0;
  /** The strongest word introducing problems (存在以下问题, 亟需解决: 2). */
  problemIntro = 0;
  /** Where the first directive or plan word is, or -1. */
  directiveAt = -1;
  /** Checkable measure named, weighted. */
  measure = 0;
  /** Attitude vocabulary. */
  attitude = 0;
  /** The cues that explain it: entries `[from, to)` of its unit's {@link ExplanationPool}. */
  from = 0;
  to = 0;

  /** A verb of perceiving comes before the asserted shortcoming (我们也要清醒地看到，…存在…). */
  get seenProblem(): boolean {
    return (this.bits & F_SEEN_PROBLEM) !== 0;
  }
  /** An explicit directive (要, 必须…) or plan (将, 下一步…). */
  get directive(): boolean {
    return (this.bits & F_DIRECTIVE) !== 0;
  }
  /** The directive is an obligation (要, 必须), not only a plan word (将, which is also 把). */
  get obligation(): boolean {
    return (this.bits & F_OBLIGATION) !== 0;
  }
  /** It names a duty (第一责任人, 负直接责任). */
  get duty(): boolean {
    return (this.bits & F_DUTY) !== 0;
  }
  /** Its only directive gives advice (建议…): without a measure it is nobody's pledge. */
  get adviceOnly(): boolean {
    return (this.bits & (F_ADVICE | F_ORDER)) === F_ADVICE;
  }
  /** Resolve in an adverb (坚决, 切实, 确保): directs, but weakly. */
  get resolve(): boolean {
    return (this.bits & F_RESOLVE) !== 0;
  }
  /** Time ahead (今年, 本轮, 今后): with a measure, a plan. */
  get timeAhead(): boolean {
    return (this.bits & F_TIME_AHEAD) !== 0;
  }
  /** The speaker is the subject (我作为…, 我们…): with a measure, a commitment. */
  get firstPerson(): boolean {
    return (this.bits & F_FIRST_PERSON) !== 0;
  }
  /** A period with a count (每半年开展一次): with a measure, a standing rule. */
  get frequency(): boolean {
    return (this.bits & F_FREQUENCY) !== 0;
  }
  /** A blanket rule (一律): with a measure, a standing rule. */
  get blanket(): boolean {
    return (this.bits & F_BLANKET) !== 0;
  }
  /** A task is handed to someone (由分管领导牵头): with a measure, a plan. */
  get assigned(): boolean {
    return (this.bits & F_ASSIGNED) !== 0;
  }
  /** A check the unit's list marker announces (一看…是否…). */
  get check(): boolean {
    return (this.bits & F_CHECK) !== 0;
  }
  /** Findings accepted (照单全收): a pledge even without a directive. */
  get acceptance(): boolean {
    return (this.bits & F_ACCEPTANCE) !== 0;
  }
  /** A triage of problems by urgency (能够立即解决的…): a plan. */
  get triage(): boolean {
    return (this.bits & F_TRIAGE) !== 0;
  }
  /** A completed-action marker (了, 已) that no directive or plan precedes. */
  get completed(): boolean {
    return (this.bits & F_COMPLETED) !== 0;
  }
  /** A past-time adverbial (近年来, 会前) that no directive or plan precedes. */
  get past(): boolean {
    return (this.bits & F_PAST) !== 0;
  }
  get praise(): boolean {
    return (this.bits & F_PRAISE) !== 0;
  }
  get definition(): boolean {
    return (this.bits & F_DEFINITION) !== 0;
  }
  /** A copula opens a clause (开展巡察工作，是…): the statement defines rather than directs. */
  get copula(): boolean {
    return (this.bits & F_COPULA) !== 0;
  }
  /** A copula inside a clause (树立…是本职…的理念). */
  get innerCopula(): boolean {
    return (this.bits & F_INNER_COPULA) !== 0;
  }
  get procedural(): boolean {
    return (this.bits & F_PROCEDURAL) !== 0;
  }
  get quotation(): boolean {
    return (this.bits & F_QUOTATION) !== 0;
  }
  get situation(): boolean {
    return (this.bits & F_SITUATION) !== 0;
  }
  get question(): boolean {
    return (this.bits & F_QUESTION) !== 0;
  }
  /** A time limit or a triage by urgency was read (限时, 月底前, 能够立即解决的…). */
  get deadline(): boolean {
    return (this.bits & (F_DEADLINE | F_START_DATE)) !== 0;
  }
  /** The only time read is when something starts (12月1日起), no limit. */
  get startDateOnly(): boolean {
    return (this.bits & (F_DEADLINE | F_START_DATE)) === F_START_DATE;
  }
  /**
   * A sanction for whoever fits a description (对弄虚作假的，严肃追责问责): a rule set for
   * what is yet to happen, which directs as 要 does and names its measure.
   */
  get sanctionRule(): boolean {
    return (this.bits & F_SANCTION_RULE) !== 0;
  }
}

/**
 * The cues that fired in the statements of one unit, in order of position,
 * with the kinds of finding each explains (0: none, a shortcoming that
 * turned out not to be asserted). Reset for every unit.
 */
export class ExplanationPool {
  cue = new Int32Array(64);
  kinds = new Uint8Array(64);
  count = 0;
  /** Cues made for this text only (quoted names); their ids are -1, -2…. */
  readonly own: Cue[] = [];

  reset(): void {
    this.count = 0;
    if (this.own.length > 0) this.own.length = 0; // rare; setting the length is a runtime call
  }

  push(id: number, kinds: number): void {
    if (this.count === this.cue.length) {
      const cue = new Int32Array(this.count * 2);
      cue.set(this.cue);
      this.cue = cue;
      const k = new Uint8Array(this.count * 2);
      k.set(this.kinds);
      this.kinds = k;
    }
    this.cue[this.count] = id;
    this.kinds[this.count++] = kinds;
  }

  cueOf(id: number): Cue {
    return id >= 0 ? INTERNED[id] : this.own[-1 - id];
  }
}

/** Where the statement's text is, and what is known about it from outside. */
export interface Span {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Where the statement proper starts: cues before it (a lead-in, a list marker) only count as context. */
  mainStart: number;
  /** Hit indexes `[hitFrom, hitTo)` cover the span. */
  hitFrom: number;
  hitTo: number;
  /** Positions of the top-level ，： of the unit, ascending (clause ends): the first `clauseCount`. */
  clauseEnds: ArrayLike<number>;
  clauseCount: number;
  /** The unit opens with a 看 marker (一看…是否): each item is a check to be carried out. */
  checkItems: boolean;
}

/** Longest quoted name of a measure. */
const MAX_NAME = 24;

const INDEX = (c: CueCategory) => CATEGORY_OF.get(c)!;
const I_SHORTCOMING = INDEX('shortcoming');
const I_PROBLEM_INTRO = INDEX('problem-intro');

function weight(cue: number, category: CueCategory): number {
  return cueTable().weights[cue * N_CATEGORIES + CATEGORY_OF.get(category)!];
}

// ——— Interned explanation cues: one shared object per word and category ———

const INTERNED: Cue[] = [];
let wordIds: Int32Array | null = null;
const pairIds = new Map<number, number>();
const INTERNED_INDEX: Record<string, number> = {};
for (let i = 0; i < CATEGORIES.length; i++) INTERNED_INDEX[CATEGORIES[i]] = i;

function intern(cue: Cue): number {
  INTERNED.push(cue);
  return INTERNED.length - 1;
}

/** The id of the shared `Cue` for word `cue` under `category`. */
function wordCue(cue: number, category: CueCategory): number {
  wordIds ??= new Int32Array(cueTable().words.length * N_CATEGORIES);
  const key = cue * N_CATEGORIES + INTERNED_INDEX[category];
  let id = wordIds[key] - 1;
  if (id < 0) {
    id = intern({ category, match: cueTable().words[cue] });
    wordIds[key] = id + 1;
  }
  return id;
}

/** The id of the shared `Cue` for a measure verb with its object: 建立…台账. */
function pairCue(verb: number, object: number): number {
  const key = verb * 0x10000 + object;
  let id = pairIds.get(key);
  if (id === undefined) {
    const words = cueTable().words;
    id = intern({ category: 'measure', match: `${words[verb]}…${words[object]}` });
    pairIds.set(key, id);
  }
  return id;
}

const CHECK_CUE = intern({ category: 'measure', match: '看…是否' });

// ——— Stamps instead of sets ———

let stamp = 0;
let cueStamps = new Int32Array(0);
let objectStamps = new Int32Array(0);

function nextStamp(hitCount: number): number {
  const words = cueTable().words.length;
  if (cueStamps.length < words) cueStamps = new Int32Array(words);
  if (objectStamps.length < hitCount)
    objectStamps = new Int32Array(Math.max(hitCount, objectStamps.length * 2));
  return ++stamp;
}

/** Per cue word: 1 where it hands out a task (ASSIGNMENT_WORDS). Built with the cue table. */
let assigns: Uint8Array | undefined;
/** Per cue word: 1 where it names a duty (DUTY_WORDS). */
let duties: Uint8Array | undefined;
/** Per cue word: 1 where it describes things (DESCRIBES_THINGS). */
let describesThings: Uint8Array | undefined;
/** Per cue word: 1 where it deals with those at fault (SANCTION_WORDS). */
let sanctions: Uint8Array | undefined;
/** Per cue word: 1 where it names a period of a rule (FREQUENCY_WORDS). */
let periods: Uint8Array | undefined;
/** Per cue word: 1 where it makes a blanket rule (BLANKET_WORDS). */
let blankets: Uint8Array | undefined;
/** Per cue word: 1 where it sets a figure as the target (TARGET_WORDS). */
let targets: Uint8Array | undefined;

function tableOf(words: readonly string[], listed: readonly string[]): Uint8Array {
  const table = new Uint8Array(words.length);
  for (const word of listed) {
    const id = words.indexOf(word);
    if (id >= 0) table[id] = 1;
  }
  return table;
}

/** First characters of clauses that name a target (对…的问题，…). */
/** First characters of a shortcoming that negates what follows it (未及时, 没有, 不按). */
const NEGATIONS = new Uint8Array(0x10000);
for (const ch of '未没不无') NEGATIONS[ch.charCodeAt(0)] = 1;

const TARGET_PREPOSITIONS = new Uint8Array(0x10000);
for (const ch of TARGET_PREPOSITION) TARGET_PREPOSITIONS[ch.charCodeAt(0)] = 1;

/** Scope state of the clause being read. */
interface ClauseState {
  /** A reference verb waits for the problem it names (解决…问题). */
  referenceOpen: boolean;
  /** Shortcoming read since the reference verb: not asserted if the problem is named. */
  pendingProblem: number;
  pendingFrom: number;
  /** After 是否, 如果 or a negating verb, up to the clause end. */
  negated: boolean;
  /** After a verb of perceiving, up to the clause end. */
  perceived: boolean;
  /** The open reference is a target the clause opened with (对…), which a measure verb then acts on. */
  targetOpen: boolean;
}

const clauseState: ClauseState = {
  referenceOpen: false,
  pendingProblem: 0,
  pendingFrom: 0,
  negated: false,
  perceived: false,
  targetOpen: false,
};

/** Adds a cue to the explanation being gathered. */
function explain(pool: ExplanationPool, id: number, kinds: number): void {
  pool.push(id, kinds);
}

/** Ends a clause: a reference verb that never named its problem leaves its clause asserted. */
function endClause(ev: Evidence, pool: ExplanationPool, state: ClauseState): void {
  if (state.referenceOpen) {
    ev.problem += state.pendingProblem;
    const { kinds } = pool;
    for (let i = state.pendingFrom; i < pool.count; i++) if (kinds[i] === 0) kinds[i] = EXPLAINS_PROBLEM;
  }
  state.referenceOpen = false;
  state.pendingProblem = 0;
  state.negated = false;
  state.perceived = false;
  state.targetOpen = false;
}

/**
 * Evidence of `text[span.start, span.end)`; see the module comment. The
 * cues that explain it go to `pool`; `into`, when given, is filled instead
 * of a new object.
 */
export function gatherEvidence(
  text: string,
  hits: CueHits,
  span: Span,
  pool: ExplanationPool,
  into?: Evidence,
): Evidence {
  const t = cueTable();
  const { categories, flags, weights } = t;
  assigns ??= tableOf(t.words, ASSIGNMENT_WORDS);
  duties ??= tableOf(t.words, DUTY_WORDS);
  describesThings ??= tableOf(t.words, DESCRIBES_THINGS);
  sanctions ??= tableOf(t.words, SANCTION_WORDS);
  periods ??= tableOf(t.words, FREQUENCY_WORDS);
  blankets ??= tableOf(t.words, BLANKET_WORDS);
  targets ??= tableOf(t.words, TARGET_WORDS);
  const ev = into ?? new Evidence();
  ev.bits = 0;
  ev.problem = 0;
  ev.problemIntro = 0;
  ev.directiveAt = -1;
  ev.measure = 0;
  ev.attitude = 0;
  ev.from = pool.count;
  const own = nextStamp(hits.count);
  const { clauseEnds, clauseCount } = span;
  let clause = 0;
  while (clause < clauseCount && clauseEnds[clause] < span.start) clause++;
  let clauseStart = span.mainStart;
  let targetChecked = false;
  /** Where the current clause's words start, after its list marker (-1: not known yet). */
  let clauseOpening = -1;
  // One scratch state serves every call: a call runs to its end without yielding.
  const state = clauseState;
  state.referenceOpen = false;
  state.pendingProblem = 0;
  state.pendingFrom = 0;
  state.negated = false;
  state.perceived = false;
  state.targetOpen = false;
  let cognitionSeen = false;
  let previousEnd = -1;
  let previousCopula = false;
  let previousNegation = false;
  let previousAction = false;
  // A measure seen earlier in the clause: a shortcoming after it may name its object.
  let measureInClause = false;
  let previousDeadline = false;
  // The clause where a weak 存在 was asserted: a problem noun after it (存在“学用脱节”现象) completes it.
  let existClause = -1;
  let targetCarried = false;
  // The clause whose measure acts on a target described in a clause of its own (对…的，…), or -1.
  let carriedTargetClause = -1;
  // The same target as the statement's lead-in (对推诿扯皮的，|要…问责).
  const targetLeadIn = span.mainStart > span.start && describesTarget(text, span.start, span.mainStart);
  // …or its first clause (对因…引发事故的，严格倒查责任; 再搞虚假整改的，严肃追究…): a sanction after it.
  // Read at the first sanction word, as few statements have one.
  let describedEnd = UNREAD;
  // What the previous clause added to the problem, in case it turns out to be a condition.
  let clauseProblem = 0;
  let clauseExplainFrom = pool.count;
  let previousClauseProblem = 0;
  let previousClauseFrom = 0;
  let previousClauseTo = 0;

  for (let h = span.hitFrom; h < span.hitTo; h++) {
    const at = hits.start[h];
    if (at < span.start) continue;
    if (at >= span.end) break;
    while (clause < clauseCount && clauseEnds[clause] <= at) {
      // 对违规享受低保的，由民政局立即停发: a target that ends in 的 is acted on in the next clause.
      // It stays open, over the clauses after it, until a measure acts on it or the statement ends.
      if (state.targetOpen && state.referenceOpen && endsDescribedTarget(text, clauseEnds[clause]))
        targetCarried = true;
      if (!(targetCarried && state.referenceOpen)) {
        endClause(ev, pool, state);
        targetCarried = false;
      }
      previousClauseProblem = ev.problem - clauseProblem;
      previousClauseFrom = clauseExplainFrom;
      previousClauseTo = pool.count;
      clauseProblem = ev.problem;
      clauseExplainFrom = pool.count;
      clauseStart = clauseEnds[clause] + 1;
      clause++;
      targetChecked = false;
      measureInClause = false;
    }
    // 对尚未完成整改的问题，…: a clause opening with 对 names a target, like a reference verb
    // (after an inline list marker: …：一是对…). Checked at the first cue past the opening.
    if (!targetChecked && at >= clauseStart) {
      if (clauseOpening < clauseStart) clauseOpening = clauseStart + listMarkerLength(text, clauseStart);
      if (at >= clauseOpening) targetChecked = true;
      if (at > clauseOpening && TARGET_PREPOSITIONS[text.charCodeAt(clauseOpening)] && !state.referenceOpen) {
        state.referenceOpen = true;
        state.targetOpen = true;
        state.pendingProblem = 0;
        state.pendingFrom = pool.count;
      }
    }
    const cue = hits.cue[h];
    const cats = categories[cue];
    const afterCopula = previousCopula && previousEnd === at;
    // 未及时收回, 没有建立: a measure right after a negating shortcoming is what was not done.
    const negatedMeasure = previousNegation && previousEnd === at && (cats & (MEASURE | MEASURE_VERB)) !== 0;
    // 核查已销号问题, 对已整改的事项: 已 right after a verb or 对 qualifies that verb's object.
    const attributive =
      (cats & COMPLETED) !== 0 &&
      text.charCodeAt(at) === 0x5df2 &&
      ((previousAction && previousEnd === at) ||
        text.charCodeAt(at - 1) === 0x5bf9 ||
        completedModifier(text, hits.end[h]));
    // The 是 of a list marker (五是违规使用警车) is no copula.
    previousCopula = (cats & COPULA) !== 0 && at >= span.mainStart;
    // …and so is one right after 仍未, 尚未 (经督促当事人仍未拆除).
    previousNegation =
      (cats & SHORTCOMING) !== 0 &&
      (NEGATIONS[text.charCodeAt(at)] === 1 || NEGATIONS[text.charCodeAt(hits.end[h] - 1)] === 1);
    previousAction = (cats & (MEASURE | MEASURE_VERB | REFERENCE)) !== 0;
    // 8月底前全部完成: a completion after a time limit is the plan's, not a report's.
    const afterDeadline = previousDeadline && previousEnd >= at - 1;
    // 对2021年以来发放的补贴开展清查: the time since names the target's scope, not when it was done.
    const scopeOfTarget =
      (cats & PAST) !== 0 && targetBefore(text, Math.max(clauseStart, at - SCOPE_REACH), at);
    previousDeadline = (cats & DEADLINE) !== 0;
    previousEnd = hits.end[h];
    if (negatedMeasure) continue;
    if (cats === BLOCK) continue;
    const main = at >= span.mainStart;

    if (cats & (SHORTCOMING | PROBLEM_INTRO)) {
      const isIntro = (cats & SHORTCOMING) === 0;
      const introWeight = weights[cue * N_CATEGORIES + I_PROBLEM_INTRO];
      const w = Math.max(weights[cue * N_CATEGORIES + I_SHORTCOMING], introWeight);
      // 牢不牢, 到不到位: a question, not an evaluation.
      const asked =
        text.charCodeAt(at) === 0x4e0d && at > 0 && text.charCodeAt(at - 1) === text.charCodeAt(at + 1);
      if (asked) ev.bits |= F_QUESTION;
      const modifies =
        modifiesTarget(text, hits.end[h]) ||
        (measureInClause && main && describesThings[cue] && modifiesObject(text, hits.end[h])) ||
        ((text.charCodeAt(at) === 0x672a || text.startsWith('没有', at)) &&
          negatedPhraseModifies(text, hits.end[h], false)) ||
        // 尚未完成的5个问题单独列清单管理: what opens the statement is its topic, whatever the noun.
        (at === span.mainStart &&
          NEGATIONS[text.charCodeAt(hits.end[h] - 1)] === 1 &&
          negatedPhraseModifies(text, hits.end[h], true));
      if (!state.negated && !afterCopula && !asked && !modifies) {
        const fired = wordCue(cue, isIntro ? 'problem-intro' : 'shortcoming');
        if (state.referenceOpen) {
          // Held back until the clause shows whether the verb named it (kind 0 = undecided).
          state.pendingProblem += w;
          explain(pool, fired, 0);
        } else {
          if (isIntro && w < 1) {
            existClause = clause;
            // 存在“中梗阻”。: what exists is named in quotes that end the clause.
            if (quoteEndsClause(text, hits.end[h])) {
              ev.problem += EXISTS_NAMED_WEIGHT;
              existClause = -1;
            }
          }
          ev.problem += w;
          explain(pool, fired, EXPLAINS_PROBLEM);
          if (cats & PROBLEM_INTRO) ev.problemIntro = Math.max(ev.problemIntro, introWeight);
          if (cognitionSeen && w > 0) ev.bits |= F_SEEN_PROBLEM;
        }
      }
    }
    if (cats & PROBLEM_NOUN && existClause === clause && !state.referenceOpen && !state.negated) {
      // 存在…现象, 存在…问题: what exists is named as a problem, whatever the quotes hide.
      ev.problem += EXISTS_NAMED_WEIGHT;
      explain(pool, wordCue(cue, 'problem-intro'), EXPLAINS_PROBLEM);
      existClause = -1;
    }
    if (flags[cue] & FLAG_CLOSES_REFERENCE && state.referenceOpen) {
      // 解决…问题: what lay between was the object, not an assertion.
      state.referenceOpen = false;
      state.pendingProblem = 0;
    }
    if (cats & REFERENCE) {
      if (flags[cue] & FLAG_CLAUSE_SCOPE) state.negated = true;
      // 积案化解工作还存在…问题: 化解工作 is the subject, a noun, not a verb taking the problem.
      else if (!state.referenceOpen && !text.startsWith('工作', hits.end[h])) {
        state.referenceOpen = true;
        state.pendingProblem = 0;
        state.pendingFrom = pool.count;
      }
    }
    if (cats & (QUESTION | HYPOTHETICAL)) {
      state.negated = true;
      if (cats & QUESTION) ev.bits |= F_QUESTION;
      // …不明确，就会…: the clause before a consequence was its condition.
      if (cats & HYPOTHETICAL && at <= clauseStart + 1 && previousClauseProblem > 0) {
        ev.problem -= previousClauseProblem;
        for (let i = previousClauseFrom; i < previousClauseTo; i++)
          if (pool.kinds[i] === EXPLAINS_PROBLEM) pool.kinds[i] = 0;
        previousClauseProblem = 0;
      }
    }
    if (cats & COGNITION) {
      state.perceived = true;
      cognitionSeen = true;
    }
    if (cats & TRIAGE) {
      // Also in a lead-in: 对于能够立即解决的，…，要… is a plan by urgency.
      ev.bits |= F_TRIAGE;
      readMeasure(ev, pool, cue, 'triage', own);
    }
    if (!main) {
      if (cats & DIRECTIVE && hits.end[h] === span.mainStart) {
        // A list marker that gives the order (一要…, 二要…): the item is a directive.
        ev.bits |= F_DIRECTIVE | F_OBLIGATION | F_ORDER;
        if (ev.directiveAt < 0) ev.directiveAt = span.mainStart;
        explain(pool, wordCue(cue, 'directive'), EXPLAINS_COMMITMENT | EXPLAINS_PLEDGE);
        continue;
      }
      if (cats & (COMPLETED | PAST) && ev.directiveAt < 0 && cats & PAST) {
        // 连续多年来，我们…将…: a lead-in of past time makes the statement a report.
        ev.bits |= F_PAST;
        explain(pool, wordCue(cue, 'past'), EXPLAINS_PROGRESS);
      }
      continue;
    }

    // 群众办事还要跑几趟, 患者仍需到县城办理: what the public must put up with, not an order.
    if (cats & (DIRECTIVE | RESOLVE) && burdenOnServed(text, clauseStart, at, hits.end[h])) continue;
    if (cats & FUTURE && !(cats & DIRECTIVE) && disposes(text, at, hits.end[h])) continue;
    if (cats & (DIRECTIVE | FUTURE)) {
      ev.bits |= F_DIRECTIVE | (flags[cue] & FLAG_ADVICE ? F_ADVICE : F_ORDER);
      if (cats & DIRECTIVE) ev.bits |= F_OBLIGATION;
      if (ev.directiveAt < 0) ev.directiveAt = at;
      explain(
        pool,
        wordCue(cue, cats & DIRECTIVE ? 'directive' : 'future'),
        EXPLAINS_COMMITMENT | EXPLAINS_PLEDGE,
      );
    }
    if (cats & RESOLVE) {
      ev.bits |= F_RESOLVE;
      explain(pool, wordCue(cue, 'resolve'), EXPLAINS_COMMITMENT | EXPLAINS_PLEDGE);
    }
    if (cats & TIME) ev.bits |= F_TIME_AHEAD;
    if (periods[cue] && countFollows(text, hits.end[h], span.end)) ev.bits |= F_FREQUENCY;
    if (blankets[cue]) ev.bits |= F_BLANKET;
    if (cats & SUBJECT && at <= span.mainStart + 1 && text.charCodeAt(at) === 0x6211) {
      // 我作为党组书记，…亲自…: the speaker speaking of what he will do.
      ev.bits |= F_FIRST_PERSON;
    }
    if (cats & ACCEPTANCE) {
      ev.bits |= F_ACCEPTANCE;
      explain(pool, wordCue(cue, 'acceptance'), EXPLAINS_PLEDGE);
    }
    if (cats & (COMPLETED | PAST) && ev.directiveAt < 0 && !attributive && !afterDeadline && !scopeOfTarget) {
      if (cats & COMPLETED) ev.bits |= F_COMPLETED;
      else ev.bits |= F_PAST;
      explain(pool, wordCue(cue, cats & COMPLETED ? 'completed' : 'past'), EXPLAINS_PROGRESS);
    }
    if (state.targetOpen && state.referenceOpen && cats & (MEASURE_VERB | MEASURE) && !(cats & SHORTCOMING)) {
      // 对违规享受的资金一律追缴, 对不合规票据逐笔核查: what the shortcoming described is the
      // target the measure acts on, not something the statement asserts.
      state.referenceOpen = false;
      state.pendingProblem = 0;
      if (targetCarried) carriedTargetClause = clause;
    }
    // 对整改不力、弄虚作假的，依规依纪严肃追责问责: whoever will fit the description is dealt with.
    if (sanctions[cue]) {
      if (describedEnd === UNREAD) describedEnd = describedLeadEnd(text, span.mainStart, span.end);
      if (
        clause === carriedTargetClause ||
        (targetLeadIn && main) ||
        (describedEnd >= 0 && at > describedEnd)
      )
        ev.bits |= F_SANCTION_RULE;
    }
    if (!state.perceived) {
      // A date range is a time limit only after a phase, in parentheses (see phaseLimit).
      const periodOnly = (flags[cue] & FLAG_DATE_RANGE) !== 0 && !phaseLimit(text, hits.start[h]);
      // 将于 and 不得低于 are explained once, as the plan or order they state.
      if (cats & (MEASURE | DEADLINE) && !periodOnly)
        readMeasure(
          ev,
          pool,
          cue,
          cats & DEADLINE ? 'deadline' : 'measure',
          own,
          !(cats & (FUTURE | DIRECTIVE)),
          (flags[cue] & FLAG_START_DATE) !== 0 && !datedByYear(text, hits.start[h]),
        );
      if (cats & MEASURE_VERB) readPair(ev, pool, text, hits, h, span, clause, own);
      // 控制在0.3‰以内: the figure set makes the target checkable.
      if (targets[cue] && isNumeral(text, hits.end[h])) ev.measure += TARGET_FIGURE_WEIGHT;
    }
    // 审计发现违规…: after a verb of finding, what follows is what was found.
    if (cats & REFERENCE) measureInClause = false;
    else if (cats & (MEASURE_VERB | MEASURE) && !(cats & SHORTCOMING)) measureInClause = true;
    if (cats & (ATTITUDE | MANNER) && !(cats & (MEASURE_VERB | MEASURE))) {
      ev.attitude += cats & ATTITUDE ? 1 : 0.5;
      if (cats & ATTITUDE) explain(pool, wordCue(cue, 'attitude'), EXPLAINS_PLEDGE);
    }
    if (cats & OWNER && assigns![cue]) ev.bits |= F_ASSIGNED;
    if (cats & OWNER && duties![cue]) ev.bits |= F_DUTY;
    if (cats & OWNER) explain(pool, wordCue(cue, 'owner'), EXPLAINS_COMMITMENT | EXPLAINS_PLEDGE);
    if (cats & PRAISE) ev.bits |= F_PRAISE;
    if (cats & DEFINITION) ev.bits |= F_DEFINITION;
    if (cats & COPULA) {
      if (at <= clauseStart + 1 || cats & DEFINITION) ev.bits |= F_COPULA;
      else ev.bits |= F_INNER_COPULA;
    }
    // 个别谈话、列席会议、受理信访: an item of a list of methods, not the meeting's procedure.
    if (cats & PROCEDURAL && !inEnumeration(text, at, hits.end[h]) && !channelOpened(text, clauseStart, at))
      ev.bits |= F_PROCEDURAL;
    if (cats & QUOTATION) ev.bits |= F_QUOTATION;
    if (cats & SITUATION) ev.bits |= F_SITUATION;
  }
  endClause(ev, pool, state);
  if (span.checkItems && ev.question) {
    // 一看…是否…: the item is a check the inspectors will carry out.
    ev.bits |= F_CHECK;
    ev.measure += THRESHOLDS.pairWeight;
    explain(pool, CHECK_CUE, EXPLAINS_COMMITMENT);
  }
  ev.to = pool.count;
  return ev;
}

/** What a figure right after a target word adds to its measure: the two make a checkable pair. */
const TARGET_FIGURE_WEIGHT = 1;

/** How far after its period a rule's count may stand (每半年至少与…干部开展1次). */
const COUNT_REACH = 24;

/** Whether a count of times (一次, 2次, 两次) follows `from` in the same clause: the period sets a rule. */
function countFollows(text: string, from: number, end: number): boolean {
  const limit = Math.min(end, from + COUNT_REACH);
  for (let i = from + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b) return false; // ，。；
    // 次, but not one that describes a rule named after it (没有达到每半年至少1次的规定).
    if (c === 0x6b21 && isNumeral(text, i - 1)) return text.charCodeAt(i + 1) !== 0x7684;
  }
  return false;
}

/** Whether `text[at]` is a digit or a Chinese numeral of a count. */
function isNumeral(text: string, at: number): boolean {
  return isAsciiDigit(text.charCodeAt(at)) || CHINESE_NUMERALS.indexOf(text.charAt(at)) >= 0;
}

const CHINESE_NUMERALS = '一两二三四五六七八九十百';

/** Whom a described target names after its 的 (…进展缓慢的股室和个人, …敷衍应付的责任单位): anyone who fits. */
const DESCRIBED_TARGET =
  /的(?:(?![一二两三四五六七八九十几])[\u4e00-\u9fffA-Z、]{0,6}(?:单位|部门|股室|科室|处室|个人|人员|干部|责任人|党组织|学校|企业|社区|医生|医师|教师|机构|商户|经营户|账号|项目|标段|场所|乡镇|镇|乡|村|街道))?$/;
/** Longest ending {@link DESCRIBED_TARGET} reads. */
const DESCRIBED_TARGET_REACH = 12;

/** Whether the clause ending at `end` ends with a target described (对…的, 对…的单位和个人), not counted (的三名干部). */
function endsDescribedTarget(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 0x7684) return true;
  return DESCRIBED_TARGET.test(text.slice(Math.max(0, end - DESCRIBED_TARGET_REACH), end));
}

/** A position not read yet. */
const UNREAD = -2;

/** The longest first clause read as a described target. */
const MAX_DESCRIBED_LEAD = 40;

/**
 * Where the statement's first clause ends when it describes whom a rule is for (对…的，, 凡…的，,
 * 因…引发事故的，, or …的， alone), else -1.
 */
function describedLeadEnd(text: string, from: number, to: number): number {
  const limit = Math.min(to, from + MAX_DESCRIBED_LEAD);
  for (let i = from + 2; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b || c === 0xff1a) return -1; // 。；：
    if (c !== 0xff0c) continue;
    // A clause opened by 对, 凡 or 因 may name whom after its 的 (…的医生); a bare one ends with it.
    const described =
      DESCRIBED_OPENINGS.indexOf(text.charAt(from)) >= 0
        ? endsDescribedTarget(text, i)
        : text.charCodeAt(i - 1) === 0x7684;
    return described ? i : -1;
  }
  return -1;
}

const DESCRIBED_OPENINGS = '对凡因';

/** Whether `text[from, to)` is a target described in a clause of its own: 对…的， (after a list marker). */
function describesTarget(text: string, from: number, to: number): boolean {
  const opening = from + listMarkerLength(text, from);
  if (text.charCodeAt(opening) !== TARGET_PREPOSITION.charCodeAt(0)) return false;
  let end = to;
  while (end > opening && text.charCodeAt(end - 1) === 0xff0c) end--;
  return endsDescribedTarget(text, end);
}

/** Nouns after 的 (and a count) that make a shortcoming an assertion (…不到位的问题, 尚未完成整改的18个问题), not a description of a target. */
const ASSERTED_NOUNS =
  /^的(?:[\d一二三四五六七八九十百几]+[个项件条类])?(?:问题(?!线索)|现象|情况|倾向|苗头|状况|局面)/;

/**
 * A shortcoming that describes the target of a measure (对整改不力的严肃问责,
 * 对自查流于形式的单位责令重新开展) is not asserted: it is followed by 的 and
 * a noun other than 问题/现象.
 */
function modifiesTarget(text: string, end: number): boolean {
  let at = end;
  // 对整改不力、敷衍整改、虚假整改的，…: an enumeration joined by 、 modifies as one.
  while (text.charCodeAt(at) === 0x3001) {
    const next = enumerationItemEnd(text, at + 1);
    if (next < 0) return false;
    at = next;
  }
  // 违规购买烟酒的费用, 不符合条件的低保户: a short verb phrase may complete the modifier.
  const phraseStart = at;
  for (let gap = 0; gap < MODIFIER_GAP && isHan(text.charCodeAt(at)) && text.charCodeAt(at) !== 0x7684; gap++)
    at++;
  if (text.charCodeAt(at) !== 0x7684) return false; // 的
  // …仅为计划的47%: after a verb phrase, a 的 before a figure ends a complement, not a modifier.
  if (at > phraseStart && !isHan(text.charCodeAt(at + 1))) return false;
  return !ASSERTED_NOUNS.test(text.slice(at, at + 8));
}

/** Shortcomings that describe things (违规堆砂场, 闲置资产) more often than they assert a fact. */
const DESCRIBES_THINGS = [
  '违规',
  '违法',
  '违法违规',
  '非法',
  '闲置',
  '受损',
  '破损',
  '废弃',
  '超标',
  '不合规',
  '不合格',
  // misconduct named as the object of a campaign (开展公款吃喝问题专项整治, 治理乱收费行为)
  '公款吃喝',
  '公款宴请',
  '公款旅游',
  '公车私用',
  '大操大办',
  '吃拿卡要',
  '优亲厚友',
  '乱收费',
  '乱摊派',
  '乱罚款',
  '乱检查',
  '体罚',
  '变相体罚',
];

/**
 * One of {@link DESCRIBES_THINGS} after a measure in its clause that a noun follows names what the
 * measure acts on (清理违规堆砂场, 开展违规吃喝专项整治), not a fact asserted
 * (落实不到位。 ends its clause; 存在违规问题 names a problem).
 */
function modifiesObject(text: string, end: number): boolean {
  return isHan(text.charCodeAt(end)) && isHan(text.charCodeAt(end + 1)) && text.charCodeAt(end) !== 0x7684;
}

/** Most characters between a shortcoming and the 的 of the modifier it ends. */
const MODIFIER_GAP = 4;

/** Longest quoted name right after 存在 (存在“中梗阻”). */
const MAX_QUOTED_NAME = 10;

/** Whether a quotation opens at `at` and closes within a few characters, right before a clause's end. */
function quoteEndsClause(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 0x201c) return false; // “
  // A bounded scan: indexOf would run on to the next ” of the page, however far.
  let close = at + 1;
  const limit = Math.min(text.length, at + MAX_QUOTED_NAME + 2);
  while (close < limit && text.charCodeAt(close) !== 0x201d) close++;
  if (close >= limit) return false;
  const after = text.charCodeAt(close + 1);
  return after === 0x3002 || after === 0xff1b || after === 0xff0c || after === 0xff01 || Number.isNaN(after);
}

/** What a problem noun adds to a weak 存在 before it in its clause (存在…现象). */
const EXISTS_NAMED_WEIGHT = 0.5;

/** Whether the word at `[start, end)` is an item of an enumeration (…、word、…). */
function inEnumeration(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 0x3001 || text.charCodeAt(end) === 0x3001;
}

/** How far before a contact line's word (举报电话) the verb that opens the channel may stand. */
const CHANNEL_REACH = 24;

/** Verbs that open a channel for complaints: 开通…举报电话 is a measure, not a notice's contact line. */
const OPENS_CHANNEL = /开通|公布|公示|公开|明示|标明|张贴|设立|开设|增设|畅通/;

/** Whether a verb opening a channel stands in the clause before `at` (开通师德举报信箱和举报电话). */
function channelOpened(text: string, clauseStart: number, at: number): boolean {
  const from = Math.max(clauseStart, at - CHANNEL_REACH);
  return at > from && OPENS_CHANNEL.test(text.slice(from, at));
}

/** Longest verb phrase a 未 negates before its 的 (未建预处理设施的). */
const MAX_NEGATED_PHRASE = 12;

/**
 * Whether the phrase a 未 negates, from `from` on, ends in 的 within its clause: it then
 * describes whom a measure is for (未建预处理设施的，责令…; 在未被巡察的单位), unless
 * the noun after it is asserted (未按规定公示的问题) and `anyNoun` is false.
 */
function negatedPhraseModifies(text: string, from: number, anyNoun: boolean): boolean {
  const limit = Math.min(text.length, from + MAX_NEGATED_PHRASE);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7684) {
      // 的: the noun (or count) after it is what the phrase describes
      const next = text.charCodeAt(i + 1);
      return anyNoun ? isHan(next) || isAsciiDigit(next) : !ASSERTED_NOUNS.test(text.slice(i, i + 3));
    }
    if (!isHan(c) && !isAsciiDigit(c)) return false; // punctuation (，； too) ends the phrase; digits do not
  }
  return false;
}

/** The public a service is for: a 要 or 需 of theirs is a burden they bear. */
const SERVED_WORDS = '(?:群众|百姓|患者|村民|居民|乘客|家长|办事人)';
/** The public as the subject before a 要, with no 的 after it (群众办事还要…). */
const SERVED_SUBJECT = new RegExp(`${SERVED_WORDS}[^的]*$`);
/** The public right after a 需 (仍需群众…). */
const SERVED_NEXT = new RegExp(`^${SERVED_WORDS}`);

/**
 * Whether the public is the subject of the 要 at `at` (群众办事要跑几趟), rather than
 * the owner of its object (群众反映强烈的问题要优先解决), or follows a 需 ending at `end`.
 */
function burdenOnServed(text: string, clauseStart: number, at: number, end: number): boolean {
  return (
    (at > clauseStart && SERVED_SUBJECT.test(text.slice(clauseStart, at))) ||
    (text.charCodeAt(end - 1) === 0x9700 && SERVED_NEXT.test(text.slice(end, end + 3))) || // 仍需群众来回跑
    takesTime(text, end) // 预约要排一周以上
  );
}

/**
 * A wait or a span of time after 要/需要 (要排一周以上, 需要等3个月): how long it takes, not an
 * order. A year (力争2026年…) or a half of one (力争上半年…) is when, not how long.
 */
const TAKES_TIME =
  /(?![上下]半年)[排等跑花用耗]?[上了]?(?:\d{1,3}(?!\d)|[一二两三四五六七八九十半几数]+)个?(?:周|星期|天|日|个月|月|小时|分钟|年)/y;

function takesTime(text: string, at: number): boolean {
  TAKES_TIME.lastIndex = at;
  return TAKES_TIME.test(text);
}

/**
 * 将 that disposes of its object (将服务项目由9个增加到23个), as 把 does: the object, then
 * 由 and a number. The future reads the other way round (项目将由9个增加到23个).
 */
function disposes(text: string, at: number, end: number): boolean {
  if (end - at !== 1 || text.charCodeAt(at) !== 0x5c06) return false; // 将 alone
  DISPOSES_FROM.lastIndex = end;
  return DISPOSES_FROM.test(text);
}
const DISPOSES_FROM = /(?!把)[^，。；：、\s]{1,12}?由(?:\d|[一二两三四五六七八九十])/y;

/** Whether a 对 stands in `text[from, to)`: a bounded search, where lastIndexOf could run back over the page. */
function targetBefore(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (text.charCodeAt(i) === 0x5bf9) return true;
  return false;
}

/** Longest item of an enumeration a shortcoming heads (敷衍整改, 虚假整改). */
const MAX_ENUMERATION_ITEM = 8;

/** Where the enumeration item starting at `from` ends (at 、 or 的), or -1 if it runs into punctuation or too far. */
function enumerationItemEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_ENUMERATION_ITEM + 1);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x7684) return i;
    if (!isHan(c)) return -1; // punctuation, digits, Latin: not one short noun phrase
  }
  return -1;
}

/**
 * Whether the date range whose first date ends at `at` (日 of 5月21日至) is a phase's time
 * limit, in parentheses after it (实地检查阶段（5月21日至6月21日）), rather than the period
 * an act took (11月4日至6日，巡察组分别反馈…; 评核日期：3月9日至12日).
 */
function phaseLimit(text: string, at: number): boolean {
  // A year, month and day take at most 11 characters (2026年12月31日): a bounded walk back.
  const stop = Math.max(0, at - 12);
  let i = at - 1;
  while (i >= stop && (isAsciiDigit(text.charCodeAt(i)) || YEAR_DATE_PARTS.indexOf(text[i]) >= 0)) i--;
  return i >= 0 && (text.charCodeAt(i) === 0xff08 || text.charCodeAt(i) === 0x28); // （ (
}
const YEAR_DATE_PARTS = '〇零一二三四五六七八九十年月';

/** Whether the date ending at `at` (1月1日起 from 日) carries its year (2026年1月1日起). */
function datedByYear(text: string, at: number): boolean {
  // A month and day take at most 6 characters (12月31日): a bounded walk back, whatever the page holds.
  const stop = Math.max(0, at - 7);
  let i = at - 1;
  while (i >= stop && (isAsciiDigit(text.charCodeAt(i)) || DATE_PARTS.indexOf(text[i]) >= 0)) i--;
  return i >= 0 && text.charCodeAt(i) === 0x5e74; // 年
}
const DATE_PARTS = '〇零一二三四五六七八九十月';

/** Counts a stand-alone measure, deadline or triage word once per statement. */
function readMeasure(
  ev: Evidence,
  pool: ExplanationPool,
  cue: number,
  category: CueCategory,
  own: number,
  /** Listed among the reasons; false where another reading of the word already is. */
  shown = true,
  /** The word names a start without its year (10月起): it may date work done. */
  bareStart = false,
): void {
  if (cueStamps[cue] === own) return;
  cueStamps[cue] = own;
  if (category === 'deadline' || category === 'triage') ev.bits |= bareStart ? F_START_DATE : F_DEADLINE;
  ev.measure += weight(cue, category);
  if (shown) explain(pool, wordCue(cue, category), EXPLAINS_COMMITMENT | EXPLAINS_PROGRESS);
}

/**
 * Counts the object a measure verb at hit `h` takes: a later object hit of a
 * class it takes, in the same clause and within the gap, or a quoted name
 * right after it.
 */
function readPair(
  ev: Evidence,
  pool: ExplanationPool,
  text: string,
  hits: CueHits,
  h: number,
  span: Span,
  clause: number,
  own: number,
): void {
  const t = cueTable();
  const verb = hits.cue[h];
  const verbEnd = hits.end[h];
  const clauseEnd = Math.min(clause < span.clauseCount ? span.clauseEnds[clause] : span.end, span.end);
  const limit = Math.min(clauseEnd, verbEnd + THRESHOLDS.pairGap);
  const takes = t.takes[verb];
  for (let k = h + 1; k < span.hitTo; k++) {
    if (hits.start[k] >= limit) break;
    const object = hits.cue[k];
    if (t.categories[object] & MEASURE_OBJECT && t.objectClasses[object] & takes && objectStamps[k] !== own) {
      objectStamps[k] = own;
      ev.measure += THRESHOLDS.pairWeight;
      explain(pool, pairCue(verb, object), EXPLAINS_COMMITMENT | EXPLAINS_PROGRESS);
      return;
    }
  }
  // 建设2处应急备用水源, 配备1名专职人员: a count right after the verb makes its object checkable.
  const counted = countedObjectEnd(text, verbEnd, clauseEnd);
  if (counted > 0) {
    ev.measure += THRESHOLDS.pairWeight;
    pool.own.push({ category: 'measure', match: text.slice(hits.start[h], counted) });
    explain(pool, -pool.own.length, EXPLAINS_COMMITMENT | EXPLAINS_PROGRESS);
    return;
  }
  if (!(t.flags[verb] & FLAG_TAKES_NAMED)) return;
  const named = Math.min(clauseEnd, verbEnd + THRESHOLDS.namedGap);
  for (let i = verbEnd; i < named; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x201c && c !== 0x300a && c !== 0x300c) continue; // “ 《 「
    const closing = c === 0x300a ? '》' : c === 0x300c ? '」' : '”';
    const close = text.slice(i + 1, i + 1 + MAX_NAME).indexOf(closing);
    if (close > 0) {
      ev.measure += THRESHOLDS.namedWeight;
      const match = `${t.words[verb]}${text.slice(i, i + close + 2)}`;
      pool.own.push({ category: 'measure', match });
      explain(pool, -pool.own.length, EXPLAINS_COMMITMENT | EXPLAINS_PROGRESS);
    }
    return;
  }
}

/** Digits and Chinese numerals of a count. */
const COUNT_NUMERAL =
  /(?:\d{1,4}|[一两二三四五六七八九十百]{1,3})(?:处|个|家|名|座|所|台|套|辆|门|条|项|公里|万元|亿元|人|户|间|批|场)/y;

/** Where a count that is a verb's object (建设2处, 配备1名) ends, when it follows the verb at `from`, else -1. */
function countedObjectEnd(text: string, from: number, clauseEnd: number): number {
  // Tried only where a numeral follows, and anchored there: nothing is sliced or searched.
  if (from >= clauseEnd || !isNumeral(text, from)) return -1;
  COUNT_NUMERAL.lastIndex = from;
  return COUNT_NUMERAL.test(text) && COUNT_NUMERAL.lastIndex <= clauseEnd ? COUNT_NUMERAL.lastIndex : -1;
}

/** Longest verb between 已 and the 的 that makes it a modifier (已经发生的, 已签订的). */
const MODIFIER_VERB = 3;
/** Longest phrase between 已 and its 的 when it lists verbs (已离职、调岗人员的). */
const MODIFIER_LIST = 8;

/** Whether a 已 ending at `end` only qualifies a noun: 已经发生的要…, 已签订的合同. */
function completedModifier(text: string, end: number): boolean {
  // 已离职、调岗人员的账号: a list of verbs may stretch the phrase, up to its noun.
  let listed = false;
  for (let i = end; i <= end + MODIFIER_LIST && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7684) return i > end && (listed || i <= end + MODIFIER_VERB); // 的
    if (c === 0x3001)
      listed = true; // 、
    else if (!isHan(c)) return false;
  }
  return false;
}

/** How far before a time since (2021年以来) a 对 makes it the scope of a target. */
const SCOPE_REACH = 10;

/** A lead-in of what is taken as a lesson or a lever (以此案为鉴，, 以专项整治为抓手，) before the verb. */
const LESSON_LEAD_IN = /^以[^，。；]{1,12}为(?:鉴|戒|镜|契机|抓手|切入点|突破口|载体)，/;

/**
 * Whether the statement opens like an imperative: after its list marker and
 * any adverbs of manner (进一步, 切实, 深入…, 同时，), a verb comes first (加强…, 开展…).
 */
export function opensImperative(
  text: string,
  hits: CueHits,
  from: number,
  hitFrom: number,
  hitTo: number,
): boolean {
  const t = cueTable();
  let cursor = from;
  // Only a statement opening with 以 can have the lead-in: nothing is sliced for the others.
  const lesson = text.charCodeAt(from) === 0x4ee5 ? LESSON_LEAD_IN.exec(text.slice(from, from + 20)) : null;
  if (lesson) cursor += lesson[0].length;
  // 在执法问题上动真碰硬: the field of an order (在…上) may come before its verb.
  const field = text.charCodeAt(cursor) === 0x5728 ? fieldBefore(text, cursor) : -1;
  if (field > 0) cursor = field;
  for (let h = hitFrom; ; h++) {
    while (h < hitTo && hits.start[h] < cursor) h++;
    // 对整改工作实行…, 立即对…开展…: a target first, then the verb, in the same clause.
    if (TARGET_PREPOSITIONS[text.charCodeAt(cursor)] || text.startsWith('针对', cursor))
      return verbAfterTarget(text, hits, cursor, h, hitTo);
    // 把责任链条拧紧, 把突出问题攻下来: an order that names its object first (not 把关).
    if (text.charCodeAt(cursor) === 0x628a && text.charCodeAt(cursor + 1) !== 0x5173) return true;
    if (h >= hitTo || hits.start[h] > cursor) return false;
    const cue = hits.cue[h];
    const cats = t.categories[cue];
    if (t.flags[cue] & FLAG_OPENS_IMPERATIVE || cats & (ACCEPTANCE | MEASURE | COGNITION | ATTITUDE))
      return true;
    if (!(cats & (MANNER | DIRECTIVE | RESOLVE))) return false;
    cursor = hits.end[h];
    // 同时，修订…: a comma may follow the adverb.
    const next = text.charCodeAt(cursor);
    if (next === 0xff0c || next === 0x2c) cursor++;
  }
}

/** The longest field of an order: 在 + a short noun phrase + 上. */
const MAX_FIELD = 12;

/** Where the field 在…上 opening at `at` ends (after its 上), or -1. */
function fieldBefore(text: string, at: number): number {
  for (let i = at + 2; i <= at + MAX_FIELD && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x4e0a) return i + 1; // 上
    if (!isHan(c)) return -1;
  }
  return -1;
}

/**
 * Whether a measure verb that can open an imperative follows the target opening at `from`:
 * in its clause (对整改工作实行…), or opening the next one (对未销号的问题，实行挂牌督办).
 */
function verbAfterTarget(text: string, hits: CueHits, from: number, hitFrom: number, hitTo: number): boolean {
  const t = cueTable();
  // The first ， up to the last cue: a ， further on (or none, on a page without one)
  // changes nothing, and indexOf would search the rest of the page for it.
  const lastCue = hitTo > hitFrom ? hits.start[hitTo - 1] : from;
  let clauseEnd = -1;
  for (let i = from; i <= lastCue && clauseEnd < 0; i++) if (text.charCodeAt(i) === 0xff0c) clauseEnd = i;
  let h = hitFrom;
  for (; h < hitTo; h++) {
    const at = hits.start[h];
    if (clauseEnd >= 0 && at > clauseEnd) break;
    const cue = hits.cue[h];
    if (t.categories[cue] & (COPULA | SUBJECT | COMPLETED)) return false;
    if (t.flags[cue] & FLAG_OPENS_IMPERATIVE && t.categories[cue] & MEASURE_VERB) return true;
  }
  // The next clause opens with the verb or a measure (逐项建立…), after any adverbs of manner.
  if (clauseEnd < 0) return false;
  let cursor = clauseEnd + 1;
  for (; h < hitTo && hits.start[h] === cursor; h++) {
    const cue = hits.cue[h];
    const cats = t.categories[cue];
    if ((t.flags[cue] & FLAG_OPENS_IMPERATIVE && cats & MEASURE_VERB) || cats & MEASURE) return true;
    if (!(cats & MANNER)) return false;
    cursor = hits.end[h];
  }
  return false;
}

/**
 * The cues that explain a finding of the kind `bit` (an `EXPLAINS_*`), read
 * from the evidence of its statements, at most `max`, without repeats.
 */
export function explanationFor(
  main: Evidence,
  more: readonly Evidence[],
  moreCount: number,
  pool: ExplanationPool,
  bit: number,
  max: number,
  first?: Cue,
): Cue[] {
  // Gathered in a scratch array, then copied at its size: findings keep their cues.
  const out = explanationScratch;
  let n = 0;
  if (first) out[n++] = first;
  for (let e = -1; e < moreCount; e++) {
    const ev = e < 0 ? main : more[e];
    // Cues are interned, so the same cue is the same object.
    for (let i = ev.from; i < ev.to && n < max; i++) {
      if (!(pool.kinds[i] & bit)) continue;
      const cue = pool.cueOf(pool.cue[i]);
      let seen = false;
      for (let j = 0; j < n && !seen; j++) seen = out[j] === cue;
      if (!seen) out[n++] = cue;
    }
  }
  return out.slice(0, n);
}

/** Scratch of explanationFor; it only grows (emptying an array frees its store). */
const explanationScratch: Cue[] = [];
