/**
 * Answers "which painted item covers this offset of the page text?" for hit
 * testing, in O(log n) over the spans of every visible layer.
 */
import type { PageText } from '../page/dom-text';
import type { Hit, PaintLayers } from './painter';
import { LOOKS, type HighlightName } from './styles';

interface IndexedSpan {
  start: number;
  end: number;
  name: HighlightName;
  key: string;
  priority: number;
}

export class SpanIndex {
  private spans: IndexedSpan[] = [];
  /** Longest span, to bound how far back a covering span can start. */
  private longest = 0;
  private nodeIndex: Map<Node, number> | null = null;

  constructor(
    private readonly page: PageText,
    layers: PaintLayers,
    hidden: ReadonlySet<HighlightName>,
  ) {
    for (const [name, spans] of layers) {
      if (hidden.has(name)) continue;
      const priority = LOOKS[name].priority;
      for (const s of spans) {
        this.spans.push({ start: s.start, end: s.end, name, key: s.key, priority });
        this.longest = Math.max(this.longest, s.end - s.start);
      }
    }
    this.spans.sort((a, b) => a.start - b.start);
  }

  /** Offset in the page text of a DOM point, or -1. */
  offsetOf(node: Node, offset: number): number {
    if (!this.nodeIndex) {
      this.nodeIndex = new Map();
      this.page.nodes.forEach((n, i) => this.nodeIndex!.set(n, i));
    }
    const i = this.nodeIndex.get(node);
    return i === undefined ? -1 : this.page.starts[i] + offset;
  }

  /** The highest-priority span covering `offset`. */
  at(offset: number): Hit | null {
    const { spans } = this;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    let best: IndexedSpan | null = null;
    for (let i = lo - 1; i >= 0 && spans[i].start >= offset - this.longest; i--) {
      const s = spans[i];
      if (s.end > offset && (!best || s.priority > best.priority)) best = s;
    }
    return best ? { name: best.name, key: best.key } : null;
  }
}
