/**
 * Reads a commitment into what the scorer needs: its terms with their
 * weights before IDF, and the objects it names with their modifiers.
 */
import { normalize, type NormalizedText } from '../text/normalize';
import { listMarkerAt } from '../text/segment';
import type { TraditionalConverter } from '../text/traditional';
import type { ConceptKind } from './lexicon';
import type { TermVocabulary } from './report-index';
import { compoundReach, conceptKind, isConceptTerm, scanTerms } from './terms';

/** How much a term of each kind weighs before IDF; pair terms are "pair". */
export const KIND_WEIGHTS: Record<ConceptKind | 'pair', number> = {
  object: 1.5,
  topic: 0.9,
  action: 0.9,
  actor: 0.6,
  manner: 0.6,
  pair: 0.6,
};

/**
 * A clause that states a purpose (以…, 为…提供保障, 确保…, 推动…向纵深发展)
 * rather than a measure: its words are what the measure is for, and a report
 * rarely repeats them, so they weigh less.
 */
const PURPOSE_CLAUSE =
  /^(?:要|并|从而|进而|以此|切实|不断|着力|真正|努力|全力|进一步|坚决|始终)*(?:以|为|使|让|确保|推动|促进|推进|解决|助力|服务|保障|提供|实现|提高|提升|增强|形成|防止|避免|杜绝)/;
/** The label of a field of measures (整改措施：, 措施：), which a report never repeats. */
const MEASURE_LABEL = /^(?:整改|具体|主要)?(?:措施|举措|要求|任务)[：:]/;

/** Share of its weight a character pair keeps when found only in the name of a body. */
export const NAME_WEIGHT = 0.5;

/** Share of its weight a term keeps in a purpose clause. */
export const PURPOSE_WEIGHT = 0.4;

/**
 * The name of a body (县纪委监委第四派驻纪检监察组, 县委巡察办): a report names it
 * for its own business too, so a sentence that shares the name and little
 * else is not evidence (verify.ts).
 */
const BODY_NAME =
  /(?:[省市州县区旗镇乡]|街道)[^，、。；：将对把和与及向在于的了是要由会同并从]{1,12}(?:纪检监察组|巡察组|督查组|工作组|办公室|委员会|[局委办室部厅院所站队组])/g;

/** A body named as the subject of the commitment, before its directive (XX物业服务公司要…). */
const SUBJECT_NAME =
  /^([^，、。；：]{2,16}?(?:公司|集团|中心|医院|学校|中学|小学|学院|大学|银行))(?:要|将|应|须|必须|务必)/;
const MAX_SUBJECT_NAME = 20;

/** `[start, end)` pairs of the names of bodies in `text` from `from` on. */
function bodyNames(text: string, from: number): number[] {
  const spans: number[] = [];
  // XX物业服务公司要…: the company, school or hospital the commitment is addressed to.
  const subject = SUBJECT_NAME.exec(text.slice(from, from + MAX_SUBJECT_NAME + 3));
  if (subject) spans.push(from, from + subject[1].length);
  BODY_NAME.lastIndex = from + (subject ? subject[1].length : 0);
  for (let m = BODY_NAME.exec(text); m; m = BODY_NAME.exec(text)) spans.push(m.index, m.index + m[0].length);
  return spans;
}

/** An object the commitment names (台账, 领导小组, 制度…) and the terms that qualify it. */
export interface CommitmentObject {
  /** Index of the object's term in `ids`. */
  term: number;
  /** Indexes in `ids` of the terms just before it in the same compound (信访举报|台账). */
  modifiers: number[];
  /** Indexes in `ids` of the terms that go with it: modifiers, pairs into it, its action (建立). */
  phrase: number[];
}

/** A commitment ready to be scored. */
export interface CommitmentQuery {
  /** As given. */
  text: string;
  norm: NormalizedText;
  /** Vocabulary ids of its distinct terms. */
  ids: Int32Array;
  /** Weight of each term before IDF: its kind, less in a purpose clause. */
  kindWeights: Float64Array;
  objects: CommitmentObject[];
  /** By index in `ids`: 1 when the term is one of the objects. */
  isObject: Uint8Array;
  /** By index in `ids`: 1 when the term is a character pair found only inside names of bodies. */
  inName: Uint8Array;
  /** The normalised commitment without its list marker, to tell a report's foreign modifier from its own. */
  body: string;
}

/** Start offsets of the clauses of `text[from, to)`, cut at ，；：。 */
function clauseStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (let i = from; i < to; i++) if ('，；：。'.includes(text[i]) && i + 1 < to) starts.push(i + 1);
  return starts;
}

interface Occurrence {
  term: number;
  start: number;
  end: number;
}

/** Normalises a commitment like the report and collects its terms into `vocabulary`. */
export function parseCommitment(
  text: string,
  converter: TraditionalConverter | null | undefined,
  vocabulary: TermVocabulary,
): CommitmentQuery {
  const norm = normalize(text, { converter });
  const t = norm.text;
  let start = 0;
  while (start < t.length && /\s/.test(t[start])) start++;
  start += listMarkerAt(t, start)?.length ?? 0; // 三是, （一）: numbering, not content
  const label = MEASURE_LABEL.exec(t.slice(start, start + 8))?.[0].length ?? 0; // 整改措施：names the column
  if (label > 0) start += label + (listMarkerAt(t, start + label)?.length ?? 0); // 整改措施：（1）
  const starts = clauseStarts(t, start, t.length);
  const purpose = starts.map((s) => PURPOSE_CLAUSE.test(t.slice(s, s + 12)));
  // A measure told only by its aim (推动建章立制。) has nothing else to weigh more.
  if (purpose.every(Boolean)) purpose.fill(false);
  const bodies = bodyNames(t, start);
  const weightOf = new Map<number, number>();
  /** Terms seen outside every name of a body. */
  const outsideNames = new Set<number>();
  const occurrences: Occurrence[] = [];
  let clause = 0;
  let body = 0;
  scanTerms(t, start, t.length, (term, at, end) => {
    while (clause + 1 < starts.length && starts[clause + 1] <= at) clause++;
    while (body < bodies.length && bodies[body + 1] <= at) body += 2;
    const inBody =
      !isConceptTerm(term) && body < bodies.length && bodies[body] <= at && end <= bodies[body + 1];
    if (!inBody) outsideNames.add(term);
    const weight =
      KIND_WEIGHTS[isConceptTerm(term) ? conceptKind(term) : 'pair'] * (purpose[clause] ? PURPOSE_WEIGHT : 1);
    weightOf.set(term, Math.max(weightOf.get(term) ?? 0, weight));
    occurrences.push({ term, start: at, end });
  });
  const ids = new Int32Array(weightOf.size);
  const kindWeights = new Float64Array(weightOf.size);
  const indexOf = new Map<number, number>();
  for (const [term, weight] of weightOf) {
    indexOf.set(term, indexOf.size);
    ids[indexOf.size - 1] = vocabulary.add(term);
    kindWeights[indexOf.size - 1] = weight;
  }
  const objects = findObjects(t, occurrences, indexOf);
  const isObject = new Uint8Array(ids.length);
  for (const o of objects) isObject[o.term] = 1;
  const inName = new Uint8Array(ids.length);
  for (const [term, k] of indexOf) if (!outsideNames.has(term)) inName[k] = 1;
  // Who acts (市住房保障中心将…完成腾退) matters less than what is done: a report names the act.
  for (let k = 0; k < ids.length; k++) if (inName[k]) kindWeights[k] *= NAME_WEIGHT;
  return { text, norm, ids, kindWeights, objects, isObject, inName, body: t.slice(start) };
}

const isAction = (o: Occurrence) => isConceptTerm(o.term) && conceptKind(o.term) === 'action';

/**
 * The objects of a commitment with their modifiers and phrase: modifiers are
 * the terms of the compound that ends with the object, back to a break
 * (punctuation, a function character) or MODIFIER_REACH characters, never
 * cutting a word; verbs in it (建立|巡视整改|台账) and pairs reaching into a
 * concept (委|巡 of 党委巡察) are not modifiers. The phrase is the modifiers, the verbs, the pairs
 * reaching into the object (改|台账) and an action just before the compound.
 */
function findObjects(
  text: string,
  occurrences: Occurrence[],
  indexOf: Map<number, number>,
): CommitmentObject[] {
  const objects = new Map<number, CommitmentObject>();
  const concepts = occurrences.filter((o) => isConceptTerm(o.term));
  // A pair reaching into a concept (党委|巡察 → 委巡) straddles two words: a fragile qualifier.
  const straddles = (m: Occurrence) =>
    !isConceptTerm(m.term) && concepts.some((c) => c.start < m.end && m.start < c.end);
  const add = (list: number[], m: Occurrence) => {
    const index = indexOf.get(m.term)!;
    if (!list.includes(index)) list.push(index);
  };
  for (const o of occurrences) {
    if (!isConceptTerm(o.term) || conceptKind(o.term) !== 'object') continue;
    let from = compoundReach(text, o.start, 0);
    for (const m of occurrences) if (m.start < from && from < m.end) from = m.start;
    const term = indexOf.get(o.term)!;
    let object = objects.get(term);
    if (!object) objects.set(term, (object = { term, modifiers: [], phrase: [] }));
    for (const m of occurrences) {
      if (m.term === o.term) continue;
      if (m.start >= from && m.end <= o.start) {
        if (!isAction(m) && !straddles(m)) add(object.modifiers, m);
        add(object.phrase, m);
      } else if (
        (m.start >= from && m.start < o.start && m.end > o.start) ||
        (isAction(m) && m.end <= from && m.end >= from - 2)
      ) {
        add(object.phrase, m);
      }
    }
  }
  return [...objects.values()];
}
