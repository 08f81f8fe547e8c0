/**
 * Reads one candidate unit against one commitment: which of the
 * commitment's terms it holds, and whether the objects it shares with the
 * commitment are the same ones. The postings only nominate candidates; the
 * weight a candidate is scored on comes from this reading.
 *
 * Is the report's 台账 the commitment's 台账? A distractor reuses the object
 * of a measure for another one: 另行建立了安全生产隐患整改台账 next to a
 * promise of 建立信访举报件登记台账. The object then matches but is another
 * instance of it, told by its modifiers, the words just before it:
 *
 * - the commitment qualifies the object with words specific in this report
 *   (信访举报件, 医德医风专项整治), and the unit holds none of them; or
 * - every place the unit names the object, the object is qualified by words
 *   the commitment lacks and the report rarely uses (安全生产隐患).
 *
 * Words the whole report repeats (巡察, 整改, the unit's own name) are context,
 * not a qualifier: 《X学院党委内部巡察工作实施办法》 is still the 巡察工作办法
 * that was promised. When an object is another instance, it and the words
 * that go with it in the commitment (its action, its modifiers) keep only
 * OTHER_INSTANCE_WEIGHT of their weight; so do those words when the unit
 * lacks the object altogether.
 */
import type { CommitmentQuery } from './commitment';
import type { TermIndex } from './report-index';
import type { ReportUnit } from './sections';
import { compoundReach, isConceptTerm, readTerms, TermBuffer } from './terms';

/** An object found to be another instance keeps this share of its weight. */
export const OTHER_INSTANCE_WEIGHT = 0.25;
/** The name of a body keeps this share of its weight in a unit that shares less than it otherwise. */
export const NAME_ALONE_WEIGHT = 0.25;
/** A modifier term in at most this share of the units is specific. */
const SPECIFIC_SHARE = 0.1;
/** A character in at most this share of the units (and at most 2) is rare. */
const RARE_CHAR_SHARE = 0.02;
/** This many rare characters foreign to the commitment make a foreign modifier. */
const FOREIGN_CHARS = 2;

/** Buffers reused across the candidates of one comparison. */
export interface VerifyScratch {
  /** By vocabulary id: index of the term in the current commitment, or -1. */
  slot: Int32Array;
  /** By term index of the current commitment: held by the unit being read. */
  seen: Uint8Array;
  /** By term index: LOST, SUPPORTED and ORPHANED flags while objects are weighed. */
  marks: Uint8Array;
  /** The terms of the unit being read. */
  read: TermBuffer;
  /** Mentions of objects (term index, start) and spans of the commitment's concepts in the unit. */
  mentions: number[];
  ownSpans: number[];
  /** Per object of the bound commitment: the specific qualifiers that decide, or null to read the unit. */
  deciding: (number[] | null)[];
  /** By UTF-16 code: equal to `stamp` when the bound commitment holds that character. */
  bodyChars: Uint32Array;
  stamp: number;
}

const LOST = 1;
const SUPPORTED = 2;
const ORPHANED = 4;

/** Buffers for reading candidates against a vocabulary of `vocabularySize` terms. */
export function createVerifyScratch(vocabularySize: number): VerifyScratch {
  return {
    slot: new Int32Array(vocabularySize).fill(-1),
    seen: new Uint8Array(64),
    marks: new Uint8Array(64),
    read: new TermBuffer(),
    mentions: [],
    ownSpans: [],
    deciding: [],
    bodyChars: new Uint32Array(0x10000),
    stamp: 0,
  };
}

/**
 * Points `scratch` at `query`'s terms and settles, once for all its
 * candidates, which objects are decided by their specific qualifiers: two of
 * them, or one the report never uses anywhere (学风|建设领导小组). Call
 * `releaseQuery` when done.
 */
export function bindQuery(scratch: VerifyScratch, query: CommitmentQuery, index: TermIndex): void {
  const { ids } = query;
  for (let i = 0; i < ids.length; i++) scratch.slot[ids[i]] = i;
  if (scratch.seen.length < ids.length) {
    scratch.seen = new Uint8Array(ids.length * 2);
    scratch.marks = new Uint8Array(ids.length * 2);
  }
  scratch.stamp++;
  for (let i = 0; i < query.body.length; i++) scratch.bodyChars[query.body.charCodeAt(i)] = scratch.stamp;
  const specificDf = Math.max(1, Math.floor(index.evidenceUnits * SPECIFIC_SHARE));
  scratch.deciding = query.objects.map((object) => {
    const specific = object.modifiers.filter((m) => index.df[ids[m]] <= specificDf);
    return specific.length >= 2 || (specific.length === 1 && index.df[ids[specific[0]]] === 0)
      ? specific
      : null;
  });
}

/** Undoes `bindQuery`. */
export function releaseQuery(scratch: VerifyScratch, query: CommitmentQuery): void {
  for (const id of query.ids) scratch.slot[id] = -1;
}

/**
 * The weight of `query`'s terms that `unit` holds, less what objects that are
 * other instances lose. `weights` are the commitment's term weights (after
 * IDF), by index in `query.ids`; `bindQuery` must have been called.
 */
export function verifyUnit(
  query: CommitmentQuery,
  weights: Float64Array,
  index: TermIndex,
  scratch: VerifyScratch,
  text: string,
  unit: ReportUnit,
): number {
  const { slot, seen, read, mentions, ownSpans } = scratch;
  const count = query.ids.length;
  seen.fill(0, 0, count);
  // Mentions of the commitment's objects (term index, start), and the spans
  // of concepts the commitment also names (分阶段|化解目标: not foreign).
  mentions.length = 0;
  ownSpans.length = 0;
  read.count = 0;
  readTerms(text, unit.start, unit.end, read, index.filter);
  if (unit.leadStart >= 0) readTerms(text, unit.leadStart, unit.leadEnd, read, index.filter);
  for (let r = 0; r < read.count; r++) {
    const term = read.terms[r];
    const id = index.vocabulary.lookup(term);
    if (id < 0) continue;
    const k = slot[id];
    if (k < 0) continue;
    seen[k] = 1;
    if (isConceptTerm(term)) {
      ownSpans.push(read.starts[r], read.ends[r]);
      if (query.isObject[k]) mentions.push(k, read.starts[r]);
    }
  }
  let matched = 0;
  let named = 0;
  for (let k = 0; k < count; k++) {
    if (!seen[k]) continue;
    matched += weights[k];
    if (query.inName[k]) named += weights[k];
  }
  // …第四派驻纪检监察组派员到会指导 shares the body of 报送…第四派驻纪检监察组 and nothing of its act.
  if (named > matched - named) matched -= named * (1 - NAME_ALONE_WEIGHT);
  if (query.objects.length === 0) return matched;

  // Which of the commitment's objects does the unit name as the same ones?
  const rareDf = Math.max(2, Math.floor(index.evidenceUnits * RARE_CHAR_SHARE));
  const marks = scratch.marks;
  marks.fill(0, 0, count);
  const { objects } = query;
  for (let o = 0; o < objects.length; o++) {
    const object = objects[o];
    let own = false;
    if (seen[object.term]) {
      const deciding = scratch.deciding[o];
      if (deciding) {
        for (const m of deciding) if (seen[m]) own = true;
      } else {
        for (let j = 0; j < mentions.length && !own; j += 2) {
          if (
            mentions[j] === object.term &&
            !foreignModifier(text, mentions[j + 1], unit, index, scratch, rareDf)
          ) {
            own = true;
          }
        }
      }
      if (!own) marks[object.term] |= LOST;
    }
    for (const t of object.phrase) {
      if (own) marks[t] |= SUPPORTED;
      else if (seen[t]) marks[t] |= ORPHANED;
    }
  }
  // The action and modifiers of an object the unit lacks, or names as another
  // one, are about something else there (组建…巡视整改工作领导小组 holds
  // 建立 and 巡视整改 of 建立巡视整改台账, but no 台账).
  for (let k = 0; k < count; k++) {
    const mark = marks[k];
    if (mark & LOST || (mark & ORPHANED && !(mark & SUPPORTED)))
      matched -= weights[k] * (1 - OTHER_INSTANCE_WEIGHT);
  }
  return matched;
}

/**
 * Whether the mention of an object at `at` is qualified by characters the
 * commitment lacks and the report rarely uses (not counting characters of
 * concepts the commitment names).
 */
function foreignModifier(
  text: string,
  at: number,
  unit: ReportUnit,
  index: TermIndex,
  scratch: VerifyScratch,
  rareDf: number,
): boolean {
  let foreign = 0;
  const floor = at >= unit.start ? unit.start : unit.leadStart;
  for (let i = compoundReach(text, at, floor); i < at; i++) {
    const code = text.charCodeAt(i);
    if (
      index.charDf[code] <= rareDf &&
      scratch.bodyChars[code] !== scratch.stamp &&
      !inSpans(scratch.ownSpans, i) &&
      ++foreign >= FOREIGN_CHARS
    ) {
      return true;
    }
  }
  return false;
}

function inSpans(spans: number[], at: number): boolean {
  for (let j = 0; j < spans.length; j += 2) if (spans[j] <= at && at < spans[j + 1]) return true;
  return false;
}
