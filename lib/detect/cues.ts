/**
 * The cue matcher: finds every cue of the lexicon in a text in one
 * left-to-right pass over a trie keyed by UTF-16 code units.
 *
 * At each position the longest word wins and the scan continues after it,
 * the way a dictionary segmenter reads Chinese: 重要 is one word, so the 要
 * inside it is not a directive. The trie is a double array over a compact
 * alphabet: one step per character, three array reads.
 *
 * Every page load needs the table, and a content script runs cold, where
 * each loop step costs about a microsecond: so the lexicon is compiled ahead
 * (cue-compile.ts, into the generated compiled-cues.ts) and a page load only
 * decodes it and places the words by the given layout.
 */
import { OBJECT_CLASSES, type CueCategory, type ObjectClass } from './lexicon';
import { COMPILED_CUES } from './compiled-cues';
import { isAsciiDigit } from '../text/chars';

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

export const CATEGORY_INDEX = new Map(CATEGORIES.map((c, i) => [c, i]));

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
/** The word counts only right after a number (see CueGroup.afterNumber). */
export const FLAG_AFTER_NUMBER = 256;
/** A directive that gives advice (see CueGroup.advice). */
export const FLAG_ADVICE = 512;
/** A deadline word that names a start (see CueGroup.startDate). */
export const FLAG_START_DATE = 1024;
/** A deadline word that ends a date range (see CueGroup.dateRange). */
export const FLAG_DATE_RANGE = 2048;

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
  flags: Uint16Array;
  // The trie, as a double array (see doubleArray).
  /** Compact letter of each code unit (0: in no word). */
  alpha: Uint16Array;
  base: Int32Array;
  check: Int32Array;
  /** Word ending at each node, or -1. */
  output: Int32Array;
}

/** Where the root of the double-array trie sits. */
export const ROOT = 1;

/**
 * The compiled lexicon as strings (compiled-cues.ts). Numbers are characters
 * of value + BASE_OFFSET. Words share a few kinds of record: `kinds` has
 * KIND_LENGTH characters per kind (categories in three 11-bit parts, flags,
 * takes, object classes), `records` one character per word, its kind. Every
 * category of a word weighs 1 but those in `weights` (word, category,
 * weight × WEIGHT_SCALE). `bases` is the trie's layout, with RUN_MARK + n
 * for a run of n empty slots; `letters`, the alphabet in order.
 */
export interface CompiledCues {
  /** FNV-1a of the words, for the test that the file is current. */
  key: number;
  /** The words in order, one per line, each after the count of characters it shares with the word before. */
  words: string;
  kinds: string;
  records: string;
  weights: string;
  letters: string;
  length: number;
  bases: string;
}

/** The first printable ASCII character: numbers below 0x60 then take one byte of UTF-8 in the shipped script. */
export const BASE_OFFSET = 0x20;
export const RUN_MARK = 0xe000;
export const KIND_LENGTH = 6;
export const WEIGHT_SCALE = 1000;

/** The words of {@link CompiledCues.words}: each line is a count of characters shared with the word before, then the rest. */
function decodeWords(lines: string): string[] {
  const words = lines.split('\n');
  for (let i = 0, previous = ''; i < words.length; i++) {
    const line = words[i];
    previous = words[i] = previous.slice(0, line.charCodeAt(0) - 0x30) + line.slice(1);
  }
  return words;
}

/** The table of compiled-cues.ts; throws when the file does not fit the words it lists. */
export function decodeCues(data: CompiledCues): CueTable {
  const words = decodeWords(data.words);
  const n = words.length;
  const C = CATEGORIES.length;
  const categories = new Uint32Array(n);
  const flags = new Uint16Array(n);
  const takes = new Uint16Array(n);
  const objectClasses = new Uint16Array(n);
  const weights = new Float32Array(n * C);
  const { kinds, records } = data;
  for (let id = 0; id < n; id++) {
    const r = (records.charCodeAt(id) - BASE_OFFSET) * KIND_LENGTH;
    let cats =
      (kinds.charCodeAt(r) - BASE_OFFSET) |
      ((kinds.charCodeAt(r + 1) - BASE_OFFSET) << 11) |
      ((kinds.charCodeAt(r + 2) - BASE_OFFSET) << 22);
    categories[id] = cats;
    flags[id] = kinds.charCodeAt(r + 3) - BASE_OFFSET;
    takes[id] = kinds.charCodeAt(r + 4) - BASE_OFFSET;
    objectClasses[id] = kinds.charCodeAt(r + 5) - BASE_OFFSET;
    // One step per category the word has (usually one), not per category there is.
    while (cats !== 0) {
      const lowest = cats & -cats;
      weights[id * C + 31 - Math.clz32(lowest)] = 1;
      cats ^= lowest;
    }
  }
  const w = data.weights;
  for (let i = 0; i < w.length; i += 3)
    weights[(w.charCodeAt(i) - BASE_OFFSET) * C + w.charCodeAt(i + 1) - BASE_OFFSET] =
      (w.charCodeAt(i + 2) - BASE_OFFSET) / WEIGHT_SCALE;
  const alpha = new Uint16Array(0x10000);
  for (let i = 0; i < data.letters.length; i++) alpha[data.letters.charCodeAt(i)] = i + 1;
  const layout = layoutFromBases(words, alpha, decodeBases(data));
  if (!layout) throw new Error('compiled-cues.ts does not fit its words: run `npm run gen:cues`');
  return { words, categories, weights, takes, objectClasses, flags, alpha, ...layout };
}

/**
 * Places every word by the given bases, in one pass over the words' letters.
 * Null when the bases do not fit the words (a node without a base, a slot
 * claimed by two parents, a letter not in the alphabet).
 */
function layoutFromBases(
  words: readonly string[],
  alpha: Uint16Array,
  base: Int32Array,
): Pick<CueTable, 'base' | 'check' | 'output'> | null {
  const length = base.length;
  const check = new Int32Array(length);
  const output = new Int32Array(length).fill(-1);
  for (let id = 0; id < words.length; id++) {
    const word = words[id];
    let s = ROOT;
    for (let i = 0; i < word.length; i++) {
      const b = base[s];
      const letter = alpha[word.charCodeAt(i)];
      const t = b + letter;
      if (b === 0 || letter === 0 || t >= length || (check[t] !== 0 && check[t] !== s)) return null;
      check[t] = s;
      s = t;
    }
    output[s] = id;
  }
  return { base, check, output };
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

let table: CueTable | null = null;

/** The compiled lexicon, decoded on first use. */
export function cueTable(): CueTable {
  table ??= decodeCues(COMPILED_CUES);
  return table;
}

/** An ASCII digit or a Chinese numeral (5日前, 二十日前). */
function isNumeral(c: number): boolean {
  return isAsciiDigit(c) || NUMERALS.indexOf(String.fromCharCode(c)) >= 0;
}
const NUMERALS = '〇零一二三四五六七八九十';

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
    if (best < 0 || (flags[best] & FLAG_AFTER_NUMBER && !(i > 0 && isNumeral(text.charCodeAt(i - 1))))) {
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
