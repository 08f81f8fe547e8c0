/**
 * Search keys: what clip text and queries are reduced to so that a search
 * ignores Traditional/Simplified, width, case, whitespace and punctuation.
 *
 * The key is `normalize(text)` (widths, pinyin annotations, junk tokens),
 * then only letters and digits, lower-cased, with every Han character passed
 * one by one through the Traditional→Simplified converter. Converting
 * character by character (rather than by phrase) keeps the key of a
 * substring a substring of the key: a query found in a text is always found
 * in its key. The result is a folding key, not display text (t2cn maps a few
 * Simplified characters too, e.g. 乾→干; both sides fold the same way).
 */
import { normalize } from '../text/normalize';
import type { TraditionalConverter } from '../text/traditional';

/** Turns text into its search key. Synchronous: the converter is loaded before the ledger opens. */
export type SearchKeyFn = (text: string) => string;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isHanCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code >= 0x20000;
}

/** Builds a search-key function around a converter (or none: no Traditional folding). */
export function createSearchKey(converter: TraditionalConverter | null): SearchKeyFn {
  // One converter call per distinct character, ever: a few thousand calls in total.
  const folded = new Map<string, string>();
  const fold = (ch: string): string => {
    let out = folded.get(ch);
    if (out === undefined) {
      if (!LETTER_OR_DIGIT.test(ch)) out = '';
      else {
        const code = ch.codePointAt(0) ?? 0;
        let simplified = ch;
        if (converter && isHanCode(code)) {
          const converted = converter(ch);
          // A converter that changes length would break the substring property.
          if (converted.length === ch.length) simplified = converted;
        }
        out = simplified.toLowerCase();
      }
      folded.set(ch, out);
    }
    return out;
  };
  return (text: string): string => {
    if (!text) return '';
    const normalized = normalize(text).text;
    let key = '';
    for (const ch of normalized) key += fold(ch);
    return key;
  };
}
