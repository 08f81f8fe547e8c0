/**
 * Turns normalised text into terms, the units a commitment and a report
 * sentence are compared on. There are two sorts, both plain integers so that
 * the report index can use typed arrays:
 *
 * - a concept term: one group of lexicon.ts (台账 = 登记造册 = 销账);
 * - a pair term: two adjacent Han characters that carry content ("意识形态"
 *   gives 意识, 识形, 形态), for everything the lexicon does not know.
 *
 * Text is read left to right taking the longest lexicon entry at each place
 * (a concept form or a filler word), so a commitment and a report are parsed
 * the same way. Filler words are dropped; a pair never spans one, never
 * holds a function character (的, 了, 和…), and never lies inside one concept
 * form or across two (the concepts already stand for it). Pairs from a plain
 * word across a concept's edge stay: they keep the modifier of a head word
 * (巡察|制度 → 察制), which is what tells one 制度 from another.
 */
import { isHan } from '../text/chars';
import { CONCEPTS, FILLER_WORDS, FUNCTION_CHARS, type ConceptKind } from './lexicon';

/** Han characters packed into 15 bits, so a character pair fits a small integer. */
function compactHan(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return code - 0x4e00;
  if (code >= 0x3400 && code <= 0x4dbf) return code - 0x3400 + 20992;
  if (code >= 0xf900 && code <= 0xfaff) return code - 0xf900 + 27584;
  return -1;
}

/** Concept terms are numbered from here; pair terms lie below. */
export const CONCEPT_BASE = 1 << 30;

/** The term of two adjacent Han characters. */
export function pairTerm(first: number, second: number): number {
  return compactHan(first) * 32768 + compactHan(second);
}

/** Whether a term is a lexicon concept (else a character pair). */
export function isConceptTerm(term: number): boolean {
  return term >= CONCEPT_BASE;
}

/** Index of a concept term in CONCEPTS. */
export function conceptIndex(term: number): number {
  return term - CONCEPT_BASE;
}

/** The kind of a concept term. */
export function conceptKind(term: number): ConceptKind {
  return CONCEPTS[term - CONCEPT_BASE][1];
}

function expandHan(compact: number): string {
  return String.fromCharCode(
    compact < 20992
      ? compact + 0x4e00
      : compact < 27584
        ? compact - 20992 + 0x3400
        : compact - 27584 + 0xf900,
  );
}

/** A readable label for a term, for debugging and tests: [ledger] or 有偿. */
export function termLabel(term: number): string {
  if (isConceptTerm(term)) return `[${CONCEPTS[conceptIndex(term)][0]}]`;
  return expandHan(Math.floor(term / 32768)) + expandHan(term % 32768);
}

/** A lexicon entry: a concept form (concept ≥ 0) or a filler word (concept = -1). */
interface Entry {
  form: string;
  concept: number;
}

/**
 * The lexicon as flat tables: entries grouped by first character, longest
 * first, and per character code where its group starts (+1; 0 = none) and how
 * long it is. Table reads keep the scan of a long report cheap.
 */
interface CompiledLexicon {
  functionChar: Uint8Array;
  /** Concept forms by their first two characters, for reading report text. */
  pairGroups: PairGroups;
  /** Concept forms and filler words by their first two characters, for parsing a commitment. */
  allGroups: PairGroups;
}

/**
 * Concept forms grouped by their first two characters in a small
 * open-addressing table, so that reading a report looks at the one or two
 * forms that can start at a place instead of every form sharing its first
 * character (there are dozens starting with 专 or 党).
 */
interface PairGroups {
  /** By UTF-16 code: 1 when some concept form starts with that character. */
  startsForm: Uint8Array;
  keys: Int32Array;
  start: Uint16Array;
  size: Uint8Array;
  mask: number;
  /** The concept (-1: filler), length and text of each form, grouped. */
  concept: Int16Array;
  length: Uint8Array;
  forms: string[];
}

const PAIR_GROUP_BITS = 11;

function groupByPair(entries: Entry[], withFiller: boolean): PairGroups {
  // oxlint-disable-next-line unicorn/no-array-sort -- a fresh array; toSorted needs Chromium 110
  const forms = entries
    .filter((e) => withFiller || e.concept >= 0)
    .sort(
      (a, b) =>
        a.form.charCodeAt(0) - b.form.charCodeAt(0) ||
        a.form.charCodeAt(1) - b.form.charCodeAt(1) ||
        b.form.length - a.form.length,
    );
  const mask = (1 << PAIR_GROUP_BITS) - 1;
  const keys = new Int32Array(1 << PAIR_GROUP_BITS);
  const start = new Uint16Array(1 << PAIR_GROUP_BITS);
  const size = new Uint8Array(1 << PAIR_GROUP_BITS);
  const startsForm = new Uint8Array(0x10000);
  forms.forEach((entry, i) => {
    const key = (entry.form.charCodeAt(0) << 16) | entry.form.charCodeAt(1);
    startsForm[entry.form.charCodeAt(0)] = 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_GROUP_BITS);
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    if (keys[slot] === 0) {
      keys[slot] = key;
      start[slot] = i;
    }
    size[slot]++;
  });
  return {
    startsForm,
    keys,
    start,
    size,
    mask,
    concept: Int16Array.from(forms, (e) => e.concept),
    length: Uint8Array.from(forms, (e) => e.form.length),
    forms: forms.map((e) => e.form),
  };
}

let compiled: CompiledLexicon | null = null;

function lexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const byForm = new Map<string, Entry>();
  // Concept forms win over filler words of the same spelling.
  for (const word of FILLER_WORDS) byForm.set(word, { form: word, concept: -1 });
  CONCEPTS.forEach(([, , forms], concept) => {
    for (const form of forms.split(' ')) if (form) byForm.set(form, { form, concept });
  });
  const entries = [...byForm.values()];
  const functionChar = new Uint8Array(0x10000);
  for (let i = 0; i < FUNCTION_CHARS.length; i++) functionChar[FUNCTION_CHARS.charCodeAt(i)] = 1;
  compiled = {
    functionChar,
    pairGroups: groupByPair(entries, false),
    allGroups: groupByPair(entries, true),
  };
  return compiled;
}

/** The group slot of the forms starting with `first`, `second`, or -1. */
function groupSlot(groups: PairGroups, first: number, second: number): number {
  if (!groups.startsForm[first]) return -1;
  const key = (first << 16) | second;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_GROUP_BITS);
  while (groups.keys[slot] !== 0 && groups.keys[slot] !== key) slot = (slot + 1) & groups.mask;
  return groups.keys[slot] === key ? slot : -1;
}

/**
 * The longest lexicon entry (concept form or filler word) that starts at
 * `text[at]` and ends by `end`, as an index into `lex.allGroups`, or -1.
 */
function entryAt(lex: CompiledLexicon, text: string, at: number, end: number): number {
  const groups = lex.allGroups;
  const slot = groupSlot(groups, text.charCodeAt(at), text.charCodeAt(at + 1));
  if (slot < 0) return -1;
  for (let e = groups.start[slot], last = e + groups.size[slot]; e < last; e++) {
    const length = groups.length[e];
    if (at + length <= end && (length === 2 || text.startsWith(groups.forms[e], at))) return e;
  }
  return -1;
}

/** Receives each term of a stretch of text, with its place in the text. */
export type TermSink = (term: number, start: number, end: number) => void;

/**
 * Calls `sink` for every term of `text[from, to)`, in text order (a term can
 * repeat). See the module comment for what becomes a term.
 */
export function scanTerms(text: string, from: number, to: number, sink: TermSink): void {
  const lex = lexicon();
  // `spanEnd` is where the current concept form ends, `spanStart` where it began;
  // a pair lying wholly inside it is skipped.
  let spanStart = -1;
  let spanEnd = -1;
  let previous = -1; // index of the previous content character, or -1 after a break
  let previousInConcept = false;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) {
      previous = -1;
      i++;
      continue;
    }
    if (i >= spanEnd) {
      const e = entryAt(lex, text, i, to);
      if (e >= 0 && lex.allGroups.concept[e] < 0) {
        previous = -1; // filler: drop it and break pairs around it
        i += lex.allGroups.length[e];
        continue;
      }
      if (e >= 0) {
        spanStart = i;
        spanEnd = i + lex.allGroups.length[e];
        sink(CONCEPT_BASE + lex.allGroups.concept[e], spanStart, spanEnd);
      }
    }
    if (lex.functionChar[code]) {
      previous = -1;
      i++;
      continue;
    }
    const inConcept = i < spanEnd;
    // A pair inside one concept form is that concept; a pair across two (开展|整改)
    // says nothing the two concepts do not. Pairs from a plain word into a
    // concept stay: 巡察|制度 keeps which 制度.
    if (previous >= 0 && !(previousInConcept && inConcept)) {
      sink(pairTerm(text.charCodeAt(previous), code), previous, i + 1);
    }
    previous = i;
    previousInConcept = inConcept;
    i++;
  }
}

/** Terms read from a stretch of text: parallel arrays, valid up to `count`. */
export class TermBuffer {
  terms = new Int32Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  count = 0;

  push(term: number, start: number, end: number): void {
    if (this.count === this.terms.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.terms = grow(this.terms);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.terms[this.count] = term;
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }
}

/**
 * Appends to `out` every term that `text[from, to)` holds in any reading:
 * every concept form found at any place (overlaps included) and every
 * content character pair, fillers included. This is how report units are
 * read: a commitment's term is looked for wherever the report could hold
 * it, so the report's own parse never hides one (整改措施 holds 整改 too).
 * A buffer rather than a callback keeps this hot loop free of calls.
 */
export function readTerms(
  text: string,
  from: number,
  to: number,
  out: TermBuffer,
  filter: TermFilter = allTerms(),
): void {
  const groups = lexicon().pairGroups;
  const { flags, concepts } = filter;
  let previous = -1;
  let previousCode = 0;
  let previousFlags = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const f = flags[code];
    if (!(f & HAN)) {
      previous = -1;
      continue;
    }
    if (f & FORM_START) {
      const slot = groupSlot(groups, code, text.charCodeAt(i + 1));
      if (slot >= 0) {
        for (let e = groups.start[slot], last = e + groups.size[slot]; e < last; e++) {
          const concept = groups.concept[e];
          const length = groups.length[e];
          if (
            (!concepts || concepts[concept]) &&
            i + length <= to &&
            (length === 2 || text.startsWith(groups.forms[e], i))
          ) {
            out.push(CONCEPT_BASE + concept, i, i + length);
          }
        }
      }
    }
    if (f & FUNCTION) {
      previous = -1;
      continue;
    }
    if (previous >= 0 && previousFlags & PAIR_START && f & PAIR_END) {
      out.push(pairTerm(previousCode, code), previous, i + 1);
    }
    previous = i;
    previousCode = code;
    previousFlags = f;
  }
}

/** Character flags of a TermFilter. */
const HAN = 1;
const FUNCTION = 2;
const FORM_START = 4;
const PAIR_START = 8;
const PAIR_END = 16;

/**
 * Restricts `readTerms` to terms that can matter, in one table read per
 * character: per UTF-16 code, whether it is Han, a function character, the
 * start of a concept form, and the first or second character of some wanted
 * pair; and which concepts are wanted. Skipping the rest early keeps the
 * scan of a long report cheap.
 */
export interface TermFilter {
  flags: Uint8Array;
  /** By concept index: 1 when wanted; null for all. */
  concepts: Uint8Array | null;
}

/** Flags every filter shares: Han, function characters, starts of concept forms. */
function baseFlags(): Uint8Array {
  const lex = lexicon();
  const flags = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (!isHan(c)) continue;
    flags[c] = HAN | (lex.functionChar[c] ? FUNCTION : 0) | (lex.pairGroups.startsForm[c] ? FORM_START : 0);
  }
  return flags;
}

let everything: TermFilter | null = null;

/** The filter that lets every term through. */
function allTerms(): TermFilter {
  if (!everything) {
    const flags = baseFlags();
    for (let c = 0; c < 0x10000; c++) if (flags[c] & HAN) flags[c] |= PAIR_START | PAIR_END;
    everything = { flags, concepts: null };
  }
  return everything;
}

/** The filter that lets through `terms` (and a few others that share their characters). */
export function termFilter(terms: Iterable<number>): TermFilter {
  const flags = baseFlags();
  const concepts = new Uint8Array(CONCEPTS.length);
  for (const term of terms) {
    if (isConceptTerm(term)) concepts[conceptIndex(term)] = 1;
    else {
      flags[expandHan(Math.floor(term / 32768)).charCodeAt(0)] |= PAIR_START;
      flags[expandHan(term % 32768).charCodeAt(0)] |= PAIR_END;
    }
  }
  return { flags, concepts };
}

/**
 * How far back from `at` the compound word ending there can reach: over Han
 * characters that are not function characters, at most MODIFIER_REACH of
 * them, never before `floor`. Returns the compound's first index.
 */
export function compoundReach(text: string, at: number, floor: number): number {
  const lex = lexicon();
  let from = at;
  while (from > floor && at - from < MODIFIER_REACH) {
    const code = text.charCodeAt(from - 1);
    if (!isHan(code) || lex.functionChar[code]) break;
    from--;
  }
  return from;
}

/** Modifiers of a word are looked for this many characters before it. */
export const MODIFIER_REACH = 8;

/** A term of a commitment with its first place in the normalised commitment. */
export interface TermOccurrence {
  term: number;
  start: number;
  end: number;
}

/** The distinct terms of `text[from, to)`, each at its first occurrence. */
export function distinctTerms(text: string, from = 0, to = text.length): TermOccurrence[] {
  const seen = new Set<number>();
  const out: TermOccurrence[] = [];
  scanTerms(text, from, to, (term, start, end) => {
    if (seen.has(term)) return;
    seen.add(term);
    out.push({ term, start, end });
  });
  return out;
}
