/**
 * Paints spans of the page text in the page. Two implementations, chosen by
 * feature detection (never by user agent):
 * - `HighlightApiPainter` registers Ranges in `CSS.highlights` and changes
 *   nothing in the page's DOM (Chromium 105+, Firefox 140+);
 * - `WrapPainter` wraps the spans in the extension's own inline elements and
 *   puts the DOM back exactly as it was when cleared (older kernels, or when
 *   the user forces it).
 */
import type { PageText } from '../page/dom-text';
import type { HighlightName } from './styles';

/** A span of the page text to paint; `key` identifies the item it belongs to. */
export interface PaintSpan {
  key: string;
  start: number;
  end: number;
}

export type PaintLayers = ReadonlyMap<HighlightName, readonly PaintSpan[]>;

export interface Hit {
  name: HighlightName;
  key: string;
}

export interface Painter {
  readonly mode: 'highlight-api' | 'wrap';
  /** Replaces everything painted with `layers`, resolved against `page`. */
  paint(layers: PaintLayers, page: PageText): void;
  /**
   * {@link paint} in steps, for very long pages: yields between batches of
   * spans, and what was painted stays until the new paint is complete.
   */
  paintInSteps(layers: PaintLayers, page: PageText): Generator<void, void, void>;
  /** Names painted nothing (the per-kind toggles); they stay registered in the layers. */
  setHidden(hidden: ReadonlySet<HighlightName>): void;
  /** The topmost visible painted item at a viewport point of `doc`, if any. */
  hitTest(doc: Document, x: number, y: number): Hit | null;
  /** The client rectangles of an item's span (for scrolling to it and placing a card). */
  rectsOf(key: string): DOMRect[];
  /** Maps a DOM point inside painted text to the same point in the unpainted page. */
  unpaintedPoint(node: Node, offset: number): { node: Node; offset: number };
  /** Removes every trace of painting from every document. */
  clear(): void;
}

/** Runs a stepped paint to its end, for callers that paint at once. */
export function runToEnd(steps: Generator<void, void, void>): void {
  while (!steps.next().done);
}

/** Whether `win` supports the CSS Custom Highlight API. */
export function supportsHighlightApi(win: Window): boolean {
  const w = win as Window & { Highlight?: unknown; CSS?: { highlights?: unknown } };
  return (
    typeof w.Highlight === 'function' && !!w.CSS && typeof w.CSS.highlights === 'object' && !!w.CSS.highlights
  );
}

/** The DOM point under a viewport point, with either caret API. */
export function caretPointAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Adds a stylesheet to a document without adding elements where possible. */
export function adoptStyles(doc: Document, css: string): { update(css: string): void; remove(): void } {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const canAdopt = !!win && 'adoptedStyleSheets' in doc && typeof win.CSSStyleSheet === 'function';
  if (canAdopt) {
    try {
      const sheet = new win!.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return {
        update: (next) => sheet.replaceSync(next),
        remove: () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    } catch {
      // Some content-script worlds refuse constructed sheets; fall back to an element.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-rl', 'styles');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    update: (next) => {
      style.textContent = next;
    },
    remove: () => style.remove(),
  };
}
