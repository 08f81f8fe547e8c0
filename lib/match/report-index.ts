/**
 * The inverted index over the report: term → the report units that hold it.
 *
 * Only terms that some commitment asks about are indexed: the commitments
 * are read first, their terms form the vocabulary, and one pass over the
 * report records, for each vocabulary term, the units it occurs in. Postings
 * are kept in one typed array (counting sort), so a 2 M-character report
 * costs a few megabytes and no per-term objects.
 */
import { readTerms, TermBuffer, termFilter, type TermFilter } from './terms';
import type { ReportUnit } from './sections';
import { stageProgress, type StepClock } from './steps';

/** Open-addressing map from term (a non-negative int32) to a dense id. */
export class TermVocabulary {
  private keys: Int32Array;
  private ids: Int32Array;
  private mask: number;
  private shift: number;
  /** The term of each id. */
  readonly terms: number[] = [];

  constructor(expected = 1024) {
    let bits = 10;
    while (1 << bits < expected * 2) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.ids = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  get size(): number {
    return this.terms.length;
  }

  /** The id of `term`, or -1. */
  lookup(term: number): number {
    let slot = Math.imul(term, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = this.keys[slot];
      if (key === term) return this.ids[slot];
      if (key === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The id of `term`, added if new. */
  add(term: number): number {
    let slot = Math.imul(term, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = this.keys[slot];
      if (key === term) return this.ids[slot];
      if (key === -1) break;
      slot = (slot + 1) & this.mask;
    }
    const id = this.terms.length;
    this.keys[slot] = term;
    this.ids[slot] = id;
    this.terms.push(term);
    if (this.terms.length * 2 > this.mask) this.grow();
    return id;
  }

  private grow(): void {
    const terms = this.terms;
    const bits = 33 - this.shift;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.ids = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    for (let id = 0; id < terms.length; id++) {
      let slot = Math.imul(terms[id], 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = terms[id];
      this.ids[slot] = id;
    }
  }
}

/** Postings and frequencies of the vocabulary's terms over the report's units. */
export interface TermIndex {
  /** How many units can be evidence (the N of the IDF). */
  evidenceUnits: number;
  /** Per vocabulary id: in how many evidence units the term occurs. */
  df: Int32Array;
  /** Postings of id `q` are `postings[offsets[q] … offsets[q + 1])`, ascending unit indexes. */
  offsets: Int32Array;
  postings: Int32Array;
  /** The terms indexed, with their ids. */
  vocabulary: TermVocabulary;
  /** Lets a scan through only the vocabulary's terms (and a few more). */
  filter: TermFilter;
  /** Per UTF-16 code: in how many evidence units the character occurs (estimated from a sample in long reports). */
  charDf: Int32Array;
}

/** Character frequencies are counted on at most about this many units. */
const CHAR_SAMPLE_UNITS = 8192;
/** Units scanned between two looks at the clock. */
const UNITS_PER_CHECK = 256;

/**
 * Scans every evidence unit of the report once and builds the postings of
 * the vocabulary's terms; yields progress within `[from, to]`.
 */
export function* buildIndex(
  text: string,
  units: readonly ReportUnit[],
  vocabulary: TermVocabulary,
  clock: StepClock,
  from: number,
  to: number,
): Generator<number, TermIndex, void> {
  const vocabularySize = vocabulary.size;
  const lastUnit = new Int32Array(vocabularySize).fill(-1);
  // About one posting per 4 characters of report is typical; start there to spare regrowth.
  const expected = Math.max(1 << 12, Math.min(1 << 22, text.length >> 2));
  let pairIds = new Int32Array(expected);
  let pairUnits = new Int32Array(expected);
  let pairCount = 0;
  let evidenceUnits = 0;
  let current = 0;
  // A unit's postings are its own terms; its paragraph label (sections.ts) is
  // read with it only when it is a candidate (verify.ts).
  const post = (id: number) => {
    if (lastUnit[id] === current) return;
    lastUnit[id] = current;
    if (pairCount === pairIds.length) {
      const ids = new Int32Array(pairCount * 2);
      ids.set(pairIds);
      pairIds = ids;
      const us = new Int32Array(pairCount * 2);
      us.set(pairUnits);
      pairUnits = us;
    }
    pairIds[pairCount] = id;
    pairUnits[pairCount++] = current;
  };
  const read = new TermBuffer();
  const postTerms = (from: number, to: number) => {
    read.count = 0;
    readTerms(text, from, to, read, filter);
    for (let k = 0; k < read.count; k++) {
      const id = vocabulary.lookup(read.terms[k]);
      if (id >= 0) post(id);
    }
  };
  const filter = termFilter(vocabulary.terms);
  // Character frequencies only tell rare from common, so a long report is sampled.
  const charSampleStride = Math.max(1, Math.ceil(units.length / CHAR_SAMPLE_UNITS));
  const charDf = new Int32Array(0x10000);
  const charSeen = new Int32Array(0x10000).fill(-1);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    if (unit.furniture) continue;
    evidenceUnits++;
    current = u;
    postTerms(unit.start, unit.end);
    if (evidenceUnits % charSampleStride === 0) {
      for (let i = unit.start; i < unit.end; i++) {
        const code = text.charCodeAt(i);
        if (charSeen[code] !== u) {
          charSeen[code] = u;
          charDf[code] += charSampleStride;
        }
      }
    }
    if (u % UNITS_PER_CHECK === 0 && clock.due()) {
      yield stageProgress(from, to, u / units.length);
      clock.restart();
    }
  }
  // Counting sort by id; units stay ascending because they were recorded in order.
  const df = new Int32Array(vocabularySize);
  for (let i = 0; i < pairCount; i++) df[pairIds[i]]++;
  const offsets = new Int32Array(vocabularySize + 1);
  for (let q = 0; q < vocabularySize; q++) offsets[q + 1] = offsets[q] + df[q];
  const fill = offsets.slice(0, vocabularySize);
  const postings = new Int32Array(pairCount);
  for (let i = 0; i < pairCount; i++) postings[fill[pairIds[i]]++] = pairUnits[i];
  return { evidenceUnits, df, offsets, postings, vocabulary, filter, charDf };
}

/** Whether vocabulary id `q` occurs in `unit` (binary search in its postings). */
export function termInUnit(index: TermIndex, q: number, unit: number): boolean {
  let lo = index.offsets[q];
  let hi = index.offsets[q + 1] - 1;
  const postings = index.postings;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = postings[mid];
    if (v === unit) return true;
    if (v < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
