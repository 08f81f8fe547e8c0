/**
 * The cue matcher: compiles the lexicon into a trie keyed by UTF-16 code
 * units and finds every cue in a text in one left-to-right pass.
 *
 * At each position the longest word wins and the scan continues after it,
 * the way a dictionary segmenter reads Chinese: 重要 is one word, so the 要
 * inside it is not a directive. The trie is a double array over a compact
 * alphabet: one step per character, three array reads.
 *
 * Every page load compiles the lexicon, so laying the trie out must be cheap:
 * where each node sits is computed ahead (cue-layout.ts, generated) and only
 * checked here; a stale layout is detected and the trie laid out afresh.
 */
import {
  CUE_GROUPS,
  FURNITURE_GROUPS,
  OBJECT_CLASSES,
  type CueCategory,
  type CueGroup,
  type ObjectClass,
} from './lexicon';
import { CUE_LAYOUT } from './cue-layout';

/** Every category, in a fixed order: a category's index is its bit in {@link CueTable.categories}. */
export const CATEGORIES: readonly CueCategory[] = [
  'block',
  'shortcoming',
  'problem-intro',
  'problem-noun',
  'reference',
  'question',
  'hypothetical',
  'directive',
  'future',
  'time',
  'resolve',
  'completed',
  'past',
  'cognition',
  'measure-verb',
  'measure-object',
  'measure',
  'deadline',
  'triage',
  'owner',
  'attitude',
  'acceptance',
  'manner',
  'praise',
  'definition',
  'copula',
  'procedural',
  'quotation',
  'situation',
  'conjunction',
  'subject',
];
// Categories are bits of a 32-bit set; the sign bit is left alone.
if (CATEGORIES.length > 31) throw new Error('too many cue categories');

const CATEGORY_INDEX = new Map(CATEGORIES.map((c, i) => [c, i]));

/** The bit of a category in {@link CueTable.categories}. */
export function categoryBit(category: CueCategory): number {
  return 1 << CATEGORY_INDEX.get(category)!;
}

/** The bit of an object class in {@link CueTable.takes} and {@link CueTable.objectClasses}. */
export function objectBit(objectClass: ObjectClass): number {
  return 1 << OBJECT_CLASSES.indexOf(objectClass);
}

export const FLAG_TAKES_NAMED = 1;
export const FLAG_OPENS_IMPERATIVE = 2;
/** The word names a problem (问题, 现象, 情况…): it closes the object of a reference verb. */
export const FLAG_CLOSES_REFERENCE = 4;
export const FLAG_CLAUSE_SCOPE = 8;
/** Page furniture (see furniture.ts). */
export const FLAG_CHROME = 16;
export const FLAG_SHORT_CHROME = 32;
export const FLAG_BYLINE = 64;
export const FLAG_SEPARATOR = 128;

/** The compiled lexicon: one entry per distinct word, all groups it is in merged. */
export interface CueTable {
  words: string[];
  /** Bit set of categories per word (see {@link categoryBit}). */
  categories: Uint32Array;
  /** Weight per word and category: `weights[word * CATEGORIES.length + category]`. */
  weights: Float32Array;
  /** Object classes a measure verb takes. */
  takes: Uint16Array;
  /** Object classes a measure object belongs to. */
  objectClasses: Uint16Array;
  flags: Uint8Array;
  // The trie, as a double array (see doubleArray).
  /** Compact letter of each code unit (0: in no word). */
  alpha: Uint16Array;
  base: Int32Array;
  check: Int32Array;
  /** Word ending at each node, or -1. */
  output: Int32Array;
}

/** Where the root of the double-array trie sits. */
const ROOT = 1;

/** Words that name a problem close the object of a reference verb (解决…问题). */
const PROBLEM_NAMES = ['问题', '现象', '情况'];

function compile(groups: readonly CueGroup[]): CueTable {
  const index = new Map<string, number>();
  const words: string[] = [];
  const entries: CueGroup[][] = [];
  for (const group of groups) {
    for (const word of group.words) {
      let id = index.get(word);
      if (id === undefined) {
        id = words.length;
        index.set(word, id);
        words.push(word);
        entries.push([]);
      }
      entries[id].push(group);
    }
  }
  const n = words.length;
  const categories = new Uint32Array(n);
  const weights = new Float32Array(n * CATEGORIES.length);
  const takes = new Uint16Array(n);
  const objectClasses = new Uint16Array(n);
  const flags = new Uint8Array(n);
  for (let id = 0; id < n; id++) {
    for (const group of entries[id]) {
      const c = CATEGORY_INDEX.get(group.category)!;
      categories[id] |= 1 << c;
      weights[id * CATEGORIES.length + c] = Math.max(weights[id * CATEGORIES.length + c], group.weight ?? 1);
      for (const t of group.takes ?? []) takes[id] |= objectBit(t);
      if (group.objectClass) objectClasses[id] |= objectBit(group.objectClass);
      if (group.takesNamed) flags[id] |= FLAG_TAKES_NAMED;
      if (group.clauseScope) flags[id] |= FLAG_CLAUSE_SCOPE;
      if (group.furniture)
        flags[id] |=
          group.furniture === 'chrome'
            ? FLAG_CHROME
            : group.furniture === 'short'
              ? FLAG_SHORT_CHROME
              : group.furniture === 'byline'
                ? FLAG_BYLINE
                : FLAG_SEPARATOR;
      if (group.opensImperative || group.category === 'measure-verb' || group.category === 'reference')
        flags[id] |= FLAG_OPENS_IMPERATIVE;
      if (group.category === 'problem-noun') flags[id] |= FLAG_CLOSES_REFERENCE;
    }
    if (PROBLEM_NAMES.some((p) => words[id].indexOf(p) >= 0)) flags[id] |= FLAG_CLOSES_REFERENCE;
  }

  const { alpha, letters } = alphabet(words);
  // No need to hash the words against CUE_LAYOUT.key here (a few ms in a cold content
  // script): a layout that places every word without a clash is a right trie for them,
  // and one that does not is refused. The key tells the unit test the file is stale.
  const layout = layoutFromBases(words, alpha, decodeBases(CUE_LAYOUT));
  return {
    words,
    categories,
    weights,
    takes,
    objectClasses,
    flags,
    alpha,
    ...(layout ?? doubleArray(mapTrie(words), alpha, letters)),
  };
}

/** Compact letters of the alphabet, numbered from 1 in order of first appearance in the words. */
function alphabet(words: readonly string[]): { alpha: Uint16Array; letters: number } {
  const alpha = new Uint16Array(0x10000);
  let letters = 0;
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (alpha[c] === 0) alpha[c] = ++letters;
    }
  return { alpha, letters };
}

/** The trie as maps: node 0 is the root; children by code unit; the word ending at each node, or -1. */
interface MapTrie {
  children: Map<number, number>[];
  outputs: number[];
}

function mapTrie(words: readonly string[]): MapTrie {
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[] = [-1];
  for (let id = 0; id < words.length; id++) {
    const word = words[id];
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = children[node].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push(-1);
        children[node].set(c, next);
      }
      node = next;
    }
    outputs[node] = id;
  }
  return { children, outputs };
}

type Layout = Pick<CueTable, 'base' | 'check' | 'output'>;

/** FNV-1a of the words: says whether the generated layout was made for this lexicon. */
export function layoutKey(words: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x0a, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Places every word by the given bases, in one pass over the words' letters.
 * Null when the bases do not fit the words (a node without a base, a slot
 * claimed by two parents): the layout is stale.
 */
function layoutFromBases(words: readonly string[], alpha: Uint16Array, base: Int32Array): Layout | null {
  const length = base.length;
  const check = new Int32Array(length);
  const output = new Int32Array(length).fill(-1);
  for (let id = 0; id < words.length; id++) {
    const word = words[id];
    let s = ROOT;
    for (let i = 0; i < word.length; i++) {
      const b = base[s];
      const t = b + alpha[word.charCodeAt(i)];
      if (b === 0 || t >= length || (check[t] !== 0 && check[t] !== s)) return null;
      check[t] = s;
      s = t;
    }
    output[s] = id;
  }
  return { base, check, output };
}

/** Code of a run of empty slots in an encoded layout; a base is its value plus BASE_OFFSET. */
const RUN_MARK = 0xe000;
/** Keeps encoded bases clear of control characters and quotes. */
const BASE_OFFSET = 0x100;

/** The bases of a layout as a string: one character per base, one per run of empty slots. */
export function encodeBases(base: Int32Array): string {
  let out = '';
  for (let i = 0; i < base.length;) {
    if (base[i] === 0) {
      let run = 0;
      while (i < base.length && base[i] === 0 && run < 0x1fff) {
        run++;
        i++;
      }
      out += String.fromCharCode(RUN_MARK + run);
    } else out += String.fromCharCode(base[i++] + BASE_OFFSET);
  }
  return out;
}

function decodeBases(layout: { length: number; bases: string }): Int32Array {
  const base = new Int32Array(layout.length);
  let slot = 0;
  const { bases } = layout;
  for (let i = 0; i < bases.length && slot < layout.length; i++) {
    const c = bases.charCodeAt(i);
    if (c >= RUN_MARK) slot += c - RUN_MARK;
    else base[slot++] = c - BASE_OFFSET;
  }
  return base;
}

/**
 * Lays the trie out as a double array over a compact alphabet: the child of
 * node `s` by character `c` is `t = base[s] + alpha[c]` when `check[t] === s`,
 * one step with three array reads, however many children a node has.
 */
function doubleArray({ children, outputs }: MapTrie, alpha: Uint16Array, letters: number): Layout {
  let size = 1024;
  let base = new Int32Array(size);
  let check = new Int32Array(size);
  let output = new Int32Array(size).fill(-1);
  const ensure = (n: number) => {
    if (n < size) return;
    while (size <= n) size *= 2;
    const b = new Int32Array(size);
    b.set(base);
    base = b;
    const c = new Int32Array(size);
    c.set(check);
    check = c;
    const o = new Int32Array(size).fill(-1);
    o.set(output);
    output = o;
  };
  // Position of each node of the map trie; the root sits at 1 (0 marks a free slot in `check`).
  const at = new Int32Array(children.length);
  at[0] = ROOT;
  let firstFree = ROOT + 1;
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    const s = at[node];
    const labels = [...children[node].keys()].map((c) => alpha[c]);
    if (labels.length === 0) continue;
    const least = Math.min(...labels);
    while (check[firstFree] !== 0 || firstFree === ROOT) {
      firstFree++;
      ensure(firstFree);
    }
    let b = Math.max(1, firstFree - least);
    for (;;) {
      ensure(b + letters + 1);
      if (labels.every((l) => check[b + l] === 0 && b + l !== ROOT)) break;
      b++;
    }
    base[s] = b;
    for (const [c, child] of children[node]) {
      const t = b + alpha[c];
      check[t] = s;
      at[child] = t;
      output[t] = outputs[child];
      queue.push(child);
    }
  }
  // Room for base + any letter, so that the scan needs no bounds check.
  let last = 0;
  for (let i = 0; i < size; i++) if (check[i] !== 0 || base[i] !== 0) last = i;
  const length = last + letters + 2;
  ensure(length);
  return {
    base: base.slice(0, length),
    check: check.slice(0, length),
    output: output.slice(0, length),
  };
}

let table: CueTable | null = null;

/** The lexicon's words and a freshly computed layout of them, for scripts/gen-cue-layout.ts and its test. */
export function freshLayout(): { key: number; length: number; bases: string } {
  const { words } = cueTable();
  const { alpha, letters } = alphabet(words);
  const { base } = doubleArray(mapTrie(words), alpha, letters);
  return { key: layoutKey(words), length: base.length, bases: encodeBases(base) };
}

/** The compiled lexicon, built on first use. */
export function cueTable(): CueTable {
  table ??= compile(CUE_GROUPS.concat(FURNITURE_GROUPS));
  return table;
}

/** Cues found in a text: parallel arrays in order of position, `count` of them used. */
export interface CueHits {
  count: number;
  start: Int32Array;
  end: Int32Array;
  cue: Int32Array;
  /** Indexes of the hits that are words of page furniture (FLAG_CHROME…), in order. */
  furniture: number[];
}

/** Any of the furniture flags. */
export const FLAG_FURNITURE = FLAG_CHROME | FLAG_SHORT_CHROME | FLAG_BYLINE | FLAG_SEPARATOR;

export function createHits(capacity = 1024): CueHits {
  return {
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    cue: new Int32Array(capacity),
    furniture: [],
  };
}

function grow(hits: CueHits): void {
  const capacity = hits.start.length * 2;
  const start = new Int32Array(capacity);
  start.set(hits.start);
  const end = new Int32Array(capacity);
  end.set(hits.end);
  const cue = new Int32Array(capacity);
  cue.set(hits.cue);
  hits.start = start;
  hits.end = end;
  hits.cue = cue;
}

/**
 * Appends the cues of `text[from, to)` to `hits`, longest word first at each
 * position. Returns where the scan stopped: past `to` when the last word
 * found runs beyond it, so the next call resumes there.
 */
export function scanCues(text: string, from: number, to: number, hits: CueHits): number {
  const t = cueTable();
  const { alpha, base, check, output, flags } = t;
  const rootBase = base[ROOT];
  const n = text.length;
  let i = from;
  while (i < to) {
    const first = alpha[text.charCodeAt(i)];
    let node = rootBase + first;
    if (first === 0 || check[node] !== ROOT) {
      i++;
      continue;
    }
    let best = output[node];
    let bestEnd = i + 1;
    for (let j = i + 1; j < n; j++) {
      const letter = alpha[text.charCodeAt(j)];
      const nodeBase = base[node];
      // A leaf has no base: without this test base + letter could land on a slot whose parent is it by chance.
      if (letter === 0 || nodeBase === 0) break;
      const next = nodeBase + letter;
      if (check[next] !== node) break;
      node = next;
      if (output[node] >= 0) {
        best = output[node];
        bestEnd = j + 1;
      }
    }
    if (best < 0) {
      i++;
      continue;
    }
    if (hits.count === hits.start.length) grow(hits);
    if (flags[best] & FLAG_FURNITURE) hits.furniture.push(hits.count);
    hits.start[hits.count] = i;
    hits.end[hits.count] = bestEnd;
    hits.cue[hits.count++] = best;
    i = bestEnd;
  }
  return i;
}
