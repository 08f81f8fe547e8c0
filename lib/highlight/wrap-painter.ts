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

  paint(layers: PaintLayers, page: PageText): void {
    this.restore();
    // Resolve every span before changing anything: the ranges are live and
    // follow the splits that wrapping earlier spans makes.
    const jobs: { name: HighlightName; key: string; range: Range }[] = [];
    const byPriority = [...layers.keys()].sort((a, b) => LOOKS[a].priority - LOOKS[b].priority);
    for (const name of byPriority) {
      for (const span of layers.get(name) ?? []) {
        const range = rangeFor(page, span.start, span.end);
        if (range) jobs.push({ name, key: span.key, range });
      }
    }
    for (const job of jobs) this.wrap(job.range, job.name, job.key);
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

  private wrap(range: Range, name: HighlightName, key: string): void {
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
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-rl', name);
      mark.setAttribute('data-key', key);
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
      this.marks.push(mark);
      const list = this.marksByKey.get(key);
      if (list) list.push(mark);
      else this.marksByKey.set(key, [mark]);
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
