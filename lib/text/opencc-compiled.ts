/**
 * opencc-js's conversion, run faster on opencc-js's own dictionaries and
 * configuration. The rules are the library's (core.js):
 * - each dictionary group becomes one trie of code points; where dictionaries
 *   of a group share a key, the first one's value wins, and a dictionary's
 *   value is the first candidate of its line ("乾 干 乾" → 干);
 * - converting takes the longest key from each position; a position where no
 *   key matches is copied, an ideographic description sequence whole;
 * - a config first normalises with its normalisation chain, cuts the text
 *   into segments with its segmentation dictionary (no match crosses them),
 *   then runs each segment through the conversion chain.
 *
 * What is faster: a table over the first code unit of every key says in one
 * read whether any key can start at a position, so most characters are copied
 * without a lookup; the output is written into one buffer, and a pass that
 * changes nothing returns its input. Differential tests against opencc-js
 * (lib/text/__tests__/opencc-compiled.test.ts) keep the two the same.
 */

/** A dictionary as opencc-js ships it: "key value|key value…", or pairs. */
export type DictLike = string | readonly (readonly string[])[];
/** Dictionaries whose keys are matched together. */
export type DictGroup = readonly DictLike[];

/** One of opencc-js's `Locale.configs` (hk2s, tw2s…). */
export interface ConversionConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

interface TrieNode {
  children: Map<number, TrieNode> | null;
  value: string | undefined;
}

/** A key is exactly this one code unit. */
const SINGLE = 1;
/** A key of two or more code units starts with this one. */
const LONG = 2;
/** With SINGLE: its value is one code unit too (in `unitValue`). */
const UNIT_TO_UNIT = 4;
/** A lead surrogate or an ideographic description character: an unmatched one may reach further. */
const LONG_UNMATCHED = 8;

/** Bits of the filter of the first two code units of the long keys. */
const PAIR_BITS = 19;

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> (32 - PAIR_BITS);
}

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : null;

/** A dictionary group compiled for longest-match conversion. */
export class CompiledTrie {
  private readonly root: TrieNode = { children: new Map(), value: undefined };
  /** SINGLE | LONG | UNIT_TO_UNIT | LONG_UNMATCHED by code unit: 0 for most. */
  private readonly starts = new Uint8Array(0x10000);
  /** Values of the keys that are one code unit, by that unit. */
  private readonly single = new Map<number, string>();
  /** The value of a UNIT_TO_UNIT key. */
  private readonly unitValue = new Uint16Array(0x10000);
  /**
   * A bit per hash of the first two code units of a long key: where the bit is
   * clear, no long key matches, and the trie need not be walked.
   */
  private readonly pairs = new Uint8Array(1 << (PAIR_BITS - 3));
  /** The value of the last key {@link matchAt} found. */
  private matched: string | undefined = undefined;

  constructor(group: DictGroup) {
    this.starts.fill(LONG_UNMATCHED, 0x2ff0, 0x3000).fill(LONG_UNMATCHED, 0xd800, 0xdc00);
    // Loaded last to first, so that the first dictionary's value of a shared key stays.
    for (let k = group.length - 1; k >= 0; k--) this.load(group[k]);
    for (const [unit, value] of this.single) {
      if (value.length !== 1) continue;
      this.starts[unit] |= UNIT_TO_UNIT;
      this.unitValue[unit] = value.charCodeAt(0);
    }
  }

  private load(dict: DictLike): void {
    if (typeof dict === 'string') {
      for (const line of dict.split('|')) {
        const [key, value] = line.split(' ');
        if (typeof value !== 'string') throw new TypeError(`Invalid dictionary entry: ${line}`);
        this.add(key, value);
      }
    } else {
      for (const [key, value] of dict) this.add(key, value);
    }
  }

  private add(key: string, value: string): void {
    let node = this.root;
    for (const ch of key) {
      const cp = ch.codePointAt(0)!;
      node.children ??= new Map();
      let next = node.children.get(cp);
      if (!next) {
        next = { children: null, value: undefined };
        node.children.set(cp, next);
      }
      node = next;
    }
    node.value = value;
    if (key.length === 0) return;
    const first = key.charCodeAt(0);
    if (key.length === 1) {
      this.starts[first] |= SINGLE;
      this.single.set(first, value);
    } else {
      this.starts[first] |= LONG;
      const h = pairHash(first, key.charCodeAt(1));
      this.pairs[h >>> 3] |= 1 << (h & 7);
    }
  }

  /** Whether a long key may start with the code units `first`, `second` (false: none does). */
  private pairMayStart(first: number, second: number): boolean {
    const h = pairHash(first, second);
    return (this.pairs[h >>> 3] & (1 << (h & 7))) !== 0;
  }

  /**
   * The end of the longest key matching `s` at `i` before `limit`, or 0; its
   * value is in `matched`, or in `unitValue` for a UNIT_TO_UNIT key of one unit.
   * `c` is the code unit at `i`.
   */
  private matchAt(s: string, i: number, c: number, limit: number): number {
    const start = this.starts[c];
    if ((start & LONG) !== 0 && i + 1 < limit && this.pairMayStart(c, s.charCodeAt(i + 1)))
      return this.walk(s, i, limit);
    // No long key starts here: the unit's own key, if it has one.
    if ((start & SINGLE) === 0) return 0;
    if ((start & UNIT_TO_UNIT) === 0) this.matched = this.single.get(c);
    return i + 1;
  }

  /** opencc-js's matchPrefix: walks the trie by code points, keeping the longest key. */
  private walk(s: string, i: number, limit: number): number {
    let node = this.root;
    let end = 0;
    for (let j = i; j < limit;) {
      const cp = s.codePointAt(j)!;
      j += cp > 0xffff ? 2 : 1;
      const next = node.children?.get(cp);
      if (next === undefined) break;
      node = next;
      if (node.value !== undefined) {
        end = j;
        this.matched = node.value;
      }
    }
    return end;
  }

  /**
   * Converts `s` (opencc-js `Trie.convert`). No key matches across a
   * position in `cuts` (ascending), as if the pieces between them were
   * converted one by one; `cuts` is rewritten to the same places in the result.
   */
  convert(s: string, cuts: Int32Array = NO_CUTS): string {
    const n = s.length;
    const { starts, unitValue } = this;
    let output: PassOutput | null = null;
    /** Where the characters not yet written to `output` start. */
    let pending = 0;
    let cut = 0;
    let limit = cuts.length > 0 ? cuts[0] : n;
    let i = 0;
    while (i < n) {
      while (i >= limit) {
        cuts[cut++] = (output ? output.length : 0) + (limit - pending);
        limit = cut < cuts.length ? cuts[cut] : n;
      }
      const c = s.charCodeAt(i);
      const start = starts[c];
      if (start === 0) {
        i++; // most characters: no key starts here, and it is neither a pair nor a description
        continue;
      }
      const end = this.matchAt(s, i, c, limit);
      if (end === 0) {
        i += unmatchedLength(s, i, c, limit);
        continue;
      }
      if (end === i + 1 && (start & UNIT_TO_UNIT) !== 0) {
        // One unit for another, the common case: no string is read.
        const unit = unitValue[c];
        if (unit !== c) {
          output ??= new PassOutput(s);
          output.putUnit(pending, i, unit);
          pending = end;
        }
        i = end;
        continue;
      }
      const value = this.matched!;
      if (value.length !== end - i || value !== s.slice(i, end)) {
        output ??= new PassOutput(s);
        output.putString(pending, i, value);
        pending = end;
      }
      i = end;
    }
    const written = output ? output.length : 0;
    for (; cut < cuts.length; cut++) cuts[cut] = written + (cuts[cut] - pending);
    return output ? output.finish(pending) : s;
  }

  /**
   * Where opencc-js `Trie.segment` would cut `s`: the start and end of every
   * key matched, ascending (a place may appear twice).
   */
  segmentCuts(s: string): Int32Array {
    const n = s.length;
    const { starts } = this;
    let cuts = new Int32Array(64);
    let count = 0;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      const start = starts[c];
      if (start === 0) {
        i++;
        continue;
      }
      const end = (start & (SINGLE | LONG)) === 0 ? 0 : this.matchAt(s, i, c, n);
      if (end === 0) {
        i += unmatchedLength(s, i, c, n);
        continue;
      }
      if (count + 2 > cuts.length) {
        const more = new Int32Array(cuts.length * 2);
        more.set(cuts);
        cuts = more;
      }
      cuts[count++] = i;
      cuts[count++] = end;
      i = end;
    }
    return cuts.slice(0, count);
  }
}

const NO_CUTS = new Int32Array(0);

/**
 * What a pass writes: slices of its input and the values of the keys
 * between them. While changes are few the result is those slices joined
 * (cheap, nothing copied); once they are many, a buffer of code units.
 */
class PassOutput {
  /** Code units written so far. */
  length = 0;
  private joined = '';
  private buffer: Uint16Array | null = null;
  private changes = 0;
  private readonly manyChanges: number;

  constructor(private readonly input: string) {
    this.manyChanges = input.length >> 6;
  }

  /** Writes the input's `[from, to)`, then one code unit. */
  putUnit(from: number, to: number, unit: number): void {
    const buffer = this.bufferFor(to - from + 1);
    if (buffer) {
      let o = this.length;
      for (let k = from; k < to; k++) buffer[o++] = this.input.charCodeAt(k);
      buffer[o++] = unit;
    } else this.joined += this.input.slice(from, to) + String.fromCharCode(unit);
    this.length += to - from + 1;
  }

  /** Writes the input's `[from, to)`, then `value`. */
  putString(from: number, to: number, value: string): void {
    const buffer = this.bufferFor(to - from + value.length);
    if (buffer) {
      let o = this.length;
      for (let k = from; k < to; k++) buffer[o++] = this.input.charCodeAt(k);
      for (let k = 0; k < value.length; k++) buffer[o++] = value.charCodeAt(k);
    } else this.joined += this.input.slice(from, to) + value;
    this.length += to - from + value.length;
  }

  /** The whole result, with the input from `from` on. */
  finish(from: number): string {
    const rest = this.input.length - from;
    if (!this.buffer) return this.joined + this.input.slice(from);
    const buffer = this.ensure(rest);
    let o = this.length;
    for (let k = from; k < this.input.length; k++) buffer[o++] = this.input.charCodeAt(k);
    return decode(buffer, o, SURROGATE.test(this.input));
  }

  /** The buffer to write `more` units into, once changes are many; null before. */
  private bufferFor(more: number): Uint16Array | null {
    if (this.buffer) return this.ensure(more);
    if (++this.changes <= this.manyChanges) return null;
    this.buffer = new Uint16Array(this.input.length + 16 + this.length);
    const buffer = this.ensure(more);
    for (let k = 0; k < this.joined.length; k++) buffer[k] = this.joined.charCodeAt(k);
    this.joined = '';
    return buffer;
  }

  private ensure(more: number): Uint16Array {
    const needed = this.length + more;
    if (needed > this.buffer!.length) {
      const bigger = new Uint16Array(Math.max(needed, this.buffer!.length * 2));
      bigger.set(this.buffer!);
      this.buffer = bigger;
    }
    return this.buffer!;
  }
}

/** Any surrogate: TextDecoder would replace a lone one, which the converter keeps. */
const SURROGATE = /[\ud800-\udfff]/;

function decode(out: Uint16Array, length: number, surrogates: boolean): string {
  if (utf16 && !surrogates) return utf16.decode(out.subarray(0, length));
  let s = '';
  for (let k = 0; k < length; k += 8192)
    s += String.fromCharCode(...out.subarray(k, Math.min(length, k + 8192)));
  return s;
}

/** How far an unmatched position reaches: a code point, or a whole ideographic description sequence. */
function unmatchedLength(s: string, i: number, c: number, limit: number): number {
  if (c >= 0x2ff0 && c <= 0x2fff) {
    const end = descriptionSequenceEnd(s, i, limit);
    if (end > i) return end - i;
  }
  return codePointLength(s, i, c, limit);
}

function codePointLength(s: string, i: number, c: number, limit: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= limit) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function descriptionArity(c: number): number {
  if (c >= 0x2ff0 && c <= 0x2ff1) return 2;
  if (c >= 0x2ff2 && c <= 0x2ff3) return 3;
  if (c >= 0x2ff4 && c <= 0x2fff) return 2;
  return 0;
}

/** opencc-js's getIdeographicDescriptionSequenceEnd, within `limit`: 0 when `i` starts no whole sequence. */
function descriptionSequenceEnd(s: string, i: number, limit: number): number {
  const arity = descriptionArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let end = i + 1;
  for (let k = 0; k < arity; k++) {
    if (end >= limit) return 0;
    const childEnd = descriptionSequenceEnd(s, end, limit);
    end = childEnd || end + codePointLength(s, end, s.charCodeAt(end), limit);
  }
  return end;
}

/** A converter for one of opencc-js's configs, as its `Converter` builds it. */
export function compileConfig(config: ConversionConfig): (s: string) => string {
  const normalizers = (config.normalizationChain ?? []).map((group) => new CompiledTrie(group));
  const segmentation = config.segmentation ? new CompiledTrie(segmentationGroup(config.segmentation)) : null;
  const chain = config.conversionChain.map((group) => new CompiledTrie(group));
  return (s: string) => {
    for (const trie of normalizers) s = trie.convert(s);
    // opencc-js converts segment by segment; converting the whole text with no
    // match across a segment's ends gives the same, without a string per segment.
    const cuts = segmentation ? segmentation.segmentCuts(s) : NO_CUTS;
    for (const trie of chain) s = trie.convert(s, cuts);
    return s;
  };
}

/** opencc-js loads a list of dictionary strings as a group, anything else as one dictionary. */
function segmentationGroup(segmentation: DictLike | DictGroup): DictGroup {
  const isGroup =
    Array.isArray(segmentation) && (segmentation as unknown[]).every((dict) => typeof dict === 'string');
  return isGroup ? (segmentation as DictGroup) : [segmentation as DictLike];
}
