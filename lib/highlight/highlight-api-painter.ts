/**
 * Paints with the CSS Custom Highlight API: one `Highlight` per name in each
 * document's `CSS.highlights` (same-origin iframes have their own registry),
 * Ranges inside it, and `::highlight()` rules in an adopted stylesheet. The
 * page's DOM is never touched.
 */
import { forEachSpan, type PageText } from '../page/dom-text';
import { adoptStyles, caretPointAt, runToEnd, type Hit, type Painter, type PaintLayers } from './painter';
import { SpanIndex } from './span-index';
import { HIGHLIGHT_NAMES, highlightCss, LOOKS, type HighlightName } from './styles';

interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
  size: number;
}

/** Spans painted between two yields of a stepped paint. */
const PAINT_STEP = 2048;

interface DocumentState {
  registry: Map<string, HighlightLike>;
  HighlightCtor: new () => HighlightLike;
  styles: ReturnType<typeof adoptStyles>;
  highlights: Map<HighlightName, HighlightLike>;
}

export class HighlightApiPainter implements Painter {
  readonly mode = 'highlight-api' as const;
  private documents = new Map<Document, DocumentState>();
  private hidden: ReadonlySet<HighlightName> = new Set();
  /** Each item's range, for placing its card and scrolling to it. */
  private rangeByKey = new Map<string, Range>();
  private index: SpanIndex | null = null;
  private layers: PaintLayers = new Map();
  private page: PageText | null = null;
  /** Each item's Range, made for `rangesPage`. */
  private rangeCache = new Map<string, { start: number; end: number; range: Range }>();
  private rangesPage: PageText | null = null;
  /** Counts paints and clears, so that a stepped paint overtaken by another drops its result. */
  private generation = 0;

  private stateFor(doc: Document): DocumentState | null {
    let state = this.documents.get(doc);
    if (state) return state;
    const win = doc.defaultView as (Window & { CSS: { highlights: Map<string, HighlightLike> } }) | null;
    const HighlightCtor = (win as unknown as { Highlight?: new () => HighlightLike } | null)?.Highlight;
    if (!win || !HighlightCtor || !win.CSS?.highlights) return null;
    state = {
      registry: win.CSS.highlights,
      HighlightCtor,
      styles: adoptStyles(doc, highlightCss(this.hidden)),
      highlights: new Map(),
    };
    this.documents.set(doc, state);
    return state;
  }

  paint(layers: PaintLayers, page: PageText): void {
    runToEnd(this.paintInSteps(layers, page));
  }

  *paintInSteps(layers: PaintLayers, page: PageText): Generator<void, void, void> {
    // A paint or clear that starts while this one is under way wins: this one then drops its work.
    const generation = ++this.generation;
    if (page !== this.rangesPage) {
      this.rangeCache.clear();
      this.rangesPage = page;
    }
    const cache = this.rangeCache;
    const rangeByKey = new Map<string, Range>();
    // New highlights are filled off the registry and swapped in at the end, so the
    // old paint stays on screen while a long page is painted in steps.
    const built = new Map<DocumentState, Map<HighlightName, HighlightLike>>();
    let lastDoc: Document | null = null;
    let highlights: Map<HighlightName, HighlightLike> | null = null;
    let state: DocumentState | null = null;
    for (const [name, spans] of layers) {
      for (let from = 0; from < spans.length; from += PAINT_STEP) {
        if (from > 0) {
          yield;
          if (generation !== this.generation) return;
        }
        forEachSpan(
          page,
          spans,
          (span, points) => {
            const doc = points.startNode.ownerDocument;
            if (doc !== lastDoc) {
              lastDoc = doc;
              state = this.stateFor(doc);
              highlights = state ? (built.get(state) ?? new Map()) : null;
              if (state) built.set(state, highlights!);
            }
            if (!state || !highlights) return;
            let highlight = highlights.get(name);
            if (!highlight) {
              highlight = new state.HighlightCtor();
              highlight.priority = LOOKS[name].priority;
              highlights.set(name, highlight);
            }
            // One Range per item and span, kept while the page text is the same: a
            // repaint (another item made active, one clipped) makes no new Ranges.
            // Live Ranges rather than StaticRanges: tests and tools reading
            // CSS.highlights expect Range (toString, getClientRects).
            let cached = cache.get(span.key);
            if (!cached || cached.start !== span.start || cached.end !== span.end) {
              const range = doc.createRange();
              range.setStart(points.startNode, points.startOffset);
              range.setEnd(points.endNode, points.endOffset);
              cached = { start: span.start, end: span.end, range };
              cache.set(span.key, cached);
            }
            highlight.add(cached.range);
            if (!rangeByKey.has(span.key)) rangeByKey.set(span.key, cached.range);
          },
          from,
          Math.min(spans.length, from + PAINT_STEP),
        );
      }
    }
    for (const docState of this.documents.values()) docState.highlights = built.get(docState) ?? new Map();
    this.layers = layers;
    this.page = page;
    this.rangeByKey = rangeByKey;
    this.register();
    this.index = null;
  }

  /** Puts each document's highlights in its registry, leaving out hidden and empty ones. */
  private register(): void {
    for (const state of this.documents.values()) {
      for (const name of HIGHLIGHT_NAMES) {
        const highlight = state.highlights.get(name);
        if (highlight && highlight.size > 0 && !this.hidden.has(name)) state.registry.set(name, highlight);
        else state.registry.delete(name);
      }
    }
  }

  setHidden(hidden: ReadonlySet<HighlightName>): void {
    this.hidden = new Set(hidden);
    for (const state of this.documents.values()) state.styles.update(highlightCss(this.hidden));
    this.register();
    this.index = null;
  }

  hitTest(doc: Document, x: number, y: number): Hit | null {
    if (!this.page) return null;
    const point = caretPointAt(doc, x, y);
    if (!point) return null;
    this.index ??= new SpanIndex(this.page, this.layers, this.hidden);
    const offset = this.index.offsetOf(point.node, point.offset);
    if (offset < 0) return null;
    const hit = this.index.at(offset);
    // The caret lands between characters; make sure the pointer is over the text itself.
    if (!hit) return null;
    const inside = this.rectsOf(hit.key).some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );
    return inside ? hit : null;
  }

  rectsOf(key: string): DOMRect[] {
    const range = this.rangeByKey.get(key);
    return range ? Array.from(range.getClientRects()) : [];
  }

  unpaintedPoint(node: Node, offset: number) {
    return { node, offset };
  }

  clear(): void {
    this.generation++;
    for (const state of this.documents.values()) {
      for (const name of HIGHLIGHT_NAMES) if (state.highlights.has(name)) state.registry.delete(name);
      state.styles.remove();
    }
    this.documents.clear();
    this.rangeByKey.clear();
    this.rangeCache.clear();
    this.rangesPage = null;
    this.layers = new Map();
    this.page = null;
    this.index = null;
  }
}
