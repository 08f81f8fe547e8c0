/**
 * Scores report units against one commitment.
 *
 * A commitment is a bag of terms (terms.ts), each weighing kind × IDF over
 * the report's units (commitment.ts gives the kind weight). Retrieval first:
 * the postings of the commitment's heaviest terms nominate the units that
 * could reach the evidence threshold (MaxScore), a heap keeps the best few,
 * and only those are read in full (verify.ts). A unit's score maps the
 * strength of what it shares with the commitment into [0, 1]; see
 * compare.ts for the model.
 */
import type { CommitmentQuery } from './commitment';
import type { TermIndex } from './report-index';
import { bindQuery, createVerifyScratch, releaseQuery, verifyUnit, type VerifyScratch } from './verify';
import type { ReportUnit } from './sections';

/** Inverse document frequency over the report's evidence units (BM25 form, never below 0). */
export function idf(df: number, units: number): number {
  const d = Math.max(df, 1); // a term the report lacks weighs like its rarest
  return Math.log(1 + (units - d + 0.5) / (d + 0.5));
}

/** One scored unit. */
export interface Candidate {
  unit: number;
  /** Strength of the evidence, 0..1 (0.5 is the threshold); raw weight while being collected. */
  score: number;
}

/** `a` ranks above `b`: higher score, then earlier in the report. */
function above(scoreA: number, unitA: number, scoreB: number, unitB: number): boolean {
  return scoreA > scoreB || (scoreA === scoreB && unitA < unitB);
}

/**
 * The `k` touched units with the highest accumulated score, best first, as
 * candidates (score still the raw accumulated weight). A min-heap keeps the
 * selection linear; the accumulator is cleared for the next commitment.
 */
function topUnits(accumulated: Float32Array, touched: Int32Array, count: number, k: number): Candidate[] {
  const heapUnit = new Int32Array(k);
  const heapScore = new Float64Array(k);
  let size = 0;
  for (let t = 0; t < count; t++) {
    const unit = touched[t];
    const score = accumulated[unit];
    accumulated[unit] = 0;
    if (size < k) {
      // Sift up.
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!above(heapScore[parent], heapUnit[parent], score, unit)) break;
        heapUnit[i] = heapUnit[parent];
        heapScore[i] = heapScore[parent];
        i = parent;
      }
      heapUnit[i] = unit;
      heapScore[i] = score;
    } else if (above(score, unit, heapScore[0], heapUnit[0])) {
      // Replace the weakest and sift down.
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (
          child + 1 < size &&
          above(heapScore[child], heapUnit[child], heapScore[child + 1], heapUnit[child + 1])
        )
          child++;
        if (!above(score, unit, heapScore[child], heapUnit[child])) break;
        heapUnit[i] = heapUnit[child];
        heapScore[i] = heapScore[child];
        i = child;
      }
      heapUnit[i] = unit;
      heapScore[i] = score;
    }
  }
  const out: Candidate[] = [];
  for (let i = 0; i < size; i++) out.push({ unit: heapUnit[i], score: heapScore[i] });
  return out;
}

/** Reusable buffers for scoring, one per comparison. */
export interface ScoreScratch {
  accumulated: Float32Array;
  touched: Int32Array;
  verify: VerifyScratch;
}

/** Buffers for scoring against a report of `unitCount` units and a vocabulary of `vocabularySize` terms. */
export function createScratch(unitCount: number, vocabularySize: number): ScoreScratch {
  return {
    accumulated: new Float32Array(unitCount),
    touched: new Int32Array(unitCount),
    verify: createVerifyScratch(vocabularySize),
  };
}

/** The strength that scores 0.5: about the least that a true reappearance shows. */
export const HALF_STRENGTH = 0.63;
/**
 * Postings walked per commitment at most (after the first term). A report of
 * a few thousand sentences never reaches it; in a 2 M-character one it stops
 * the walk through the postings of words found in thousands of sentences,
 * which then count only when a candidate is read.
 */
const WALK_BUDGET = 768;
/** The least strength of evidence (score 0.5, see status.ts). */
const FOUND_STRENGTH = HALF_STRENGTH;
/** Candidates read in full and returned per commitment. */
export const CANDIDATES = 8;

/** The best-scoring units for `query`, best first. */
export function scoreCommitment(
  query: CommitmentQuery,
  index: TermIndex,
  scratch: ScoreScratch,
  text: string,
  units: readonly ReportUnit[],
): Candidate[] {
  const { ids, kindWeights } = query;
  const n = index.evidenceUnits;
  const weights = new Float64Array(ids.length);
  let total = 0;
  for (let i = 0; i < ids.length; i++) {
    weights[i] = kindWeights[i] * idf(index.df[ids[i]], n);
    total += weights[i];
  }
  if (total <= 0) return [];
  // MaxScore pruning: walk the heaviest (rarest) terms' postings first, and stop
  // once the terms left could not lift a unit they alone hold to the evidence
  // threshold, or once the next postings would exceed the walking budget; the
  // terms left count when the candidates are read.
  const needed = FOUND_STRENGTH * Math.sqrt(total * idf(1, n));
  // oxlint-disable-next-line unicorn/no-array-sort -- a fresh array; toSorted needs Chromium 110
  const order = Array.from(ids.keys()).sort((a, b) => weights[b] - weights[a]);
  const { accumulated, touched } = scratch;
  let touchedCount = 0;
  let remaining = total;
  let walkedPostings = 0;
  for (const i of order) {
    const df = index.df[ids[i]];
    if (touchedCount > 0 && (remaining < needed || walkedPostings + df > WALK_BUDGET)) break;
    walkedPostings += df;
    remaining -= weights[i];
    const w = weights[i];
    for (let p = index.offsets[ids[i]], end = index.offsets[ids[i] + 1]; p < end; p++) {
      const unit = index.postings[p];
      if (accumulated[unit] === 0) touched[touchedCount++] = unit;
      accumulated[unit] += w;
    }
  }
  const candidates = topUnits(accumulated, touched, touchedCount, CANDIDATES);
  // Each candidate is read in full: all its terms, and its objects' identity (verify.ts).
  bindQuery(scratch.verify, query, index);
  for (const c of candidates) {
    c.score = verifyUnit(query, weights, index, scratch.verify, text, units[c.unit]);
  }
  releaseQuery(scratch.verify, query);
  // Strength is the geometric mean of the weight found (in units of one rare
  // term) and the share of the commitment it makes up: a long commitment needs
  // more shared weight, a short one a larger share.
  const norm = Math.sqrt(total * idf(1, n));
  for (const c of candidates) {
    const strength = c.score / norm;
    c.score = strength / (strength + HALF_STRENGTH);
  }
  candidates.sort((a, b) => b.score - a.score || a.unit - b.unit);
  return candidates;
}
