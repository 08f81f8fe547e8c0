/**
 * Finds a clipped quote again in a page's text, possibly edited since.
 *
 * Exact occurrences come first; among several, the one whose context and
 * position agree best wins. Without an exact occurrence, approximate matches
 * (Myers' bit-parallel algorithm via approx-string-match, as Hypothesis does)
 * are scored on the quote, its prefix, its suffix and its position. A clip is
 * never attached to a look-alike sentence: a fuzzy match must be close to the
 * quote AND keep some of its context, otherwise the clip is reported orphaned.
 */
import approxSearch from 'approx-string-match';
import type { ClipSelectors } from './selectors';

export interface Anchor {
  start: number;
  end: number;
  /** 1 for an exact match in its context, lower for edited text. */
  score: number;
  exact: boolean;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Quotes shorter than this are only ever matched exactly. */
const MIN_FUZZY_LENGTH = 8;
/** At most this share of the quote may differ in a fuzzy match. */
const MAX_ERROR_RATE = 0.25;
/** A fuzzy match must keep this much of the quote… */
const MIN_QUOTE_SCORE = 0.75;
/** …and at least this much of its prefix or suffix. */
const MIN_CONTEXT_SCORE = 0.5;
/** Fuzzy search looks near the old position first. */
const NEAR_WINDOW = 4000;
const MAX_EXACT_CANDIDATES = 500;

/** Similarity of two strings by the errors of the best alignment of `b` within `a`, in [0, 1]. */
function similarity(a: string, b: string): number {
  if (b.length === 0) return 1;
  if (a.length === 0) return 0;
  const matches = approxSearch(a, b, b.length);
  if (matches.length === 0) return 0;
  let errors = b.length;
  for (const m of matches) errors = Math.min(errors, m.errors);
  return 1 - errors / b.length;
}

function contextScores(text: string, start: number, end: number, selectors: ClipSelectors) {
  const { prefix, suffix } = selectors.quote;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  return {
    prefix: before === prefix ? 1 : similarity(before, prefix),
    suffix: after === suffix ? 1 : similarity(after, suffix),
  };
}

function positionScore(text: string, start: number, selectors: ClipSelectors): number {
  const hint = selectors.position.start;
  if (hint < 0) return 0.5;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
}

function weigh(quote: number, prefix: number, suffix: number, position: number): number {
  return (
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) /
    TOTAL_WEIGHT
  );
}

function bestExact(text: string, selectors: ClipSelectors): Anchor | null {
  const { exact } = selectors.quote;
  const starts: number[] = [];
  for (
    let at = text.indexOf(exact);
    at >= 0 && starts.length < MAX_EXACT_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    starts.push(at);
  }
  if (starts.length === 0) return null;
  if (starts.length === 1) return { start: starts[0], end: starts[0] + exact.length, score: 1, exact: true };
  let best: Anchor | null = null;
  for (const start of starts) {
    const end = start + exact.length;
    const context = contextScores(text, start, end, selectors);
    const score = weigh(1, context.prefix, context.suffix, positionScore(text, start, selectors));
    if (!best || score > best.score) best = { start, end, score, exact: true };
  }
  return best;
}

function bestFuzzy(text: string, selectors: ClipSelectors, from: number, to: number): Anchor | null {
  const { exact } = selectors.quote;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  const region = text.slice(from, to);
  let best: Anchor | null = null;
  for (const match of approxSearch(region, exact, maxErrors)) {
    const start = from + match.start;
    const end = from + match.end;
    const quote = 1 - match.errors / exact.length;
    if (quote < MIN_QUOTE_SCORE) continue;
    const context = contextScores(text, start, end, selectors);
    const withoutContext = selectors.quote.prefix === '' && selectors.quote.suffix === '';
    if (!withoutContext && Math.max(context.prefix, context.suffix) < MIN_CONTEXT_SCORE) continue;
    const score = weigh(quote, context.prefix, context.suffix, positionScore(text, start, selectors));
    if (!best || score > best.score) best = { start, end, score, exact: false };
  }
  return best;
}

/** Where the clip described by `selectors` is in `text` now, or null when it is gone. */
export function anchorQuote(text: string, selectors: ClipSelectors): Anchor | null {
  const { exact } = selectors.quote;
  if (exact.length === 0) return null;
  const found = bestExact(text, selectors);
  if (found || exact.length < MIN_FUZZY_LENGTH) return found;
  const hint = selectors.position.start;
  if (hint >= 0 && text.length > NEAR_WINDOW * 2) {
    const near = bestFuzzy(
      text,
      selectors,
      Math.max(0, hint - NEAR_WINDOW),
      Math.min(text.length, hint + exact.length + NEAR_WINDOW),
    );
    if (near) return near;
  }
  return bestFuzzy(text, selectors, 0, text.length);
}
