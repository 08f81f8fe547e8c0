/**
 * Compares a progress report (整改进展情况通报) with the commitments clipped
 * earlier: which measures reappear, which only partly, which vanished.
 *
 * Design note: the scoring model
 *
 * 1. Same reading on both sides (report.ts, sections.ts). The report and every
 *    commitment go through the shared normalisation (Traditional →
 *    Simplified, pinyin annotations, PDF wraps, punctuation and width), so
 *    evidence offsets map back to the ORIGINAL report. The report is cut into
 *    sentence units; page furniture and headings are never evidence; each
 *    unit knows its section (body / 存在的不足 / 下一步工作) and its
 *    paragraph's label (（三）实行清单管理。), which counts as part of it.
 * 2. Terms, not strings (terms.ts, lexicon.ts). A commitment becomes a bag of
 *    terms: concepts of a lexicon of official language (台账 = 登记造册 =
 *    销账, 回头看 = 复查, 立行立改 = 当即纠正…), each an object, topic,
 *    action, actor or manner; and character pairs for the words the lexicon
 *    does not know (有偿补课, 八项规定). Filler and slogans (进一步, 切实,
 *    习近平新时代…) are dropped; numbers and dates never become terms, so
 *    changed counts and deadlines do not matter. Clauses stating a purpose
 *    (确保…, 防止…, 为…提供保障) weigh less than the measure itself.
 * 3. Weights (commitment.ts). A term weighs kind × IDF over the report's
 *    units: what the measure is about (its object: 台账, 领导小组, 方案) and
 *    what is done to it (成立, 制定, 排查) count more than bare pairs, and a
 *    word found in few sentences of this report more than one found in many
 *    (整改 in a 整改通报).
 * 4. Same object, not just the same word (verify.ts). A distractor reuses
 *    台账 or 领导小组 for another measure. An object counts fully only if the
 *    unit names it with the commitment's own qualifiers, or without
 *    qualifiers rare in the report that the commitment lacks (安全生产隐患|
 *    整改台账 is not 信访举报件登记|台账); otherwise it, its action and its
 *    qualifiers keep a quarter of their weight — as they do in a unit that
 *    lacks the object altogether.
 * 5. Score of a unit. With M the weight of the commitment's terms the unit
 *    holds and W the commitment's whole weight, strength = M / √(W · w₁),
 *    w₁ the weight of one rare term: the geometric mean of "how much is
 *    shared" (M / w₁) and "what share of the commitment" (M / W), so a long
 *    commitment needs more shared weight and a short one a larger share. The
 *    score is strength / (strength + HALF_STRENGTH), in [0, 1]; 0.5 is the
 *    evidence threshold.
 * 6. Retrieval (report-index.ts, score.ts). The commitments' terms form a
 *    vocabulary; one pass over the report builds term → unit postings for
 *    it. Each commitment walks the postings of its heaviest terms (MaxScore:
 *    stop when the rest cannot reach the threshold, or at a budget of
 *    postings), keeps the best units in a heap, and reads only those.
 * 7. Status (status.ts). Below 0.5: missing. Otherwise reappears when a unit
 *    of the body without plan wording (下一步, 拟, 将于, and what follows it
 *    in its paragraph) or outstanding wording (尚未, 还在, 留待, 只完成, 仅)
 *    scores within 90 % of the best; else partial, with the plan or
 *    shortfall unit as evidence.
 * 8. Tallies (tally.ts). A promise to finish the problems themselves
 *    (年底前，12个反馈问题基本完成整改) is nearly all filler to the terms; the
 *    report's tally of them (12个…中已完成整改9个) answers it instead:
 *    reappears when every problem (or the least number promised) is done,
 *    else partial.
 */
import type { TraditionalConverter } from '../text/traditional';
import { buildIndex, TermVocabulary } from './report-index';
import { originalSpan, prepareReport, type PreparedReport } from './report';
import { parseCommitment, type CommitmentQuery } from './commitment';
import { createScratch, scoreCommitment, type Candidate } from './score';
import { outstandingBeyond, reportsDone, STATUS_THRESHOLDS } from './status';
import {
  countsPart,
  dueShare,
  fallsShort,
  leastQuantities,
  leavesRemainder,
  missesShare,
  promisedRhythm,
  shareLimits,
  slowerRhythm,
} from './quantity';
import { StepClock, stageProgress } from './steps';
import { answeringTally, finishPromise, keepsPromise, problemTally, type ProblemTally } from './tally';

/** reappears: reported done or under way; partial: begun, part done, or only planned; missing: not mentioned. */
export type MatchStatus = 'reappears' | 'partial' | 'missing';

/** A stretch of the report, as offsets in its ORIGINAL text. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
}

/** What the report makes of one commitment. */
export interface MatchResult {
  commitment: string;
  status: MatchStatus;
  /** Strength of the evidence, 0..1. */
  score: number;
  /** The report's evidence sentence(s) as original text; '' when missing. */
  evidence: string;
  /** Span of the main evidence in the original report; null when missing. */
  start: number | null;
  end: number | null;
  /** All evidence spans, main first. */
  spans: EvidenceSpan[];
}

/** Options of a comparison. */
export interface CompareOptions {
  /** Traditional → Simplified converter for Traditional reports and commitments. */
  converter?: TraditionalConverter | null;
}

/** Compares `report` with each commitment; results in input order. */
export function compareReport(
  report: string,
  commitments: string[],
  options: CompareOptions = {},
): MatchResult[] {
  const steps = compareInSteps(report, commitments, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same comparison in steps: yields progress (0..1) every few
 * milliseconds of work and after each stage, returns the results.
 */
export function* compareInSteps(
  report: string,
  commitments: string[],
  options: CompareOptions = {},
): Generator<number, MatchResult[], void> {
  const clock = new StepClock();
  const converter = options.converter ?? null;
  // Besides when the clock says so, progress is reported after each stage.
  const prepared = yield* prepareReport(report, converter, clock, 0, 0.35);
  yield 0.35;
  clock.restart();
  const vocabulary = new TermVocabulary(commitments.length * 64);
  const queries: CommitmentQuery[] = [];
  for (let i = 0; i < commitments.length; i++) {
    queries.push(parseCommitment(commitments[i], converter, vocabulary));
    if (clock.due()) {
      yield stageProgress(0.35, 0.45, i / commitments.length);
      clock.restart();
    }
  }
  yield 0.45;
  clock.restart();
  const index = yield* buildIndex(prepared.norm.text, prepared.units, vocabulary, clock, 0.45, 0.8);
  yield 0.8;
  clock.restart();
  const scratch = createScratch(prepared.units.length, vocabulary.size);
  const promises = queries.map((query) => finishPromise(query.norm.text));
  const tallies = promises.some(Boolean) ? talliesOf(prepared) : new Map<number, ProblemTally>();
  const results: MatchResult[] = [];
  for (let i = 0; i < queries.length; i++) {
    const promise = promises[i];
    const tally = promise ? answeringTally(promise, tallies) : -1;
    if (promise && tally >= 0) {
      // A promise to finish problems is answered by the report's tally of them (see tally.ts).
      const kept = keepsPromise(promise, tallies.get(tally)!);
      const status = kept ? 'reappears' : 'partial';
      results.push(withEvidence(queries[i].text, prepared, tally, status, STATUS_THRESHOLDS.found));
      continue;
    }
    const candidates = scoreCommitment(queries[i], index, scratch, prepared.norm.text, prepared.units);
    results.push(decide(queries[i], candidates, prepared));
    if (clock.due()) {
      yield stageProgress(0.8, 1, i / queries.length);
      clock.restart();
    }
  }
  return results;
}

function spanOf(prepared: PreparedReport, from: number, to: number): EvidenceSpan {
  const [start, end] = originalSpan(prepared, from, to);
  return { start, end, text: prepared.norm.original.slice(start, end) };
}

/** The tallies of finished problems in the body of the report, by unit. */
function talliesOf(prepared: PreparedReport): Map<number, ProblemTally> {
  const tallies = new Map<number, ProblemTally>();
  prepared.units.forEach((unit, u) => {
    if (unit.furniture || !reportsDone(unit.section, prepared.cues.plan[u] === 1)) return;
    const tally = problemTally(prepared.norm.text.slice(unit.start, unit.end));
    if (tally) tallies.set(u, tally);
  });
  return tallies;
}

/** A result with unit `u` of the report as its evidence, and the label of the unit's paragraph. */
function withEvidence(
  commitment: string,
  prepared: PreparedReport,
  u: number,
  status: MatchStatus,
  score: number,
): MatchResult {
  const unit = prepared.units[u];
  const span = spanOf(prepared, unit.start, unit.end);
  const spans = [span];
  if (unit.leadStart >= 0) spans.push(spanOf(prepared, unit.leadStart, unit.leadEnd));
  return { commitment, status, score, evidence: span.text, start: span.start, end: span.end, spans };
}

/** Picks the evidence and the status from the scored candidates. */
function decide(query: CommitmentQuery, candidates: Candidate[], prepared: PreparedReport): MatchResult {
  const commitment = query.text;
  const best = candidates[0];
  if (!best || best.score < STATUS_THRESHOLDS.found) {
    return {
      commitment,
      status: 'missing',
      score: best?.score ?? 0,
      evidence: '',
      start: null,
      end: null,
      spans: [],
    };
  }
  const { units, cues } = prepared;
  const least = leastQuantities(query.norm.text);
  const rhythm = promisedRhythm(query.norm.text);
  const shares = shareLimits(query.norm.text);
  // What the report says of the measure's quantities: fewer, a part, a remainder of the count
  // promised, less often or a share outside the limit set is partial.
  const fullyMet = (text: string) =>
    !fallsShort(least, text, dueShare(query.norm.text, text)) &&
    !countsPart(text) &&
    !leavesRemainder(query.norm.text, text) &&
    !slowerRhythm(rhythm, text) &&
    !missesShare(shares, text);
  const done = candidates.find((c) => {
    if (c.score < STATUS_THRESHOLDS.found || c.score < best.score * STATUS_THRESHOLDS.doneShare) return false;
    // Section and plan wording first: only a unit that can report the measure done is read.
    if (!reportsDone(units[c.unit].section, cues.plan[c.unit] === 1)) return false;
    const text = prepared.norm.text.slice(units[c.unit].start, units[c.unit].end);
    // An incompleteness word the commitment uses itself says whom it is for, not what is left.
    if (outstandingBeyond(text, query.norm.text)) return false;
    return fullyMet(text);
  });
  const chosen = done ?? best;
  return withEvidence(commitment, prepared, chosen.unit, done ? 'reappears' : 'partial', chosen.score);
}
