/**
 * Paints by wrapping spans in `<rl-mark>` elements, for kernels without the
 * CSS Custom Highlight API (Chromium < 105, Firefox < 140).
 *
 * The page must come back exactly as it was: `clear()` removes every mark and
 * merges every text node it split back into the original node object, so the
 * page's own references to its nodes stay valid and nothing is left behind.
 * Splitting uses `Text.splitText`, which keeps the original node as the first
 * piece and moves live Ranges along, so all spans can be resolved to Ranges
 * first and wrapped one after another.
 */
import { rangeFor, type PageText } from '../page/dom-text';
import { adoptStyles, type Hit, type Painter, type PaintLayers } from './painter';
import { HIGHLIGHT_NAMES, LOOKS, MARK_TAG, markCss, type HighlightName } from './styles';

/** A text node split off an original page node, and where it began in that node. */
interface Piece {
  origin: Text;
  offset: number;
}

/** One highlight over a stretch of text: its name and the item it belongs to. */
interface Layer {
  name: HighlightName;
  key: string;
}

/**
 * Cuts overlapping spans of all layers into disjoint pieces, each with the
 * layers that cover it in ascending priority (an item clipped and active is
 * three layers over the same text).
 */
export function disjointPieces(layers: PaintLayers): { start: number; end: number; layers: Layer[] }[] {
  const spans: (Layer & { start: number; end: number })[] = [];
  for (const [name, list] of layers)
    for (const span of list)
      if (span.end > span.start) spans.push({ name, key: span.key, start: span.start, end: span.end });
  if (spans.length === 0) return [];
  const cuts = new Set<number>();
  for (const span of spans) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  spans.sort((a, b) => a.start - b.start);
  const pieces: { start: number; end: number; layers: Layer[] }[] = [];
  const open: (Layer & { start: number; end: number })[] = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p];
    const end = points[p + 1];
    while (next < spans.length && spans[next].start <= start) open.push(spans[next++]);
    for (let i = open.length - 1; i >= 0; i--) if (open[i].end <= start) open.splice(i, 1);
    if (open.length === 0) continue;
    const covering = open
      .map((span) => ({ name: span.name, key: span.key }))
      .sort((a, b) => LOOKS[a.name].priority - LOOKS[b.name].priority);
    pieces.push({ start, end, layers: covering });
  }
  return pieces;
}

export class WrapPainter implements Painter {
  readonly mode = 'wrap' as const;
  private marks: HTMLElement[] = [];
  /** Every text node created by splitting, mapped to its original node. */
  private pieces = new Map<Text, Piece>();
  /** Original nodes that were split, in the order they were first split. */
  private splitOrigins: Text[] = [];
  private styles = new Map<Document, ReturnType<typeof adoptStyles>>();
  private hidden: ReadonlySet<HighlightName> = new Set();
  private marksByKey = new Map<string, HTMLElement[]>();

  /**
   * Wrapping changes the page's DOM, so it is done in one go: a page changed
   * half-way would confuse the reader and the Ranges alike.
   */
  // oxlint-disable-next-line require-yield -- one step by design, see above
  *paintInSteps(layers: PaintLayers, page: PageText): Generator<void, void, void> {
    this.paint(layers, page);
  }

  paint(layers: PaintLayers, page: PageText): void {
    this.restore();
    // Resolve every piece before changing anything: the ranges are live and
    // follow the splits that wrapping earlier pieces makes. Pieces must not
    // overlap: moving a text node into a mark resets live ranges inside it.
    const jobs: { layers: Layer[]; range: Range }[] = [];
    for (const piece of disjointPieces(layers)) {
      const range = rangeFor(page, piece.start, piece.end);
      if (range) jobs.push({ layers: piece.layers, range });
    }
    for (const job of jobs) this.wrap(job.range, job.layers);
  }

  private ensureStyles(doc: Document): void {
    if (!this.styles.has(doc)) this.styles.set(doc, adoptStyles(doc, markCss(this.hidden)));
  }

  /** The original node and offset of a point in a (possibly split) text node. */
  private originOf(node: Text, offset: number): { node: Text; offset: number } {
    const piece = this.pieces.get(node);
    return piece ? { node: piece.origin, offset: piece.offset + offset } : { node, offset };
  }

  /** Splits `node` at `at` and records the new piece; returns the piece after the split. */
  private split(node: Text, at: number): Text {
    const origin = this.originOf(node, 0);
    if (!this.pieces.has(node) && !this.splitOrigins.includes(node)) this.splitOrigins.push(node);
    const after = node.splitText(at);
    this.pieces.set(after, { origin: origin.node, offset: origin.offset + at });
    return after;
  }

  /** Wraps the text under `range` in one mark per layer, nested by priority (the highest innermost). */
  private wrap(range: Range, layers: readonly Layer[]): void {
    if (range.collapsed) return;
    const doc = range.startContainer.ownerDocument!;
    this.ensureStyles(doc);
    // Collect the text nodes the range touches, then wrap the covered part of each.
    const texts: Text[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
    if (range.commonAncestorContainer.nodeType === 3) texts.push(range.commonAncestorContainer as Text);
    else {
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (range.intersectsNode(n)) texts.push(n as Text);
    }
    const startNode = range.startContainer;
    const startOffset = range.startOffset;
    const endNode = range.endContainer;
    const endOffset = range.endOffset;
    for (let text of texts) {
      let from = text === startNode ? startOffset : 0;
      let to = text === endNode ? endOffset : text.data.length;
      if (to <= from || text.data.slice(from, to).trim() === '') continue;
      // Only wrap where an inline element may stand: not directly in tables, lists or selects.
      const parent = text.parentNode as Element | null;
      if (!parent || /^(TABLE|TBODY|THEAD|TFOOT|TR|UL|OL|DL|SELECT)$/.test(parent.nodeName)) continue;
      if (to < text.data.length) this.split(text, to);
      if (from > 0) {
        text = this.split(text, from);
        to -= from;
        from = 0;
      }
      let container: Node = text.parentNode!;
      let before: Node | null = text;
      for (const layer of layers) {
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute('data-rl', layer.name);
        mark.setAttribute('data-key', layer.key);
        container.insertBefore(mark, before);
        container = mark;
        before = null;
        // Outer marks first: restore() unwraps in reverse, the innermost first.
        this.marks.push(mark);
        const list = this.marksByKey.get(layer.key);
        if (list) list.push(mark);
        else this.marksByKey.set(layer.key, [mark]);
      }
      container.appendChild(text);
    }
  }

  /** Puts the DOM back: unwraps every mark and merges every split node into its original. */
  private restore(): void {
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const mark = this.marks[i];
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks = [];
    this.marksByKey.clear();
    // Pieces of one original are siblings again, in order, right after it.
    for (const origin of this.splitOrigins) {
      let next = origin.nextSibling;
      while (next && next.nodeType === 3 && this.pieces.get(next as Text)?.origin === origin) {
        origin.appendData((next as Text).data);
        const after = next.nextSibling;
        next.parentNode!.removeChild(next);
        next = after;
      }
    }
    this.splitOrigins = [];
    this.pieces.clear();
  }

  setHidden(hidden: ReadonlySet<HighlightName>): void {
    this.hidden = new Set(hidden);
    for (const styles of this.styles.values()) styles.update(markCss(this.hidden));
  }

  hitTest(doc: Document, x: number, y: number): Hit | null {
    let element = doc.elementFromPoint(x, y);
    while (element && element.localName === MARK_TAG) {
      const name = element.getAttribute('data-rl') as HighlightName;
      if (!this.hidden.has(name) && HIGHLIGHT_NAMES.includes(name) && name !== 'rl-active') {
        return { name, key: element.getAttribute('data-key') ?? '' };
      }
      element = element.parentElement;
    }
    return null;
  }

  rectsOf(key: string): DOMRect[] {
    return (this.marksByKey.get(key) ?? []).flatMap((mark) => Array.from(mark.getClientRects()));
  }

  unpaintedPoint(node: Node, offset: number) {
    if (node.nodeType === 3) return this.originOf(node as Text, offset);
    return { node, offset };
  }

  clear(): void {
    this.restore();
    for (const styles of this.styles.values()) styles.remove();
    this.styles.clear();
  }
}
