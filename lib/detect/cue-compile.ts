/**
 * Compiles the lexicon (lexicon.ts) into the cue table that cues.ts scans
 * with, and encodes it for lib/detect/compiled-cues.ts. A page load only
 * decodes the result: compiling costs 10–20 ms in a cold content script,
 * decoding a few. Run by `npm run gen:cues`; a unit test checks that the
 * generated file is current.
 */
import { CUE_GROUPS, FURNITURE_GROUPS, type CueGroup } from './lexicon';
import {
  BASE_OFFSET,
  CATEGORIES,
  CATEGORY_INDEX,
  FLAG_BYLINE,
  FLAG_CHROME,
  FLAG_ADVICE,
  FLAG_START_DATE,
  FLAG_DATE_RANGE,
  FLAG_AFTER_NUMBER,
  FLAG_CLAUSE_SCOPE,
  FLAG_CLOSES_REFERENCE,
  FLAG_OPENS_IMPERATIVE,
  FLAG_SEPARATOR,
  FLAG_SHORT_CHROME,
  FLAG_TAKES_NAMED,
  objectBit,
  KIND_LENGTH,
  ROOT,
  RUN_MARK,
  WEIGHT_SCALE,
  type CompiledCues,
  type CueTable,
} from './cues';

/** Words that name a problem close the object of a reference verb (解决…问题). */
const PROBLEM_NAMES = ['问题', '现象', '情况'];

/** The lexicon compiled: every word of every group, with its trie. */
export function compileLexicon(): CueTable {
  return compile(CUE_GROUPS.concat(FURNITURE_GROUPS));
}

function compile(groups: readonly CueGroup[]): CueTable {
  // Every group each word is in; a word's id is its place in code-unit order, so that
  // neighbours share their first characters, which the compiled file writes once (encodeWords).
  const groupsOf = new Map<string, CueGroup[]>();
  for (const group of groups) {
    for (const word of group.words) {
      const list = groupsOf.get(word);
      if (list) list.push(group);
      else groupsOf.set(word, [group]);
    }
  }
  // oxlint-disable-next-line unicorn/no-array-sort -- a fresh array; toSorted needs Chromium 110
  const words = [...groupsOf.keys()].sort();
  const entries = words.map((word) => groupsOf.get(word)!);
  const n = words.length;
  const categories = new Uint32Array(n);
  const weights = new Float32Array(n * CATEGORIES.length);
  const takes = new Uint16Array(n);
  const objectClasses = new Uint16Array(n);
  const flags = new Uint16Array(n);
  for (let id = 0; id < n; id++) {
    for (const group of entries[id]) {
      const c = CATEGORY_INDEX.get(group.category)!;
      categories[id] |= 1 << c;
      weights[id * CATEGORIES.length + c] = Math.max(weights[id * CATEGORIES.length + c], group.weight ?? 1);
      for (const t of group.takes ?? []) takes[id] |= objectBit(t);
      if (group.objectClass) objectClasses[id] |= objectBit(group.objectClass);
      if (group.takesNamed) flags[id] |= FLAG_TAKES_NAMED;
      if (group.clauseScope) flags[id] |= FLAG_CLAUSE_SCOPE;
      if (group.afterNumber) flags[id] |= FLAG_AFTER_NUMBER;
      if (group.advice) flags[id] |= FLAG_ADVICE;
      if (group.startDate) flags[id] |= FLAG_START_DATE;
      if (group.dateRange) flags[id] |= FLAG_DATE_RANGE;
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
  return {
    words,
    categories,
    weights,
    takes,
    objectClasses,
    flags,
    alpha,
    ...doubleArray(mapTrie(words), alpha, letters),
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

/** One character for a value below 0xD700 (clear of control characters, quotes and surrogates). */
function char(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value + BASE_OFFSET >= 0xd800)
    throw new Error(`cannot encode ${value}`);
  return String.fromCharCode(value + BASE_OFFSET);
}

/**
 * The words one per line, each as the number of characters it shares with the word before
 * (a digit, up to 9) and the rest: 不到位, 不够 → "0不到位\n1够".
 */
export function encodeWords(words: readonly string[]): string {
  let previous = '';
  return words
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < word.length && word[shared] === previous[shared]) shared++;
      previous = word;
      return String(shared) + word.slice(shared);
    })
    .join('\n');
}

/** The table as the strings of compiled-cues.ts (see {@link CompiledCues}). */
export function encodeCues(table: CueTable): CompiledCues {
  const { words, categories, flags, takes, objectClasses, weights, alpha, base } = table;
  const C = CATEGORIES.length;
  // Words share a few kinds of record (categories, flags, takes, object classes): each is
  // written once, and each word names its kind in one character.
  const kindIndex = new Map<string, number>();
  let kinds = '';
  let records = '';
  let overrides = '';
  for (let id = 0; id < words.length; id++) {
    const cats = categories[id];
    const kind =
      char(cats & 0x7ff) +
      char((cats >>> 11) & 0x7ff) +
      char(cats >>> 22) +
      char(flags[id]) +
      char(takes[id]) +
      char(objectClasses[id]);
    let k = kindIndex.get(kind);
    if (k === undefined) {
      k = kindIndex.size;
      kindIndex.set(kind, k);
      kinds += kind;
    }
    records += char(k);
    for (let c = 0; c < C; c++) {
      const w = weights[id * C + c];
      const set = (cats >>> c) & 1;
      if (set ? w === 1 : w === 0) continue;
      if (!set) throw new Error(`a weight without its category: ${words[id]}`);
      overrides += char(id) + char(c) + char(Math.round(w * WEIGHT_SCALE));
      if (Math.fround(Math.round(w * WEIGHT_SCALE) / WEIGHT_SCALE) !== w)
        throw new Error(`weight ${w} of ${words[id]} is not a multiple of 1/${WEIGHT_SCALE}`);
    }
  }
  if (kinds.length !== kindIndex.size * KIND_LENGTH) throw new Error('kind length');
  // The letters in their order of numbering.
  const order: number[] = [];
  for (let c = 0; c < alpha.length; c++) if (alpha[c]) order[alpha[c] - 1] = c;
  return {
    key: layoutKey(words),
    words: encodeWords(words),
    kinds,
    records,
    weights: overrides,
    letters: String.fromCharCode(...order),
    length: base.length,
    bases: encodeBases(base),
  };
}
