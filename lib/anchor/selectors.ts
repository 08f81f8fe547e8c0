/**
 * How a clip remembers where it came from on its page, in the W3C Web
 * Annotation vocabulary: the quoted text with some context around it, and its
 * position in the page text. Either alone is fragile (pages get edited, the
 * same sentence can appear twice); together they re-anchor reliably.
 */

export interface TextQuoteSelector {
  exact: string;
  /** Up to CONTEXT_LENGTH characters before `exact`. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after `exact`. */
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export interface ClipSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export const CONTEXT_LENGTH = 32;

/** The selectors for `[start, end)` of a page's text. */
export function describeSpan(text: string, start: number, end: number): ClipSelectors {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}
