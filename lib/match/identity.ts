/**
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
 * that was promised.
 */
import type { CommitmentObject, CommitmentQuery } from './commitment';
import { termInUnit, type TermIndex } from './report-index';
import type { ReportUnit } from './sections';
import { compoundReach, isConceptTerm, scanAllTerms } from './terms';

/** An object found to be another instance keeps this share of its weight. */
export const OTHER_INSTANCE_WEIGHT = 0.25;
/** A modifier term in at most this share of the units is specific. */
const SPECIFIC_SHARE = 0.1;
/** The commitment-side test needs at least this many specific modifiers (信访|举报|件|登记). */
const SPECIFIC_MODIFIERS = 2;
/** A character in at most this share of the units (and at most 2) is rare. */
const RARE_CHAR_SHARE = 0.02;
/** This many rare characters foreign to the commitment make a foreign modifier. */
const FOREIGN_CHARS = 2;

/**
 * The weight that `unit` loses because objects it shares with the
 * commitment are other instances of them. `weights` are the commitment's
 * term weights (after IDF), by index in `query.ids`.
 */
export function otherInstanceLoss(
  query: CommitmentQuery,
  weights: Float64Array,
  index: TermIndex,
  text: string,
  unit: ReportUnit,
  unitIndex: number,
): number {
  const n = index.evidenceUnits;
  const specificDf = Math.max(1, Math.floor(n * SPECIFIC_SHARE));
  const other: CommitmentObject[] = [];
  let toInspect: CommitmentObject[] | null = null; // objects whose modifiers in the unit must be read
  for (const object of query.objects) {
    const id = query.ids[object.term];
    if (!termInUnit(index, id, unitIndex)) continue;
    const specific = object.modifiers.filter((m) => index.df[query.ids[m]] <= specificDf);
    if (specific.length >= SPECIFIC_MODIFIERS) {
      if (!specific.some((m) => termInUnit(index, query.ids[m], unitIndex))) other.push(object);
      continue;
    }
    (toInspect ??= []).push(object);
  }
  if (toInspect) inspectMentions(query, index, text, unit, toInspect, other);
  // The object and what goes with it in the commitment (its action, its
  // modifiers) are about another instance: each such term counts once, reduced.
  const lost = new Set<number>();
  for (const object of other) {
    lost.add(object.term);
    for (const t of object.phrase) if (termInUnit(index, query.ids[t], unitIndex)) lost.add(t);
  }
  let loss = 0;
  for (const t of lost) loss += weights[t] * (1 - OTHER_INSTANCE_WEIGHT);
  return loss;
}

/**
 * Reads the unit once and adds to `other` each inspected object that the
 * unit only ever names with a foreign modifier.
 */
function inspectMentions(
  query: CommitmentQuery,
  index: TermIndex,
  text: string,
  unit: ReportUnit,
  toInspect: CommitmentObject[],
  other: CommitmentObject[],
): void {
  const n = index.evidenceUnits;
  // Read the unit once: for each inspected object, does any mention of it
  // come without a foreign modifier?
  const rareDf = Math.max(2, Math.floor(n * RARE_CHAR_SHARE));
  const inspected = toInspect.map((o) => query.ids[o.term]);
  const ownMention = new Uint8Array(toInspect.length);
  const mentioned = new Uint8Array(toInspect.length);
  const vocabularyTerm = index.terms;
  // Characters of the unit inside a concept the commitment also names are its own (分阶段|化解目标).
  const own = new Uint8Array(unit.end - unit.start);
  scanAllTerms(text, unit.start, unit.end, (term, start, end) => {
    if (isConceptTerm(term) && query.terms.has(term)) own.fill(1, start - unit.start, end - unit.start);
    for (let k = 0; k < inspected.length; k++) {
      if (vocabularyTerm[inspected[k]] !== term) continue;
      mentioned[k] = 1;
      let foreign = 0;
      for (let i = compoundReach(text, start, unit.start); i < start; i++) {
        const code = text.charCodeAt(i);
        if (!own[i - unit.start] && !query.chars.has(code) && index.charDf[code] <= rareDf) foreign++;
      }
      if (foreign < FOREIGN_CHARS) ownMention[k] = 1;
    }
  });
  toInspect.forEach((object, k) => {
    if (mentioned[k] && !ownMention[k]) other.push(object);
  });
}
