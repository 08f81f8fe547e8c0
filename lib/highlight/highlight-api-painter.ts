/**
 * Paints with the CSS Custom Highlight API: one `Highlight` per name in each
 * document's `CSS.highlights` (same-origin iframes have their own registry),
 * Ranges inside it, and `::highlight()` rules in an adopted stylesheet. The
 * page's DOM is never touched.
 */
import { forEachSpan, type PageText, type SpanPoints } from '../page/dom-text';
import { adoptStyles, caretPointAt, type Hit, type Painter, type PaintLayers } from './painter';
import { SpanIndex } from './span-index';
import { HIGHLIGHT_NAMES, highlightCss, LOOKS, type HighlightName } from './styles';

interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
  size: number;
}

type StaticRangeCtor = new (init: {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}) => AbstractRange;

interface DocumentState {
  registry: Map<string, HighlightLike>;
  HighlightCtor: new () => HighlightLike;
  /** Static ranges cost less to make than live ones and slow no later DOM change down. */
  StaticRangeCtor: StaticRangeCtor;
  styles: ReturnType<typeof adoptStyles>;
  highlights: Map<HighlightName, HighlightLike>;
}

export class HighlightApiPainter implements Painter {
  readonly mode = 'highlight-api' as const;
  private documents = new Map<Document, DocumentState>();
  private hidden: ReadonlySet<HighlightName> = new Set();
  /** Where each item is, for placing its card and scrolling to it. */
  private pointsByKey = new Map<string, SpanPoints>();
  private index: SpanIndex | null = null;
  private layers: PaintLayers = new Map();
  private page: PageText | null = null;

  private stateFor(doc: Document): DocumentState | null {
    let state = this.documents.get(doc);
    if (state) return state;
    const win = doc.defaultView as (Window & { CSS: { highlights: Map<string, HighlightLike> } }) | null;
    const ctors = win as unknown as {
      Highlight?: new () => HighlightLike;
      StaticRange?: StaticRangeCtor;
    } | null;
    const HighlightCtor = ctors?.Highlight;
    const StaticRangeCtor = ctors?.StaticRange;
    if (!win || !HighlightCtor || !StaticRangeCtor || !win.CSS?.highlights) return null;
    state = {
      registry: win.CSS.highlights,
      HighlightCtor,
      StaticRangeCtor,
      styles: adoptStyles(doc, highlightCss(this.hidden)),
      highlights: new Map(),
    };
    this.documents.set(doc, state);
    return state;
  }

  paint(layers: PaintLayers, page: PageText): void {
    this.layers = layers;
    this.page = page;
    this.pointsByKey.clear();
    for (const state of this.documents.values()) for (const h of state.highlights.values()) h.clear();
    let lastDoc: Document | null = null;
    let state: DocumentState | null = null;
    for (const [name, spans] of layers) {
      forEachSpan(page, spans, (span, points) => {
        const doc = points.startNode.ownerDocument;
        if (doc !== lastDoc) {
          lastDoc = doc;
          state = this.stateFor(doc);
        }
        if (!state) return;
        let highlight = state.highlights.get(name);
        if (!highlight) {
          highlight = new state.HighlightCtor();
          highlight.priority = LOOKS[name].priority;
          state.highlights.set(name, highlight);
        }
        highlight.add(
          new state.StaticRangeCtor({
            startContainer: points.startNode,
            startOffset: points.startOffset,
            endContainer: points.endNode,
            endOffset: points.endOffset,
          }),
        );
        if (!this.pointsByKey.has(span.key)) this.pointsByKey.set(span.key, points);
      });
    }
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
    const points = this.pointsByKey.get(key);
    if (!points || !points.startNode.isConnected) return [];
    const range = points.startNode.ownerDocument.createRange();
    try {
      range.setStart(points.startNode, points.startOffset);
      range.setEnd(points.endNode, points.endOffset);
    } catch {
      return []; // the page changed under the item; the next refresh paints it again
    }
    return Array.from(range.getClientRects());
  }

  unpaintedPoint(node: Node, offset: number) {
    return { node, offset };
  }

  clear(): void {
    for (const state of this.documents.values()) {
      for (const name of HIGHLIGHT_NAMES) if (state.highlights.has(name)) state.registry.delete(name);
      state.styles.remove();
    }
    this.documents.clear();
    this.pointsByKey.clear();
    this.layers = new Map();
    this.page = null;
    this.index = null;
  }
}
