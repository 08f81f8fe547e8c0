/**
 * A short hash of a text-quote selector. With the document id it identifies a
 * place in a page, which is what makes adding a clip idempotent: the same
 * quote (same exact text, same 32 characters either side) on the same
 * document is the same clip. The same sentence at two places of a page is two
 * clips. Hash collisions are ruled out by comparing the selectors themselves.
 */
import type { TextQuoteSelector } from './types';

/** Two 32-bit FNV-1a hashes with different seeds: 64 bits, as 16 hex digits. */
function fnv64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The hash that, with the document id, makes a clip unique. */
export function quoteHash(quote: TextQuoteSelector): string {
  // U+0001 cannot occur in page text, so the three parts cannot run into each other.
  return fnv64(`${quote.prefix}\u0001${quote.exact}\u0001${quote.suffix}`);
}

/** True when two selectors name the same place. */
export function sameQuote(a: TextQuoteSelector, b: TextQuoteSelector): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}
