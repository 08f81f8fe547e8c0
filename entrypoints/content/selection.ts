import { describeSpan, type ClipSelectors } from '../../lib/anchor/selectors';
import type { Painter } from '../../lib/highlight/painter';
import { offsetOf, type PageText } from '../../lib/page/dom-text';

export interface SelectedSpan {
  /** Offsets in the page text, or -1 when the selection lies outside the text the session reads. */
  start: number;
  end: number;
  text: string;
  selectors: ClipSelectors;
}

/** The user's selection in the page or in one of its same-origin iframes. */
function activeSelection(win: Window): Selection | null {
  const own = win.getSelection();
  if (own && !own.isCollapsed && own.toString().trim()) return own;
  for (const frame of Array.from(win.document.querySelectorAll('iframe'))) {
    try {
      const selection = frame.contentWindow?.getSelection();
      if (selection && !selection.isCollapsed && selection.toString().trim()) return selection;
    } catch {
      // cross-origin frame
    }
  }
  return null;
}

/** The first text node at or after a boundary point, for boundaries that sit between elements. */
function textPoint(node: Node, offset: number, atEnd: boolean): { node: Node; offset: number } {
  if (node.nodeType === 3) return { node, offset };
  const child = node.childNodes[atEnd ? offset - 1 : offset];
  if (!child) return { node, offset };
  const doc = node.ownerDocument!;
  const walker = doc.createTreeWalker(child, 4 /* NodeFilter.SHOW_TEXT */);
  if (atEnd) {
    let last: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
    return last ? { node: last, offset: (last as Text).data.length } : { node, offset };
  }
  const first = child.nodeType === 3 ? child : walker.nextNode();
  return first ? { node: first, offset: 0 } : { node, offset };
}

/** Maps the selection to the page text; null when nothing is selected. */
export function selectionSpan(win: Window, page: PageText, painter: Painter): SelectedSpan | null {
  const selection = activeSelection(win);
  if (!selection) return null;
  const range = selection.getRangeAt(0);
  const toOffset = (node: Node, offset: number, atEnd: boolean) => {
    const text = textPoint(node, offset, atEnd);
    const unpainted = painter.unpaintedPoint(text.node, text.offset);
    return offsetOf(page, unpainted.node, unpainted.offset);
  };
  let start = toOffset(range.startContainer, range.startOffset, false);
  let end = toOffset(range.endContainer, range.endOffset, true);
  if (start >= 0 && end > start) {
    // Trim surrounding whitespace so the quote is the text itself.
    while (start < end && /\s/.test(page.text[start])) start++;
    while (end > start && /\s/.test(page.text[end - 1])) end--;
    return { start, end, text: page.text.slice(start, end), selectors: describeSpan(page.text, start, end) };
  }
  const text = selection.toString().trim();
  return {
    start: -1,
    end: -1,
    text,
    selectors: { quote: { exact: text, prefix: '', suffix: '' }, position: { start: -1, end: -1 } },
  };
}
